"""Glossary matching throughput on the corpus page: the starter glossary and 5,000 terms.

Matches every segment of the page's 16 summaries against the index of its language, and
the page repeated 1x to 8x to show that time grows with the text, not text x glossary.
Run: .venv/bin/python bench/glossary.py
"""

from __future__ import annotations

import itertools
import re
import time
from pathlib import Path

from localize.document.model import Document
from localize.document.segments import document_segments
from localize.glossary import Glossary, Term, TermIndex, load_glossary
from localize.readers import read_file

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"


def generated_glossary(texts: list[str], size: int = 5000) -> Glossary:
    """`size` terms made of word pairs that really occur in the texts, so many match."""
    pairs: dict[str, None] = {}
    for text in texts:
        words = re.findall(r"[A-Za-z][a-z]{3,}", text)
        for first, second in itertools.pairwise(words):
            pairs.setdefault(f"{first.lower()} {second.lower()}", None)
            if len(pairs) >= size:
                break
    terms = [Term(term=pair, translations={"en": pair, "ko": f"용어{number} 번역",
                                           "zh": f"术语{number}"})
             for number, pair in enumerate(list(pairs)[:size])]
    return Glossary(name=f"generated-{len(terms)}", terms=terms)


def page_segments() -> list[tuple[str, str]]:
    """(language, text) of every segment of the page."""
    _, documents = read_file(CORPUS / "summary-page.txt")
    return [(document.lang or "en", segment.text) for document in documents
            if isinstance(document, Document) for segment in document_segments(document)]


def measure(glossary: Glossary, segments: list[tuple[str, str]], repeats: int = 3
            ) -> tuple[float, float, int]:
    """(index build seconds, best matching seconds, matches)."""
    start = time.perf_counter()
    indexes = {language: TermIndex(glossary, language) for language in ("en", "ko", "zh")}
    build = time.perf_counter() - start
    best, found = float("inf"), 0
    for _ in range(repeats):
        start = time.perf_counter()
        found = sum(len(indexes[language].find(text)) for language, text in segments)
        best = min(best, time.perf_counter() - start)
    return build, best, found


def main() -> None:
    segments = page_segments()
    characters = sum(len(text) for _, text in segments)
    starter = load_glossary(ROOT / "glossaries" / "ai-tech.yaml").glossary
    generated = generated_glossary([text for _, text in segments])
    print(f"corpus page: {len(segments)} segments, {characters:,} characters\n")
    print("| glossary | terms | text | index build (s) | matching (s) | matches | chars/s |")
    print("| --- | ---: | --- | ---: | ---: | ---: | ---: |")
    for glossary in (starter, generated):
        for times in (1, 2, 4, 8):
            build, seconds, found = measure(glossary, segments * times)
            print(f"| {glossary.name} | {len(glossary.terms):,} | page x{times} | {build:.3f} | "
                  f"{seconds:.3f} | {found:,} | {characters * times / seconds:,.0f} |")


if __name__ == "__main__":
    main()
