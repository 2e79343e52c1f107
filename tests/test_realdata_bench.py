"""The fault injectors of bench/realdata.py damage a document as they say, and the checker
finds what they inject in a small run on the real data (skipped where it is absent)."""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from localize.document.model import Document, Paragraph, Section

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def bench() -> Iterator[ModuleType]:
    """The benchmark module, imported from bench/."""
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import realdata
    finally:
        sys.path.pop(0)
    yield realdata


def _document(lang: str, paragraphs: list[list[str]]) -> Document:
    """A summary with an overview paragraph and one section per further paragraph; each
    paragraph given as its sentences."""
    joiner = "" if lang == "zh" else " "
    texts = [joiner.join(sentences) for sentences in paragraphs]
    headings = {"en": "Part {} of the story in {} steps", "ko": "이야기의 {}부, {}단계",
                "zh": "故事的第{}部分，共{}步"}[lang]
    return Document(title=f"Title {lang}", lang=lang, overview=[Paragraph(text=texts[0])],
                    sections=[Section(timestamp=f"0{n}:00", heading=headings.format(n, n + 10),
                                      blocks=[Paragraph(text=text)])
                              for n, text in enumerate(texts[1:], start=1)])


ENGLISH = _document("en", [
    ["The firm sold 281 stores for 125 million pounds.", "It was three years ago."],
    ["About 20.4 million people watched on 6 networks.", "Ratings were counted on Friday.",
     "Nobody expected that."],
    ["The storm hit 30 towns in 2018.", "Roads closed for 12 days."],
    ["Prices rose 13 percent.", "Buyers waited."]])
TARGETS = {
    "ko": _document("ko", [
        ["회사는 281개 매장을 1억 2천5백만 파운드에 팔았다.", "3년 전의 일이다."],
        ["약 2,040만 명이 6개 방송사로 시청했다.", "시청률은 금요일에 집계되었다.",
         "아무도 예상하지 못했다."],
        ["폭풍은 2018년에 30개 마을을 덮쳤다.", "도로는 12일 동안 폐쇄되었다."],
        ["가격은 13% 올랐다.", "구매자들은 기다렸다."]]),
    "zh": _document("zh", [
        ["该公司以 1.25 亿英镑出售了 281 家门店。", "那是三年前的事。"],
        ["约 2040 万人通过 6 个电视网收看。", "收视率于周五统计。", "没有人料到！"],
        ["风暴于 2018 年袭击了 30 个城镇。", "道路封闭了 12 天。"],
        ["价格上涨了 13%。", "买家在等待。"]])}
LANGS = sorted(TARGETS)


def _texts(bench: ModuleType, document: Document) -> dict[tuple[int, int], str]:
    return {(number, k): text for number, k, text in bench.texts(document)}


def _changed(bench: ModuleType, before: Document, after: Document) -> list[tuple[int, int]]:
    old, new = _texts(bench, before), _texts(bench, after)
    assert old.keys() == new.keys()
    return [place for place in old if old[place] != new[place]]


def _faults(bench: ModuleType, kind: str, lang: str) -> list[Any]:
    faults = bench.INJECTORS[kind](ENGLISH, TARGETS[lang], lang, random.Random(7), 3)
    assert len(faults) == 3
    assert len({(fault.segment, fault.section, fault.detail) for fault in faults}) == 3
    again = bench.INJECTORS[kind](ENGLISH, TARGETS[lang], lang, random.Random(7), 3)
    assert [fault.target for fault in faults] == [fault.target for fault in again]
    for fault in faults:
        assert fault.kind == kind
        assert fault.target is not TARGETS[lang]
    return faults


@pytest.mark.parametrize("lang", LANGS)
def test_number_injector_changes_exactly_one_number(bench: ModuleType, lang: str) -> None:
    target = TARGETS[lang]
    for fault in _faults(bench, "number-changed", lang):
        [(number, k)] = _changed(bench, target, fault.target)
        assert fault.segment == bench.segment_id(number, k) and fault.section == number
        old = re.findall(r"\d", _texts(bench, target)[(number, k)])
        new = re.findall(r"\d", _texts(bench, fault.target)[(number, k)])
        assert len(old) == len(new)
        assert sum(a != b for a, b in zip(old, new, strict=True)) == 1
        runs = [re.findall(r"\d+(?:[.,]\d+)*", _texts(bench, d)[(number, k)])
                for d in (target, fault.target)]
        assert sum(a != b for a, b in zip(*runs, strict=True)) == 1


@pytest.mark.parametrize("lang", LANGS)
def test_sentence_dropper_removes_exactly_one_sentence(bench: ModuleType, lang: str) -> None:
    target = TARGETS[lang]
    for fault in _faults(bench, "sentence-dropped", lang):
        [(number, k)] = _changed(bench, target, fault.target)
        assert k > 0 and fault.segment == f"s{number}.p{k}"
        before = [s.strip() for s in bench.sentences(_texts(bench, target)[(number, k)], lang)]
        after = [s.strip() for s in
                 bench.sentences(_texts(bench, fault.target)[(number, k)], lang)]
        assert len(before) >= 2 and len(after) == len(before) - 1
        assert any(before[:i] + before[i + 1:] == after for i in range(len(before)))
        assert _texts(bench, fault.target)[(number, k)] == \
            _texts(bench, fault.target)[(number, k)].strip()


@pytest.mark.parametrize("lang", LANGS)
def test_untranslated_injector_puts_the_english_in_one_paragraph(bench: ModuleType,
                                                                 lang: str) -> None:
    target, english = TARGETS[lang], _texts(bench, ENGLISH)
    for fault in _faults(bench, "paragraph-english", lang):
        [(number, k)] = _changed(bench, target, fault.target)
        assert k > 0 and fault.segment == f"s{number}.p{k}"
        assert _texts(bench, fault.target)[(number, k)] == english[(number, k)]


@pytest.mark.parametrize("lang", LANGS)
def test_section_dropper_removes_one_section(bench: ModuleType, lang: str) -> None:
    target = TARGETS[lang]
    for fault in _faults(bench, "section-dropped", lang):
        kept = target.sections[:fault.section - 1] + target.sections[fault.section:]
        assert len(fault.target.sections) == len(target.sections) - 1
        assert fault.target.sections == kept
        assert fault.target.overview == target.overview and fault.segment is None


def test_new_findings_compare_multisets(bench: ModuleType) -> None:
    from localize.findings import Finding, Severity

    def found(code: str, severity: Severity = Severity.ERROR) -> Finding:
        return Finding(code=code, severity=severity, message="m", segment="s1.p1", section=1)

    clean = [found("a"), found("b", Severity.INFO)]
    damaged = [found("a"), found("a"), found("b", Severity.INFO), found("c", Severity.WARNING)]
    assert [f.code for f in bench.new_findings(clean, damaged)] == ["a", "c"]


def test_checker_finds_the_injected_faults_in_a_small_real_run(bench: ModuleType) -> None:
    if not bench.DATA.is_dir():
        pytest.skip(f"real data not present ({bench.DATA})")
    outcomes = bench.run_faults(bench.load_pairs(limit=3), seed=0)
    assert {o.pair.lang for o in outcomes} == set(bench.LANGS)
    for kind in bench.KINDS:
        chosen = [o for o in outcomes if o.fault.kind == kind]
        assert chosen, kind
        assert any(o.own() and o.located(exact=True) for o in chosen), kind
    for o in outcomes:
        if o.fault.kind in ("paragraph-english", "section-dropped"):
            assert o.own() and o.located(exact=True), (o.pair.name, o.fault)
        run = o.fault.detail.split(" → ")[0].strip("'")
        if o.fault.kind == "number-changed" and re.fullmatch(r"[1-9][\d,]+", run):
            assert o.own() and o.located(exact=True), (o.pair.name, o.fault.detail)
