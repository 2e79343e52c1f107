"""Sentence splitting in English, Korean and Chinese, and the dropped-sentence check on
parallel toy paragraphs; on the shared real data (skipped where it is absent), the
splitter's agreement with the reference and the quiet of the check on clean pairs."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from localize.check.sentence_gaps import SentenceGap, sentence_gaps
from localize.text.sentences import Sentence, split_sentences

ROOT = Path(__file__).resolve().parent.parent
REALDATA = ROOT.parent / "shared" / "realdata" / "ntrex"

SPLITS = [
    # English: abbreviations, initials, decimals, quotes and brackets after the end mark.
    ("en", "Mr. Smith met Dr. Jones at 3 p.m. on Friday. They talked for an hour.",
     ["Mr. Smith met Dr. Jones at 3 p.m. on Friday.", "They talked for an hour."]),
    ("en", "The U.S. Senate voted 52 to 48. The bill now goes to the House.",
     ["The U.S. Senate voted 52 to 48.", "The bill now goes to the House."]),
    ("en", "She moved to the U.S. The next year she found work.",
     ["She moved to the U.S.", "The next year she found work."]),
    ("en", "The meeting ended at 5 p.m. The next one is on Monday.",
     ["The meeting ended at 5 p.m.", "The next one is on Monday."]),
    ("en", "J. K. Rowling wrote it. George W. Bush read it.",
     ["J. K. Rowling wrote it.", "George W. Bush read it."]),
    ("en", "Prices rose 3.5 percent in Jan. 2019, e.g. for bread. Nobody was surprised.",
     ["Prices rose 3.5 percent in Jan. 2019, e.g. for bread.", "Nobody was surprised."]),
    ("en", "It costs $5 vs. $7 at Acme Inc. and Foo Ltd. in St. Louis, i.e. less.",
     ["It costs $5 vs. $7 at Acme Inc. and Foo Ltd. in St. Louis, i.e. less."]),
    ("en", "No. 10 Downing Street is famous. No. It is not.",
     ["No. 10 Downing Street is famous.", "No.", "It is not."]),
    ("en", 'He said, "We are ready." Then he left.',
     ['He said, "We are ready."', "Then he left."]),
    ("en", '"Are you sure?" she asked. "Yes!" he said.',
     ['"Are you sure?" she asked.', '"Yes!" he said.']),
    ("en", "Sales fell (see the chart.) Profits rose.",
     ["Sales fell (see the chart.)", "Profits rose."]),
    ("en", "Wait... what happened? Nothing... And then it rained.",
     ["Wait... what happened?", "Nothing...", "And then it rained."]),
    ("en", "He waited.. Then he left.", ["He waited..", "Then he left."]),
    ("en", "A heading without a stop\n\nThe paragraph after it.",
     ["A heading without a stop", "The paragraph after it."]),
    # Korean: `다.` `요.` `까?` ends, ASCII marks, quotatives that keep a quotation going.
    ("ko", "그는 회의에 참석했다. 회의는 두 시간 동안 이어졌다.",
     ["그는 회의에 참석했다.", "회의는 두 시간 동안 이어졌다."]),
    ("ko", "정말요? 네, 맞아요! 가격이 3.5% 올랐습니다.",
     ["정말요?", "네, 맞아요!", "가격이 3.5% 올랐습니다."]),
    ("ko", "“우리는 준비됐습니다.”라고 그가 말했다. 회의는 끝났다.",
     ["“우리는 준비됐습니다.”라고 그가 말했다.", "회의는 끝났다."]),
    ("ko", "“우리는 준비됐습니다.” 라고 그가 말했다.",
     ["“우리는 준비됐습니다.” 라고 그가 말했다."]),
    ("ko", "“정말 좋았습니다.” 그가 말했다. 다음 날 그는 떠났다.",
     ["“정말 좋았습니다.” 그가 말했다.", "다음 날 그는 떠났다."]),
    ("ko", "매출이 늘었다.. 그러나 이익은 줄었다.", ["매출이 늘었다..", "그러나 이익은 줄었다."]),
    ("ko", "Mr. Kim은 U.S. 시장에 진출했다. 결과는 좋았다.",
     ["Mr. Kim은 U.S. 시장에 진출했다.", "결과는 좋았다."]),
    ("ko", "그것은 끝이다 . 새로운 시작이다.", ["그것은 끝이다 .", "새로운 시작이다."]),
    ("ko", "새 모델이 나왔다. iPhone 사용자들이 몰렸다.",
     ["새 모델이 나왔다.", "iPhone 사용자들이 몰렸다."]),
    ("ko", "그들은 호기심이 많습니다 ... 그래도 해치지 않습니다.",
     ["그들은 호기심이 많습니다 ... 그래도 해치지 않습니다."]),
    # Chinese: full-width ends, closing quotes, ASCII punctuation, stray marks.
    ("zh", "他来了。我们走吧！你确定吗？", ["他来了。", "我们走吧！", "你确定吗？"]),
    ("zh", "价格上涨了3.5%。市场反应平淡。", ["价格上涨了3.5%。", "市场反应平淡。"]),
    ("zh", "他来了.我走了.", ["他来了.", "我走了."]),
    ("zh", "这是第二场比赛。 。接着下雨了。", ["这是第二场比赛。 。", "接着下雨了。"]),
    ("zh", "“太好了！”他说。大家都笑了。", ["“太好了！”他说。", "大家都笑了。"]),
    ("zh", "他说：“好。”“我们走。”", ["他说：“好。”", "“我们走。”"]),
    ("zh", "它们很好奇……它们不会伤人。", ["它们很好奇……它们不会伤人。"]),
    ("zh", "Apple 表示，iPhone 销量增长了 5%. 分析师感到意外.",
     ["Apple 表示，iPhone 销量增长了 5%.", "分析师感到意外."]),
    ("zh", "会议在 3．5 小时后结束。", ["会议在 3．5 小时后结束。"]),
    ("zh", "入场。\"我们到了。\"他说。", ["入场。", "\"我们到了。\"他说。"]),
    ("zh", "“我们到了。”他笑了。", ["“我们到了。”", "他笑了。"]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SPLITS)
def test_split_sentences(lang: str, text: str, expected: list[str]) -> None:
    sentences = split_sentences(text, lang)
    assert [sentence.text for sentence in sentences] == expected
    for sentence in sentences:
        assert text[sentence.start:sentence.end] == sentence.text


def test_split_sentences_empty_and_blank() -> None:
    assert split_sentences("", "en") == []
    assert split_sentences("   \n ", "ko") == []
    assert split_sentences("  No end mark ", "en") == [Sentence(2, 13, "No end mark")]


# A paragraph and its translations, one sentence each (our own texts).
ENGLISH = [
    "The city council approved a new budget of $140 million on Monday.",
    "Most of the money will go to schools and public transport.",
    "Mayor Helen Park said the plan would create 2,500 jobs by 2026.",
    "Critics from the Housing Alliance argued that the council had ignored rents.",
]
KOREAN = [
    "시의회는 월요일 1억 4천만 달러 규모의 새 예산안을 승인했다.",
    "예산의 대부분은 학교와 대중교통에 쓰인다.",
    "Helen Park 시장은 이 계획으로 2026년까지 2,500개의 일자리가 생길 것이라고 말했다.",
    "Housing Alliance의 비판론자들은 시의회가 임대료 문제를 외면했다고 주장했다.",
]
CHINESE = [
    "市议会周一批准了1.4亿美元的新预算。",
    "大部分资金将用于学校和公共交通。",
    "市长 Helen Park 表示，该计划到2026年将创造2500个就业岗位。",
    "Housing Alliance 的批评者认为市议会忽视了租金问题。",
]
TRANSLATIONS = {"ko": (KOREAN, " ", 0.60), "zh": (CHINESE, "", 0.344)}


def _gaps(lang: str, sentences: list[str]) -> list[SentenceGap]:
    _, joiner, ratio = TRANSLATIONS[lang]
    return sentence_gaps(" ".join(ENGLISH), joiner.join(sentences), "en", lang, ratio)


@pytest.mark.parametrize("lang", ["ko", "zh"])
def test_clean_translation_has_no_gap(lang: str) -> None:
    assert _gaps(lang, TRANSLATIONS[lang][0]) == []


@pytest.mark.parametrize(("lang", "dropped"), [("ko", 0), ("ko", 1), ("ko", 2), ("ko", 3),
                                               ("zh", 0), ("zh", 2), ("zh", 3)])
def test_dropped_sentence_is_found(lang: str, dropped: int) -> None:
    sentences = [text for index, text in enumerate(TRANSLATIONS[lang][0]) if index != dropped]
    [gap] = _gaps(lang, sentences)
    assert gap.index == dropped
    assert gap.sentence.text == ENGLISH[dropped]
    assert gap.evidence >= 1.0


@pytest.mark.parametrize("lang", ["ko", "zh"])
def test_dropped_sentence_carries_its_number_and_name(lang: str) -> None:
    sentences = [text for index, text in enumerate(TRANSLATIONS[lang][0]) if index != 2]
    [gap] = _gaps(lang, sentences)
    assert gap.carries_number  # 2,500 and 2026 are nowhere in the target
    assert gap.carries_name  # Helen Park is gone, while Housing Alliance stayed in Latin


def test_dropped_sentence_without_number_or_name() -> None:
    [gap] = _gaps("ko", [KOREAN[0], KOREAN[2], KOREAN[3]])
    assert (gap.index, gap.carries_number, gap.carries_name) == (1, False, False)


@pytest.mark.parametrize(("lang", "merged"), [
    ("ko", [KOREAN[0], "예산의 대부분은 학교와 대중교통에 쓰이며, Helen Park 시장은 이 계획으로 "
                       "2026년까지 2,500개의 일자리가 생길 것이라고 말했다.", KOREAN[3]]),
    ("zh", [CHINESE[0], "大部分资金将用于学校和公共交通，市长 Helen Park 表示，该计划到2026年将"
                        "创造2500个就业岗位。", CHINESE[3]]),
])
def test_merged_sentences_are_not_a_gap(lang: str, merged: list[str]) -> None:
    assert _gaps(lang, merged) == []


@pytest.mark.parametrize(("lang", "split"), [
    ("ko", [KOREAN[0], "예산의 대부분은 학교에 쓰인다.", "나머지는 대중교통에 쓰인다.",
            *KOREAN[2:]]),
    ("zh", [CHINESE[0], "大部分资金将用于学校。", "其余用于公共交通。", *CHINESE[2:]]),
])
def test_split_sentence_is_not_a_gap(lang: str, split: list[str]) -> None:
    assert _gaps(lang, split) == []


@pytest.mark.parametrize(("lang", "shortened"), [
    ("ko", "Housing Alliance의 비판론자들이 반대했다."),
    ("zh", "Housing Alliance 表示反对。"),
])
def test_a_sentence_that_lost_a_clause_is_a_partial_gap(lang: str, shortened: str) -> None:
    sentences = [*TRANSLATIONS[lang][0][:3], shortened]
    [gap] = _gaps(lang, sentences)
    assert (gap.index, gap.partial) == (3, True)
    assert _gaps(lang, TRANSLATIONS[lang][0]) == []  # the whole sentence is no gap


def test_korean_source_english_target() -> None:
    target = " ".join(ENGLISH[:2] + ENGLISH[3:])
    [gap] = sentence_gaps(" ".join(KOREAN), target, "ko", "en", 2.278)
    assert (gap.index, gap.carries_number, gap.carries_name) == (2, True, True)


def test_nothing_to_align() -> None:
    assert sentence_gaps(ENGLISH[0], KOREAN[0][:10], "en", "ko", 0.6) == []  # one sentence
    assert sentence_gaps(" ".join(ENGLISH), "", "en", "ko", 0.6) == []  # the omission check's


def test_transliterated_names_anchor_korean() -> None:
    # By length the second Korean sentence would stand for the long second English one;
    # `Christopher Robinson`, written 크리스토퍼 로빈슨, ties it to the third.
    english = ["Sainsbury said its sales rose sharply in the spring.",
               "Analysts had expected a much weaker quarter for the whole chain this year.",
               "Christopher Robinson thanked the staff."]
    korean = ["세인즈버리는 봄에 매출이 크게 늘었다고 밝혔다.",
              "크리스토퍼 로빈슨은 올해 모든 매장 직원들의 노고에 감사를 전했다."]
    [gap] = sentence_gaps(" ".join(english), " ".join(korean), "en", "ko", 0.6)
    assert gap.index == 1


@pytest.fixture(scope="module")
def bench() -> Iterator[ModuleType]:
    """The measuring script, imported from bench/; skipped without the real data."""
    if not (REALDATA / "sentences.jsonl").exists():
        pytest.skip("shared real data not present")
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import sentences
    finally:
        sys.path.pop(0)
    yield sentences


def test_real_data_splitter_and_clean_pairs(bench: ModuleType) -> None:
    documents, _ = bench.load()
    for lang, share in (("en", 0.95), ("ko", 0.75), ("zh", 0.85)):
        texts = [item for texts in documents.values() for item in texts[lang]]
        exact = [mine == theirs for mine, theirs in (bench.boundaries(item, lang)
                                                      for item in texts if item is not None)]
        assert sum(exact) >= share * len(texts), lang
    alarms = [gap for lang in ("ko", "zh")
              for _, source, target in bench.paragraph_pairs(documents, lang)
              for gap in sentence_gaps(source.text, target.text, "en", lang,
                                       {"ko": 0.6, "zh": 0.344}[lang])]
    assert len([gap for gap in alarms if not gap.partial]) <= 3
    assert len([gap for gap in alarms if gap.partial]) <= 6
