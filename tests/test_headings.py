"""Heading recovery in flattened pages: the evidence table, explanations, and the held-out
page (samples, their editions and summaries written for it, never tuned on)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from localize.cli import app
from localize.readers.heading_cases import LabelledPage, Outcome, label_page, right_by_language, run
from localize.readers.heading_weights import WEIGHTS
from localize.readers.headings import EVIDENCE, explain, split_heading
from localize.readers.markdown import parse_markdown
from localize.readers.summary_page import page_statistics, parse_summary_page
from localize.writers.markdown import render_markdown
from tests.conftest import DATA, sample_paths
from tests.flatten import flatten_page

HELDOUT = DATA / "heldout"
REQUIRED = 0.95
# Korean on unseen pages is the known gap (see the README): this floor keeps it from getting
# worse; the strict xfail below turns to a failure the day it reaches the bar.
KOREAN_FLOOR = 0.70


def _heldout_page() -> LabelledPage:
    paths = [*sample_paths(), *sorted(HELDOUT.glob("*.md"))]
    documents = [parse_markdown(path.read_text("utf-8")) for path in paths]
    return label_page(flatten_page(documents), [str(d.lang) for d in documents],
                      [[len(s.heading.split()) for s in d.sections] for d in documents],
                      timed_only=False)


@pytest.fixture(scope="module")
def heldout() -> list[Outcome]:
    return run(_heldout_page())


def _misses(outcomes: list[Outcome], lang: str) -> str:
    return "\n".join(f"summary {o.case.summary} heading {o.case.section}:\n{o.explanation()}"
                     for o in outcomes if not o.right and o.case.lang == lang)


def test_every_evidence_has_a_docstring_a_language_and_one_weight() -> None:
    names = [piece.name for piece in EVIDENCE]
    assert len(names) == len(set(names))
    assert set(names) == set(WEIGHTS)
    for piece in EVIDENCE:
        assert len(piece.description) > 20, piece.name
        assert set(piece.languages.split()) <= {"all", "en", "ko", "zh"}, piece.name


def test_held_out_page_has_at_least_120_sections_in_three_languages() -> None:
    cases = _heldout_page().cases
    assert len(cases) >= 120
    assert {case.lang for case in cases} == {"en", "ko", "zh"}


def test_explain_lists_the_evidence_that_fired_and_adds_up() -> None:
    overview = "Man Group manages money. Man Group uses models. Man Group hires people."
    text = "AI in Systematic Trading Man Group manages over $200 billion in assets."
    statistics = page_statistics([overview, f"## [00:18] {text}"])
    split = split_heading(text, "en", statistics)
    assert split.heading == "AI in Systematic Trading"
    chosen = split.candidates[0]
    assert abs(chosen.score - sum(item.contribution for item in chosen.fired)) < 1e-6
    explanation = explain(split)
    assert explanation.startswith("chosen: 4 words")
    assert "name_then_verb_after_title_run" in explanation and "runner-up" in explanation
    assert "expected: 5 words" in explain(split, expected_words=5)


@pytest.mark.parametrize(("overview", "body", "heading"), [
    ("Host Maria Lopez talks with two investors about margins.",
     "## [00:00] Opening Maria Lopez opens with a forecast from 2019.", "Opening"),
    ("A panel on open weights. The host Sarah Guo asks the questions.",
     "## [02:00] Andrew Feldman Introduction Host Sarah Guo introduces Andrew Feldman.",
     "Andrew Feldman Introduction"),
])
def test_a_heading_ends_where_a_sentence_about_the_speakers_begins(
        overview: str, body: str, heading: str) -> None:
    document = parse_summary_page(f"Site\nA title\n{overview} {body}\n")[0]
    assert document.sections[0].heading == heading


def test_case_figures_are_the_reader_figures(corpus: Path) -> None:
    """The bench splits headings on their own; it must find what the reader finds."""
    labels = json.loads((DATA / "corpus_heading_words.json").read_text("utf-8"))
    text = (corpus / "summary-page.txt").read_text("utf-8")
    page = label_page(text, [label["lang"] for label in labels],
                      [label["heading_words"] for label in labels], timed_only=True,
                      words_include_dash=True)
    documents = parse_summary_page(text)
    words = [len(f"{s.heading_prefix}{s.heading}".split()) - len(s.heading_prefix.split())
             for d in documents for s in d.timed_sections]
    assert [outcome.split.words for outcome in run(page)] == words


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_held_out_headings_right_per_language(heldout: list[Outcome], lang: str) -> None:
    right, total = right_by_language(heldout)[lang]
    assert right / total >= REQUIRED, f"{right}/{total}\n{_misses(heldout, lang)}"


def test_held_out_korean_headings_keep_their_floor(heldout: list[Outcome]) -> None:
    right, total = right_by_language(heldout)["ko"]
    assert right / total >= KOREAN_FLOOR, f"{right}/{total}\n{_misses(heldout, 'ko')}"


@pytest.mark.xfail(strict=True, reason="Korean on unseen pages is below the bar (README)")
def test_held_out_korean_headings_reach_the_bar(heldout: list[Outcome]) -> None:
    right, total = right_by_language(heldout)["ko"]
    assert right / total >= REQUIRED


def test_uncertain_splits_stay_in_front_matter_and_show_lists_them(tmp_path: Path) -> None:
    # no evidence tells where this heading ends: the split is a guess
    page = ("Site\nA title\n개요입니다. "
            "## [00:00] 도시 농업 옥상 텃밭이 서울에서 빠르게 늘고 있다.\n")
    document = parse_summary_page(page)[0]
    assert document.sections[0].heading_uncertain
    assert "uncertain_headings: [1]" in render_markdown(document)
    path = tmp_path / "page.txt"
    path.write_text(page, "utf-8")
    result = CliRunner().invoke(app, ["show", str(path)])
    assert result.exit_code == 0 and "heading guessed" in result.output
