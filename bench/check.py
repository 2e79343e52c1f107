"""Checker speed: pairs checked per second, and the time to render the largest HTML review.

Two kinds of pairs, on one core:
- translations: each parallel sample pair, and the same pair grown to corpus size (its
  sections repeated 5 times with later timestamps: 12-26k characters, like the corpus page's
  longest summaries);
- versions: every summary of the corpus page against a copy with one number changed in
  each section (two versions of one edition).
Run: .venv/bin/python bench/check.py
"""

from __future__ import annotations

import time
from pathlib import Path

from localize.check import CheckReport, check_editions, reset_caches
from localize.check.align import Alignment
from localize.document.model import Document, Paragraph, Section
from localize.glossary import Glossary, TermIndex, load_glossary
from localize.readers import read_file
from localize.review.html import render_html
from localize.review.model import build_view
from localize.text.timestamps import from_seconds, to_seconds
from localize.writers import render_markdown

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
PAIRS = [("ai-chip-startups.en.md", "ai-chip-startups.ko.md"),
         ("ai-tutor-hagwon.ko.md", "ai-tutor-hagwon.en.md"),
         ("open-model-economics.zh.md", "open-model-economics.en.md"),
         ("open-model-economics.zh.md", "open-model-economics.ko.md")]
Pair = tuple[Document, Document, str, str]


def _sample(name: str) -> Document:
    _, [document] = read_file(ROOT / "samples" / name)
    assert isinstance(document, Document)
    return document


def grown(document: Document, times: int) -> Document:
    """The document with its timed sections repeated, each copy an hour and a half later."""
    timed = [section for section in document.sections if section.timestamp]
    untimed = [section for section in document.sections if not section.timestamp]
    sections: list[Section] = []
    for copy in range(times):
        for section in timed:
            moved = section.model_copy(deep=True)
            assert section.timestamp is not None
            moved.timestamp = from_seconds(to_seconds(section.timestamp) + copy * 5400)
            sections.append(moved)
    return document.model_copy(update={"sections": sections + untimed})


def edited(document: Document) -> Document:
    """A second version: in every section, the first paragraph gains a sentence with a number."""
    copy = document.model_copy(deep=True)
    for section in copy.sections:
        for block in section.blocks:
            if isinstance(block, Paragraph):
                block.text += " It grew 17% last year."
                break
    return copy


def translation_pairs() -> list[Pair]:
    pairs: list[Pair] = []
    for source_name, target_name in PAIRS:
        source, target = _sample(source_name), _sample(target_name)
        pairs.append((source, target, source.lang or "", target.lang or ""))
        pairs.append((grown(source, 5), grown(target, 5), source.lang or "", target.lang or ""))
    return pairs


def version_pairs() -> list[Pair]:
    _, page = read_file(CORPUS / "summary-page.txt")
    return [(document, edited(document), document.lang or "", document.lang or "")
            for document in page if isinstance(document, Document)]


def run(pairs: list[Pair], glossary: Glossary, repeats: int = 3
        ) -> tuple[float, int, tuple[CheckReport, Alignment, Pair]]:
    """(best pairs per second, characters per pair on average, the largest pair's result)."""
    best = float("inf")
    largest: tuple[CheckReport, Alignment, Pair] | None = None
    for _ in range(repeats):
        reset_caches()  # every run reads every text anew
        start = time.perf_counter()
        for pair in pairs:
            report, alignment = check_editions(*pair, glossary=glossary)
            if largest is None or _size(pair) > _size(largest[2]):
                largest = (report, alignment, pair)
        best = min(best, time.perf_counter() - start)
    assert largest is not None
    characters = sum(_size(pair) for pair in pairs) // len(pairs)
    return len(pairs) / best, characters, largest


def _size(pair: Pair) -> int:
    return len(render_markdown(pair[0])) + len(render_markdown(pair[1]))


def html_seconds(result: tuple[CheckReport, Alignment, Pair], glossary: Glossary) -> float:
    report, alignment, (_, _, source_lang, target_lang) = result
    start = time.perf_counter()
    render_html(build_view(alignment, report), alignment.source.title, "a", "b",
                report.findings, same_language=source_lang == target_lang,
                indexes=(TermIndex(glossary, source_lang), TermIndex(glossary, target_lang)))
    return time.perf_counter() - start


def main() -> None:
    glossary = load_glossary(ROOT / "glossaries" / "ai-tech.yaml").glossary
    print("| pairs | count | characters per pair | pairs/s (one core) | largest diff --html (s) |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for name, pairs in (("translations (samples, and grown to corpus size)",
                         translation_pairs()),
                        ("versions (corpus page, one edit per section)", version_pairs())):
        speed, characters, largest = run(pairs, glossary)
        print(f"| {name} | {len(pairs)} | {characters:,} | {speed:,.1f} | "
              f"{html_seconds(largest, glossary):.3f} |")


if __name__ == "__main__":
    main()
