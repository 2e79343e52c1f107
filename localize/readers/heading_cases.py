"""Measuring the heading splitter on a labelled page: every heading of the page as a case
(the text the reader splits, the language it splits with, the right number of words), and
how many cases a table of weights gets right, per language.

Cases are taken from the page exactly as the summary-page reader sees it, so the figures
here are the reader's figures; only the splitting is repeated, which makes it cheap to
switch evidence off one at a time.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from localize.readers.flattened import split_pieces
from localize.readers.heading_page import TIMED_HEADING
from localize.readers.heading_weights import WEIGHTS
from localize.readers.headings import HeadingSplit, PageStatistics, explain, split_heading
from localize.readers.summary_page import find_summaries, page_statistics
from localize.text.script import guess_language


@dataclass(frozen=True)
class HeadingCase:
    """One heading of a page and the number of words its heading really has."""

    summary: int
    """1-based position of its summary on the page."""
    title: str
    section: int
    """1-based position among the summary's labelled headings."""
    lang: str
    """The summary's language, to report by."""
    reader_lang: str | None
    """The language the reader splits with (guessed from the scripts of the summary)."""
    text: str
    """What followed `## [TS] ` and the dash."""
    expected_words: int


@dataclass(frozen=True)
class Outcome:
    """A case and the split a table of weights made of it."""

    case: HeadingCase
    split: HeadingSplit

    @property
    def right(self) -> bool:
        return self.split.words == self.case.expected_words

    def explanation(self) -> str:
        return explain(self.split, self.case.expected_words)


@dataclass(frozen=True)
class LabelledPage:
    """A page's cases and the statistics the reader gathers from the whole page."""

    cases: tuple[HeadingCase, ...]
    statistics: PageStatistics


def label_page(page: str, langs: Sequence[str], expected: Sequence[Sequence[int]],
               timed_only: bool, words_include_dash: bool = False) -> LabelledPage:
    """Cases of a page: per summary its language and the words of each heading, for its
    timed headings only or for all. `words_include_dash`: the labels count a leading dash
    (`– Andrew Feldman Introduction` as 4 words) that the reader takes off first."""
    summaries = find_summaries(page)
    if not len(summaries) == len(langs) == len(expected):
        raise ValueError(f"{len(summaries)} summaries on the page, {len(expected)} labelled")
    cases = []
    for number, ((title, body), lang, words) in enumerate(
            zip(summaries, langs, expected, strict=True), start=1):
        reader_lang = guess_language(f"{title} {body}")
        texts = _heading_texts(body, timed_only)
        if len(texts) != len(words):
            raise ValueError(f"summary {number}: {len(texts)} headings, {len(words)} labelled")
        for section, ((text, dash), count) in enumerate(zip(texts, words, strict=True),
                                                       start=1):
            count -= dash if words_include_dash else 0
            cases.append(HeadingCase(number, title, section, lang, reader_lang, text, count))
    return LabelledPage(tuple(cases), page_statistics([body for _, body in summaries]))


def _heading_texts(body: str, timed_only: bool) -> list[tuple[str, int]]:
    """The text after `## ` of each heading (time and dash taken off), and the dash's
    words."""
    texts = []
    for piece in split_pieces(body):
        if piece.kind != "heading":
            continue
        timed = TIMED_HEADING.match(piece.text)
        if timed is None and timed_only:
            continue
        if timed is None:
            texts.append((piece.text, 0))
        else:
            texts.append((timed.group("rest"), len((timed.group("prefix") or "").split())))
    return texts


def run(page: LabelledPage, weights: Mapping[str, float] = WEIGHTS) -> list[Outcome]:
    """Split every case of the page with a table of weights."""
    return [Outcome(case, split_heading(case.text, case.reader_lang, page.statistics, weights))
            for case in page.cases]


def right_by_language(outcomes: Sequence[Outcome]) -> dict[str, tuple[int, int]]:
    """(right, total) per language, and over all languages under `all`."""
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for outcome in outcomes:
        for key in (outcome.case.lang, "all"):
            total[key] += 1
            right[key] += outcome.right
    return {key: (right[key], total[key]) for key in sorted(total, key=lambda k: k == "all")}
