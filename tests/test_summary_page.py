"""The flattened summary page: one document per summary, counts as in the manifest."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from localize.document.defects import find_defects
from localize.document.model import Document, Quote
from localize.readers.heading_cases import LabelledPage, label_page, run
from localize.readers.markdown import parse_markdown
from localize.readers.summary_page import parse_summary_page
from localize.writers.markdown import render_markdown
from tests.conftest import DATA, sample_paths
from tests.flatten import flatten_page

REQUIRED_HEADING_ACCURACY = 0.95


def _page(corpus: Path) -> list[Document]:
    return parse_summary_page((corpus / "summary-page.txt").read_text("utf-8"))


def _time_blocks(corpus: Path) -> list[int]:
    """How many `> *[M, S]*` blocks each summary body of the page holds, counted in the raw text."""
    lines = (corpus / "summary-page.txt").read_text("utf-8").split("\n")
    import re
    return [len(re.findall(r"> \*\[\d+, \d+\]\*", line)) for line in lines if " ## " in line]


def test_page_gives_sixteen_documents_with_manifest_titles_and_languages(
        corpus: Path, manifest: list[dict[str, Any]]) -> None:
    documents = _page(corpus)
    assert [(d.title, d.lang) for d in documents] == [(m["title"], m["lang"]) for m in manifest]


def test_every_summary_matches_the_manifest_counts(
        corpus: Path, manifest: list[dict[str, Any]]) -> None:
    time_blocks = _time_blocks(corpus)
    for document, expected, blocks in zip(_page(corpus), manifest, time_blocks, strict=True):
        timed = document.timed_sections
        found = {
            "timed_sections": len(timed),
            "first_timestamp": timed[0].timestamp,
            "last_timestamp": timed[-1].timestamp,
            "untimed_sections": [section.heading for section in document.untimed_sections],
            "entities": len(document.entities),
        }
        assert found == {key: expected[key] for key in found}, expected["title"]
        if expected["quotes"] is not None:
            assert len(document.quotes) == expected["quotes"], expected["title"]
            # every separate time block was attached to the quote before it
            assert blocks == expected["quote_time_refs"]
            timed_quotes = sum(1 for quote in document.quotes if quote.time is not None)
            assert timed_quotes >= expected["quote_time_refs"]


def test_quote_time_blocks_become_the_quote_time(corpus: Path) -> None:
    trading = next(d for d in _page(corpus) if d.title == "Trading signals that trade themselves")
    assert [quote.time for quote in trading.quotes] == ["02:43", "04:38", "06:50", "17:21",
                                                        "19:21"]
    assert all(isinstance(block, Quote) and block.text for section in trading.sections
               for block in section.blocks if isinstance(block, Quote))


def test_defective_summary_imports_with_a_defect_named_by_section(
        corpus: Path, manifest: list[dict[str, Any]]) -> None:
    documents = _page(corpus)
    for document, expected in zip(documents, manifest, strict=True):
        defects = list(find_defects(document))
        if expected.get("defective"):
            assert defects and {defect.section for defect in defects} == {1}
            assert {defect.code for defect in defects} == {"leaked-data"}
        else:
            assert defects == [], document.title


def test_imported_documents_round_trip(corpus: Path) -> None:
    for document in _page(corpus):
        text = render_markdown(document)
        assert parse_markdown(text) == document
        assert render_markdown(parse_markdown(text)) == text


def _heading_accuracy(documents: list[Document], expected_words: list[list[int]]) -> float:
    right = total = 0
    for document, words in zip(documents, expected_words, strict=True):
        for section, count in zip(document.timed_sections, words, strict=True):
            total += 1
            right += len(f"{section.heading_prefix}{section.heading}".split()) == count
    return right / total


def _explained_misses(page: LabelledPage) -> str:
    """Every wrong split of the page with the evidence for it and for the right one."""
    return "\n".join(
        f"summary {o.case.summary} heading {o.case.section}:\n{o.explanation()}"
        for o in run(page) if not o.right)


def _corpus_labels() -> list[dict[str, Any]]:
    labels: list[dict[str, Any]] = json.loads(
        (DATA / "corpus_heading_words.json").read_text("utf-8"))
    return labels


def test_headings_recovered_for_at_least_ninety_five_percent_of_the_page(corpus: Path) -> None:
    labels = _corpus_labels()
    accuracy = _heading_accuracy(_page(corpus), [label["heading_words"] for label in labels])
    if accuracy < REQUIRED_HEADING_ACCURACY:
        page = label_page((corpus / "summary-page.txt").read_text("utf-8"),
                          [label["lang"] for label in labels],
                          [label["heading_words"] for label in labels], timed_only=True,
                          words_include_dash=True)
        pytest.fail(f"{accuracy:.1%} of headings right\n{_explained_misses(page)}")


def test_headings_recovered_on_a_page_the_reader_never_saw() -> None:
    """Our own samples, flattened the way the scraped page was: the truth is known exactly."""
    originals = [parse_markdown(path.read_text("utf-8")) for path in sample_paths()]
    recovered = parse_summary_page(flatten_page(originals))
    pairs = [(a.heading, b.heading) for original, imported in zip(originals, recovered,
                                                                    strict=True)
             for a, b in zip(original.sections, imported.sections, strict=True)]
    accuracy = sum(a == b for a, b in pairs) / len(pairs)
    if accuracy < REQUIRED_HEADING_ACCURACY:
        page = label_page(flatten_page(originals), [str(d.lang) for d in originals],
                          [[len(s.heading.split()) for s in d.sections] for d in originals],
                          timed_only=False)
        pytest.fail(f"{accuracy:.1%} of headings right\n{_explained_misses(page)}")


def test_flattened_page_keeps_structure_of_unseen_documents() -> None:
    originals = [parse_markdown(path.read_text("utf-8")) for path in sample_paths()]
    recovered = parse_summary_page(flatten_page(originals))
    for original, imported in zip(originals, recovered, strict=True):
        assert imported.title == original.title and imported.lang == original.lang
        assert [s.timestamp for s in imported.sections] == [s.timestamp for s in original.sections]
        assert imported.quotes == original.quotes
        assert imported.entities == original.entities


# A page tells names from Title Case words by how its running text writes them, so each
# example comes with an overview in its language, as on a real page.
@pytest.mark.parametrize(("overview", "body", "heading", "first_words"), [
    ("A guide to using Claude Code in a terminal, as Claude Code users do.",
     "## [00:03] Talking to Claude Code like any AI assistant The opening framing is simple.",
     "Talking to Claude Code like any AI assistant", "The opening"),
    ("Jang은 AlphaGo를 다시 만들었다. 바둑은 어려운 게임이다.",
     "## [00:00] 바둑 기초 바둑은 완전히 풀리지 않은 게임이다.", "바둑 기초", "바둑은 완전히"),
    ("本期 Jacob 与 Oriol 讨论世界模型。",
     "## [00:00] Intro Jacob 用 60 秒铺垫了背景。", "Intro", "Jacob 用"),
    ("The panel argued about the next model release.",
     "## [04:10] What comes next? Nobody on the panel would say.", "What comes next?",
     "Nobody on"),
])
def test_heading_boundary_examples_from_the_conventions(overview: str, body: str, heading: str,
                                                       first_words: str) -> None:
    document = parse_summary_page(f"Site\nA title\n{overview} {body}\n")[0]
    section = document.sections[0]
    assert section.heading == heading
    paragraph = section.blocks[0]
    assert getattr(paragraph, "text", "").startswith(first_words)


def test_section_without_body_keeps_its_whole_heading() -> None:
    page = "Title\nOverview. ## [01:12] Introduction ## [03:15] CodeAnywhere, Shift, and the end\n"
    document = parse_summary_page(page)[0]
    assert [s.heading for s in document.sections] == ["Introduction",
                                                      "CodeAnywhere, Shift, and the end"]
    assert all(not s.blocks and not s.heading_uncertain for s in document.sections)
