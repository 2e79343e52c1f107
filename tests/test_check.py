"""The consistency checker: clean parallel samples pass, every injected fault is caught by
the right check in the right section, and the JSON contract holds."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from localize.check import check_editions
from localize.cli import app
from localize.document.model import BulletList, Document, Paragraph, Quote
from localize.glossary import Glossary, load_glossary
from localize.readers import read_file
from localize.review.worddiff import word_diff
from localize.text.numbers import find_numbers
from tests.conftest import ROOT, SAMPLES

runner = CliRunner()
GLOSSARY = ROOT / "glossaries" / "ai-tech.yaml"
PAIRS = [("ai-chip-startups.en.md", "ai-chip-startups.ko.md"),
         ("ai-tutor-hagwon.ko.md", "ai-tutor-hagwon.en.md"),
         ("open-model-economics.zh.md", "open-model-economics.en.md"),
         ("open-model-economics.zh.md", "open-model-economics.ko.md")]


def _load(name: str) -> Document:
    _, [document] = read_file(SAMPLES / name)
    assert isinstance(document, Document)
    return document


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary(GLOSSARY).glossary


@pytest.mark.parametrize(("source", "target"), PAIRS)
def test_clean_parallel_samples_have_no_errors_or_warnings(source: str, target: str,
                                                           glossary: Glossary) -> None:
    left, right = _load(source), _load(target)
    report, _ = check_editions(left, right, left.lang or "", right.lang or "", glossary)
    assert [f for f in report.findings if f.severity != "info"] == []


# --- fault injection ------------------------------------------------------------------------

def _paragraph(document: Document, section: int, number: int = 1) -> Paragraph:
    paragraphs = document.sections[section - 1].paragraphs
    return paragraphs[number - 1]


def drop_section(document: Document) -> None:
    del document.sections[3]


def swap_sections(document: Document) -> None:
    sections = document.sections
    sections[1], sections[3] = sections[3], sections[1]


def change_timestamp(document: Document) -> None:
    document.sections[1].timestamp = "07:10"


def drop_quote(document: Document) -> None:
    blocks = document.sections[3].blocks
    blocks.remove(next(block for block in blocks if isinstance(block, Quote)))


def alter_number(document: Document) -> None:
    paragraph = _paragraph(document, 4)
    paragraph.text = paragraph.text.replace("4,000만 달러", "5,000만 달러")


def wrong_unit(document: Document) -> None:
    paragraph = _paragraph(document, 1)
    paragraph.text = paragraph.text.replace("85만", "85억")


def forbidden_variant(document: Document) -> None:
    paragraph = _paragraph(document, 1, 2)
    paragraph.text = paragraph.text.replace("데이터센터", "데이터 센터")


def transliterate_kept_name(document: Document) -> None:
    paragraph = _paragraph(document, 2)
    paragraph.text = paragraph.text.replace("Nvidia에", "엔비디아에").replace("Nvidia", "엔비디아")


def leave_in_source_language(document: Document) -> None:
    _paragraph(document, 5).text = _paragraph(_load("ai-chip-startups.en.md"), 5).text


def drop_two_thirds(document: Document) -> None:
    paragraph = _paragraph(document, 4, 2)
    paragraph.text = paragraph.text[: len(paragraph.text) // 3]


def duplicate_paragraph(document: Document) -> None:
    blocks = document.sections[0].blocks
    blocks.insert(1, blocks[0].model_copy(deep=True))


def drop_entity(document: Document) -> None:
    entities = document.sections[-1].blocks[0]
    assert isinstance(entities, BulletList)
    del entities.items[2]


def break_emphasis(document: Document) -> None:
    paragraph = _paragraph(document, 6)
    paragraph.text = "**" + paragraph.text


FAULTS: list[tuple[Callable[[Document], None], str, set[int]]] = [
    (drop_section, "structure.section-missing", {4}),
    (swap_sections, "structure.section-reordered", {2, 4}),
    (change_timestamp, "timestamp.changed", {2}),
    (drop_quote, "quote.missing", {4}),
    (alter_number, "number.altered", {4}),
    (wrong_unit, "number.altered", {1}),
    (forbidden_variant, "glossary.forbidden", {1}),
    (transliterate_kept_name, "glossary.keep-altered", {2}),
    (leave_in_source_language, "untranslated", {5}),
    (drop_two_thirds, "omission", {4}),
    (duplicate_paragraph, "structure.paragraph-duplicated", {1}),
    (drop_entity, "entity.missing", {8}),
    (break_emphasis, "markup.broken", {6}),
]


@pytest.mark.parametrize(("fault", "code", "sections"), FAULTS,
                         ids=[fault.__name__ for fault, _, _ in FAULTS])
def test_each_fault_is_caught_by_its_check_in_its_section(
        fault: Callable[[Document], None], code: str, sections: set[int],
        glossary: Glossary) -> None:
    source, target = _load("ai-chip-startups.en.md"), _load("ai-chip-startups.ko.md")
    before = target.model_copy(deep=True)
    fault(target)
    assert target != before, "the fault changed nothing"
    report, _ = check_editions(source, target, "en", "ko", glossary)
    caught = [(f.code, f.section) for f in report.findings if f.severity == "error"]
    assert any(found == code and section in sections for found, section in caught), caught


# --- numbers --------------------------------------------------------------------------------

@pytest.mark.parametrize(("english", "other"), [
    ("$63 billion", "630억 달러"), ("$63 billion", "630亿美元"), ("850K runs", "85만 건"),
    ("150 million people", "1억 5천만 명"), ("15-20x faster", "15~20배"),
    ("15-20x faster", "15-20 倍"), ("about 74%", "약 74%"), ("in 2019", "2019년"),
    ("$12 million", "1,200 万美元"), ("well under a third", "3분의 1에 못 미치는"),
    ("eighteen months", "十八个月"), ("a million sprints", "100만 번"),
])
def test_numbers_normalise_across_languages(english: str, other: str) -> None:
    assert [n.key for n in find_numbers(english)] == [n.key for n in find_numbers(other)]


# --- contract and CLI -----------------------------------------------------------------------

def test_json_contract_and_exit_codes(tmp_path: Path) -> None:
    source, target = SAMPLES / "ai-chip-startups.en.md", SAMPLES / "ai-chip-startups.ko.md"
    clean = runner.invoke(app, ["check", str(source), str(target), "-g", str(GLOSSARY),
                                "--format", "json"])
    assert clean.exit_code == 0, clean.output
    report = json.loads(clean.output)
    assert set(report) == {"ok", "source", "target", "findings", "accepted"}
    assert report["ok"] is True and report["accepted"] == []
    broken = tmp_path / "broken.ko.md"
    broken.write_text(target.read_text("utf-8").replace("## [06:40]", "## [07:10]"), "utf-8")
    failed = runner.invoke(app, ["check", str(source), str(broken), "--format", "json"])
    assert failed.exit_code == 1
    findings = json.loads(failed.output)["findings"]
    changed = next(f for f in findings if f["code"] == "timestamp.changed")
    assert changed == {"code": "timestamp.changed", "severity": "error", "section": 2,
                       "timestamp": "06:40", "segment": "s2.h",
                       "message": "time 06:40 became 07:10", "source_text": "06:40",
                       "target_text": "07:10"}
    for finding in findings:
        assert set(finding) == {"code", "severity", "section", "timestamp", "segment",
                                "message", "source_text", "target_text"}


def test_fail_on_warning(tmp_path: Path) -> None:
    source = SAMPLES / "open-model-economics.zh.md"
    target = tmp_path / "x.ko.md"
    target.write_text((SAMPLES / "open-model-economics.ko.md").read_text("utf-8").replace(
        "오픈소스", "오픈소스，"), "utf-8")
    assert runner.invoke(app, ["check", str(source), str(target)]).exit_code == 0
    result = runner.invoke(app, ["check", str(source), str(target), "--fail-on", "warning"])
    assert result.exit_code == 1 and "typography.ko-punctuation" in result.output


def test_bad_input_is_exit_two(tmp_path: Path) -> None:
    result = runner.invoke(app, ["check", str(tmp_path / "none.md"),
                                 str(SAMPLES / "ai-chip-startups.ko.md")])
    assert result.exit_code == 2 and "no such file" in result.output


def test_check_list_names_every_check() -> None:
    result = runner.invoke(app, ["check", "--list"])
    for name in ("structure", "timestamp", "quote", "entity", "number", "glossary",
                 "untranslated", "omission", "markup", "typography"):
        assert f"{name}:" in result.output


def test_html_review_is_self_contained_and_shows_both_editions(tmp_path: Path) -> None:
    page = tmp_path / "review.html"
    source, target = SAMPLES / "ai-chip-startups.en.md", tmp_path / "t.ko.md"
    target.write_text((SAMPLES / "ai-chip-startups.ko.md").read_text("utf-8").replace(
        "85만", "85억"), "utf-8")
    result = runner.invoke(app, ["diff", str(source), str(target), "-g", str(GLOSSARY),
                                 "--html", str(page)])
    assert result.exit_code == 0, result.output
    html = page.read_text("utf-8")
    assert "http://" not in html and "https://" not in html and "<link" not in html
    assert "Why inference changed the math" in html and "추론이 셈법을 바꾼 이유" in html
    assert "number.altered" in html and 'data-severity="error"' in html
    assert '<mark class="number">' in html and '<mark class="term">' in html


def test_diff_of_two_versions_of_one_language_marks_words(tmp_path: Path) -> None:
    old = SAMPLES / "ai-chip-startups.ko.md"
    new = tmp_path / "new.ko.md"
    new.write_text(old.read_text("utf-8").replace("85만 건", "90만 건"), "utf-8")
    page = tmp_path / "versions.html"
    result = runner.invoke(app, ["diff", str(old), str(new), "--html", str(page)])
    assert result.exit_code == 0
    html = page.read_text("utf-8")
    assert "<del>85</del>" in html and "<ins>90</ins>" in html
    terminal = runner.invoke(app, ["diff", str(old), str(new)])
    assert terminal.exit_code == 0 and "number.altered" in terminal.output


@pytest.mark.parametrize(("old", "new", "expected"), [
    ("the fast model", "the faster model", [("same", "the "), ("removed", "fast"),
                                            ("added", "faster"), ("same", " model")]),
    ("강화 학습은", "강화 학습이", [("same", "강화 학습"), ("removed", "은"), ("added", "이")]),
])
def test_word_diff(old: str, new: str, expected: list[tuple[str, str]]) -> None:
    assert [(piece.kind, piece.text) for piece in word_diff(old, new)] == expected


def test_long_lists_of_numbers_parse_in_linear_time() -> None:
    """A run of numbers once made the pattern backtrack exponentially; it must now finish
    (the alarm turns a hang into a failure)."""
    import signal

    def timeout(*_: object) -> None:
        raise TimeoutError("find_numbers backtracked")

    previous = signal.signal(signal.SIGALRM, timeout)
    signal.alarm(5)
    try:
        numbers = find_numbers(" ".join(["850000", "60000", "2022", "40", "25", "3"] * 30))
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert len(numbers) == 180
