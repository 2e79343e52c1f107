"""Numbers across English, Korean and Chinese: what is the same value, what is plausibly the
same, what differs, and what only looks like a number."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from localize.text.numbers import Kind, Number, NumberDifference, compare_numbers, find_numbers

REAL = Path(__file__).resolve().parents[1] / ".." / "shared" / "realdata" / "ntrex"

# Each row holds the same values; every pair of its texts is compared both ways.
EQUAL: list[tuple[str, ...]] = [
    # percentages, percentage points, a number word before them
    ("Turnout rose 13 per cent.", "투표율이 13% 올랐다.", "投票率上升了13％。"),
    ("a 13 percent rise", "13퍼센트 상승", "增长百分之十三"),
    ("Twenty per cent of voters", "유권자의 20%", "百分之二十的选民"),
    ("He is 100 percent sure.", "그는 100퍼센트 확신한다.", "他百分之百确定。"),
    ("50 percent of them", "그중 50%", "其中百分之五十"),
    ("five to ten per cent", "5~10%", "5%至10%"),
    ("between 30 and 43 percent", "30%~43%", "30% 至 43%"),
    ("from 30% to 43%", "30%에서 43%까지", "30%到43%"),
    ("up 3 percentage points", "3%p 상승", "上升3个百分点"),
    ("up 2.5 percentage points", "2.5%포인트 상승", "上升2.5个百分点"),
    # number words, hundreds, thousands
    ("Fifty-eight people", "58명", "五十八人"),
    ("three hundred stores", "매장 300곳", "三百家商店"),
    ("five hundred thousand people", "50만 명", "五十万人"),
    ("two thousand and eighteen", "2018", "2018"),
    ("fifteen pigs", "돼지 열다섯 마리", "十五头猪"),
    ("fifteen pigs", "돼지 열 다섯 마리", "15头猪"),
    ("ten teams", "열 팀", "十支球队"),
    ("a decade later", "10년 후", "十年后"),
    ("over the past two decades", "지난 20년 동안", "过去二十年"),
    ("a decade of talks", "십 년의 협상", "十年的谈判"),
    ("four and a half years", "4년 반", "四年半"),
    ("one and a half years", "1년 반", "一年半"),
    ("ranked No. 1", "1위", "排名第一"),
    ("upwards of $10 million", "1,000만 달러 이상", "上千万美元"),
    # vague quantities and approximators
    ("hundreds of people", "수백 명", "数百人"),
    ("a few hundred stores", "몇백 개 매장", "几百家店"),
    ("dozens of officers", "수십 명의 경찰", "几十名警察"),
    ("for decades", "수십 년 동안", "几十年来"),
    ("thousands of fans", "수천 명의 팬", "数千名球迷"),
    ("tens of thousands", "수만 명", "数万人"),
    ("millions of people", "수백만 명", "数百万人"),
    ("more than 5.5 million", "550만 명 이상", "550多万"),
    ("more than 500 people", "500여 명", "五百多人"),
    ("over 10,000 homes", "1만여 가구", "一万多户"),
    # scales, money, mixed Korean forms
    ("$63 billion", "630억 달러", "630亿美元"),
    ("£1.2bn", "12억 파운드", "12亿英镑"),
    ("20.4 million viewers", "2,040만 명", "2040万观众"),
    ("375,000 people", "37만 5,000명", "37.5万人"),
    ("$210 million", "2억 1천만 달러", "2.1亿美元"),
    ("2억 1천만", "2억 1,000만", "2.1亿"),
    ("1.05 million", "105만", "105万"),
    # measurements are not millions
    ("the 200m and 400m", "200m와 400m", "200米和400米"),
    ("about 30 meters (100 feet)", "약 30m(100피트)", "约30米(100英尺)"),
    ("7,000t of steel", "철강 7,000t", "7000吨钢"),
    # dates and years
    ("in 2017", "2017년에", "2017年"),
    ("on June 5", "6월 5일에", "6月5日"),
    ("on 4 October 1918", "1918년 10월 4일", "1918年10月4日"),
    ("in December 2017", "2017년 12월", "2017年12月"),
    ("in mid-October", "10월 중순", "十月中旬"),
    ("the vote on 1 October", "10월 1일 투표", "十月一日的投票"),
    ("after the November elections", "11월 선거 이후", "十一月份选举后"),
    # clock times and game clocks
    ("at 10:15 BST", "10시 15분에", "10:15"),
    ("at 7.55am", "오전 7시 55분에", "早上7:55"),
    ("at 12:55 p.m.", "오후 12시 55분", "下午12点55分"),
    ("at 3 p.m. on Wednesday", "수요일 오후 3시", "周三下午三点"),
    ("at 5.30pm", "오후 5시 30분", "下午5：30"),
    ("a goal on 27:37", "27:37에 골", "在27分37秒进球"),
    # decades, centuries, ages
    ("in the 1980s", "1980년대에", "20世纪80年代"),
    ("in the 1980s", "1980년대에", "上世纪八十年代"),
    ("the 1930s", "1930년대", "20 世纪 30 年代"),
    ("a 19th-century war", "19세기 전쟁", "十九世纪的战争"),
    ("a man in his 40s", "40대 남성", "40多岁的男子"),
    ("the '80s", "80년대", "八十年代"),
    ("the early 2000s", "2000년대 초", "本世纪初"),
    ("teenagers", "10대들", "十几岁的孩子"),
    # scores
    ("won 2-0", "2대0으로 이겼다", "以2比0获胜"),
    ("a 3-1 defeat", "1대3 패배", "1比3落败"),
    # fractions equal to percentages
    ("a fifth of them", "5분의 1", "五分之一"),
    ("a fifth of them", "20%", "百分之二十"),
    ("two-thirds of voters", "유권자의 3분의 2", "三分之二的选民"),
    ("well under a third", "3분의 1에 못 미치는", "不到三分之一"),
    ("half of them", "절반", "一半"),
    # multiples
    ("15-20x faster", "15~20배", "15-20 倍"),
    ("doubled the lead", "점수를 두 배로", "将比分扩大一倍"),
    ("three times this year", "올해 세 차례", "今年三次"),
    # ordinals match ordinals, and a count of the same value
    ("his second goal", "그의 두 번째 골", "他的第二个进球"),
    ("the 34th-minute opener", "34분 선제골", "第34分钟的首球"),
    ("finished sixth", "6위를 기록했다", "排名第六"),
]

# Plausibly but not provably the same: reported as `approximate`, never missing or extra.
APPROXIMATE: list[tuple[str, str]] = [
    ("the 1980s", "80年代"),
    ("1980년대", "八十年代"),
    ("after 60 days", "두 달 후"),
    ("after 60 days", "两个月后"),
    ("60일", "两个月"),
    ("thousands joined", "千人加入"),
    ("나흘 동안", "96 hours"),
    ("a 3 percentage point rise", "3% 상승"),
    ("in the 1990s", "20世纪"),
    ("nearly tripled", "翻了近两倍"),
    ("at 7.55", "오전 7시 55분"),
]

# A deliberate slip: the value changed, the magnitude was lost, a number was dropped.
DIFFERENT: list[tuple[str, str]] = [
    ("$63 billion", "63억 달러"),
    ("$63 billion", "63亿美元"),
    ("630억 달러", "63亿美元"),
    ("20.4 million viewers", "204만 명"),
    ("20.4 million viewers", "204万观众"),
    ("Turnout rose 13 per cent.", "투표율이 14% 올랐다."),
    ("Twenty per cent", "百分之三十"),
    ("13%", "13배"),
    ("five to ten per cent", "5~15%"),
    ("between 30 and 43 percent", "30% 至 34%"),
    ("Fifty-eight people", "57명"),
    ("five hundred thousand", "5만"),
    ("三百家商店", "매장 30곳"),
    ("hundreds of people", "수천 명"),
    ("数百人", "수천 명"),
    ("on June 5", "6월 6일"),
    ("on June 5", "7月5日"),
    ("in October", "11월"),
    ("the vote on 1 October", "투표"),
    ("in the 1980s", "1990년대"),
    ("in the 1980s", "上世纪九十年代"),
    ("at 10:15", "10시 50분"),
    ("won 2-0", "3대0으로 이겼다"),
    ("a fifth of them", "25%"),
    ("two-thirds of voters", "三分之一的选民"),
    ("after 60 days", "여섯 달 후"),
    ("7,000t of steel", "철강 7,000만 톤"),
    ("2억 1천만", "2억 1백만"),
    ("15 pigs", "돼지 다섯 마리"),
    ("a decade later", "20년 후"),
    ("his second goal", "他的第三个进球"),
    ("doubled", "세 배로"),
    ("an 18-month delay", ""),
]

# What only looks like a number.
NOT_NUMBERS = [
    "一些人一直说，万一一样，统一起来", "千万不要这样做", "十分重要", "百货商店的老百姓",
    "西班牙万岁", "唯一的一次", "一度无法行走", "三三两两", "零部件", "数据",
    "열대 저기압", "세대 차이", "한편 두통이", "할 수 만 있다면", "보름달",
    "May I ask?", "he may go", "GPT-4o and COVID-19", "H100s", "within a quarter",
    "[12:48]", "0:02:44", "World War II",
]


def _pairs(rows: list[tuple[str, ...]]) -> list[tuple[str, str]]:
    return [(row[i], row[j]) for row in rows for i in range(len(row)) for j in range(len(row))
            if i != j]


def _shown(difference: NumberDifference) -> str:
    return (f"missing {[n.text for n in difference.missing]}, extra "
            f"{[n.text for n in difference.extra]}, approximate "
            f"{[(a.text, b.text) for a, b, _ in difference.approximate]}")


@pytest.mark.parametrize(("source", "target"), _pairs(EQUAL))
def test_equal_values_leave_no_difference(source: str, target: str) -> None:
    difference = compare_numbers(source, target)
    assert not (difference.missing or difference.extra or difference.approximate), \
        _shown(difference)


@pytest.mark.parametrize(("source", "target"), [
    *APPROXIMATE, *((target, source) for source, target in APPROXIMATE)])
def test_plausible_equivalents_are_approximate_not_missing(source: str, target: str) -> None:
    difference = compare_numbers(source, target)
    assert not (difference.missing or difference.extra), _shown(difference)
    assert difference.approximate, _shown(difference)
    for left, right, reason in difference.approximate:
        assert left in find_numbers(source) and right in find_numbers(target) and reason


@pytest.mark.parametrize(("source", "target"), [
    *DIFFERENT, *((target, source) for source, target in DIFFERENT)])
def test_a_changed_value_is_a_difference(source: str, target: str) -> None:
    difference = compare_numbers(source, target)
    assert difference.missing or difference.extra, _shown(difference)


@pytest.mark.parametrize("text", NOT_NUMBERS)
def test_words_that_only_look_like_numbers(text: str) -> None:
    assert find_numbers(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Twenty per cent", [(20, Kind.PERCENT)]),
    ("3%p", [(3, Kind.PERCENT_POINT)]),
    ("Fifty-eight", [(58, Kind.PLAIN)]),
    ("five hundred thousand", [(500_000, Kind.PLAIN)]),
    ("37만 5,000명", [(375_000, Kind.PLAIN)]),
    ("550多万", [(5_500_000, Kind.PLAIN)]),
    ("3~5억", [(300_000_000, Kind.PLAIN), (500_000_000, Kind.PLAIN)]),
    ("between 2 and 3 million", [(2e6, Kind.PLAIN), (3e6, Kind.PLAIN)]),
    ("£125m", [(125e6, Kind.PLAIN)]),
    ("a 200m sprint", [(200, Kind.PLAIN)]),
    ("October 1", [(1001, Kind.DATE)]),
    ("十二月", [(1200, Kind.DATE)]),
    ("10월", [(1000, Kind.DATE)]),
    ("7.55am", [(7 * 60 + 55, Kind.TIME)]),
    ("the 1980s", [(1980, Kind.DECADE)]),
    ("80年代", [(80, Kind.DECADE)]),
    ("上世纪八十年代", [(1980, Kind.DECADE)]),
    ("19세기", [(19, Kind.CENTURY)]),
    ("두 번째", [(2, Kind.ORDINAL)]),
    ("第二", [(2, Kind.ORDINAL)]),
    ("五分之一", [(0.2, Kind.FRACTION)]),
    ("두 배", [(2, Kind.MULTIPLIER)]),
    ("二〇一七年", [(2017, Kind.PLAIN)]),
])
def test_readings(text: str, expected: list[tuple[float, Kind]]) -> None:
    assert [(pytest.approx(n.value), n.kind) for n in find_numbers(text)] == expected


def test_vague_and_optional_numbers_say_so() -> None:
    hundreds, = find_numbers("hundreds of them")
    assert hundreds.vague and hundreds.value == 100 and hundreds.key == (100.0, "vague")
    second, = find_numbers("the second night")
    assert second.kind is Kind.ORDINAL and second.optional
    metres, = find_numbers("the 200m")
    assert metres.value == 200 and metres.alternatives == (200e6,)


def test_idioms_that_go_untranslated_are_not_missing() -> None:
    """`the second half`, `doubled`, `hundreds` may be rendered without a number..."""
    assert compare_numbers("in the second half, sales doubled", "후반에 매출이 늘었다") == \
        NumberDifference([], [], [])
    assert compare_numbers("hundreds of stores", "많은 매장").missing == []
    # ...but when the other side holds another number of their kind, it was altered.
    assert compare_numbers("sales doubled", "매출이 세 배로 늘었다").missing


def test_the_old_api_still_holds() -> None:
    """`Number(value, kind, start, end, text)`, `key[0]` a float, two-field differences."""
    number = Number(63e9, Kind.PLAIN, 0, 11, "$63 billion")
    assert isinstance(number.key[0], float) and number.key == find_numbers("63 billion")[0].key
    assert NumberDifference([number], []).approximate == []


def test_a_range_is_read_by_the_same_parser_with_its_unit_shared() -> None:
    low, high = find_numbers("15-20x faster")
    assert (low.value, low.kind, high.value, high.kind) == (15, Kind.MULTIPLIER, 20,
                                                           Kind.MULTIPLIER)
    assert low.end <= high.start  # each end has its own span


def test_long_mixed_text_parses_in_linear_time() -> None:
    import signal

    def timeout(*_: object) -> None:
        raise TimeoutError("find_numbers backtracked")

    text = " ".join(["1,500만 명", "3~5억", "between 30 and 43 percent", "Fifty-eight",
                     "二〇一七年", "上世纪八十年代", "10:15", "2-0"] * 200)
    previous = signal.signal(signal.SIGALRM, timeout)
    signal.alarm(5)
    try:
        numbers = find_numbers(text + " one two three four five" * 200)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert len(numbers) > 2000


# --- real professional translations (skipped when the shared data is absent) -------------

def _triples() -> dict[int, dict[str, str]]:
    by_line: dict[int, dict[str, str]] = defaultdict(dict)
    with (REAL / "sentences.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            by_line[row["line"]][row["lang"]] = row["text"]
    return by_line


def _reported(difference: NumberDifference) -> list[Number]:
    return [n for n in difference.missing + difference.extra
            if not (n.kind is Kind.PLAIN and n.value < 10)]


real = pytest.mark.skipif(not (REAL / "sentences.jsonl").exists(),
                          reason="no shared real data")


@real
def test_real_translations_differ_only_where_translators_slipped() -> None:
    """On about a thousand professional sentence triples, a number of ten or more (or not a
    plain count) differs only in the few sentences where the translator really slipped (a
    magnitude lost, a date or a time left out); approximate pairs stay rare."""
    flagged: set[int] = set()
    approximate = 0
    triples = _triples()
    for line, texts in triples.items():
        for source, target in (("en", "ko"), ("en", "zh"), ("ko", "zh")):
            difference = compare_numbers(texts[source], texts[target])
            approximate += len(difference.approximate)
            if _reported(difference):
                flagged.add(line)
    assert len(flagged) <= 8, sorted(flagged)
    assert approximate <= 3 * len(triples) * 0.01


_MAGNITUDES = {"만": "억", "억": "만", "万": "亿", "亿": "万"}


def _faults(text: str, number: Number) -> list[str]:
    """The target with the number's first digit changed, its magnitude swapped (`만` for
    `억`), and the number dropped."""
    digit = number.start + next(i for i, c in enumerate(number.text) if c.isdigit())
    faults = [text[:digit] + str((int(text[digit]) + 1) % 10) + text[digit + 1:],
              text[:number.start] + text[number.end:]]
    unit = next((i for i, c in enumerate(number.text) if c in _MAGNITUDES), None)
    if unit is not None:
        at = number.start + unit
        faults.append(text[:at] + _MAGNITUDES[text[at]] + text[at + 1:])
    return faults


@real
def test_real_translations_with_a_changed_number_are_caught() -> None:
    """Change one number of ten or more in a clean Korean or Chinese sentence (a digit, its
    magnitude) or drop it: every such fault must be found."""
    missed: list[str] = []
    tried = 0
    for texts in _triples().values():
        for lang in ("ko", "zh"):
            if _reported(compare_numbers(texts["en"], texts[lang])):
                continue
            found = [n for n in find_numbers(texts[lang])
                     if n.text[:1].isdigit() and n.value >= 10 and n.kind is not Kind.TIME]
            for fault in _faults(texts[lang], found[0]) if found else []:
                tried += 1
                if not _reported(compare_numbers(texts["en"], fault)):
                    missed.append(fault)
    assert tried > 700 and missed == []
