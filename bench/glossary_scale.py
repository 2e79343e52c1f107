"""Glossary scale: load, lint and check with 5,000, 20,000 and 50,000 generated terms.

Each glossary is written as YAML by the project's writer, then loaded from the file, linted
with every rule, and used to check a generated English/Korean pair of editions (the same
pair at every size, so the check column shows what the glossary's size costs: building the
index). Times are the best of three plain runs; peak memory is Python's (tracemalloc) in a
further run, with the glossary of the phase before still held, as a command holds it.
Run: .venv/bin/python bench/glossary_scale.py [sizes...]"""

from __future__ import annotations

import gc
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

from localize.document.model import Document
from localize.glossary import Glossary, LoadedGlossary, Term, check_documents, lint, load_glossary
from localize.glossary.writer import render_glossary
from localize.readers.markdown import parse_markdown

SIZES = (5_000, 20_000, 50_000)
SYLLABLES = [consonant + vowel for consonant in "bdfgklmnprstvz" for vowel in "aeiou"]
REPEATS = 3
"""Times are the best of this many runs (the machine is shared)."""
PARAGRAPHS = 300
"""Paragraphs in each generated edition (three terms each): about 60 KB of English."""


def _word(number: int) -> str:
    """A pronounceable word of its own for every number: 0 → `ba`, 71 → `beba`."""
    syllables = []
    while True:
        number, digit = divmod(number, len(SYLLABLES))
        syllables.append(SYLLABLES[digit])
        if number == 0:
            return "".join(reversed(syllables))
        number -= 1


def _digits(number: int, first: int, count: int, width: int) -> str:
    """`number` written in `width` characters of a block of `count` characters: one each."""
    characters = []
    for _ in range(width):
        number, digit = divmod(number, count)
        characters.append(chr(first + (digit * 5) % count))  # 5 spreads neighbours apart
    return "".join(characters)


def _hangul(number: int) -> str:
    return _digits(number, 0xAC00, 11172, 3)


def _han(number: int) -> str:
    return _digits(number, 0x4E00, 20902, 2)


def generated_terms(size: int) -> Glossary:
    """`size` distinct terms of one to three words, mixed as in a real glossary."""
    # About 100 bytes of YAML each, so that 50,000 stay under the 5 MB limit on input files.
    terms = []
    for number in range(size):
        words = " ".join(_word(number * 3 + part) for part in range(1 + number % 3))
        if number % 10 == 0:
            terms.append(Term(term=words.title(), keep=True, kind="organization"))
            continue
        translations = {"en": words, "ko": _hangul(number), "zh": _han(number)}
        if number % 97 == 0:
            del translations["zh"]  # a few warnings, as in real glossaries
        terms.append(Term(
            term=words, kind="concept" if number % 4 == 3 else None, translations=translations,
            variants={"en": [f"{words}-{_word(number)}"]} if number % 5 == 0 else
            {"en": [_word(number * 3 + 3)]} if number % 50 == 1 else {},  # the next key: errors
            forbidden={"ko": [_hangul(number + 2 * size)]} if number % 7 == 0 else {},
            note="Generated." if number % 20 == 5 else None))
    return Glossary(name=f"generated-{size}", terms=terms)


def generated_editions(glossary: Glossary) -> tuple[Document, Document]:
    """An English edition naming three terms a paragraph, and a Korean one missing a few."""
    terms = glossary.terms
    step = max(1, len(terms) // (PARAGRAPHS * 3))
    english = ["# Generated talk", "", "An overview.", ""]
    korean = ["# 생성된 강연", "", "개요.", ""]
    for paragraph in range(PARAGRAPHS):
        if paragraph % 20 == 0:
            minutes = paragraph // 20
            english += [f"## [{minutes:02d}:00] Part {minutes}", ""]
            korean += [f"## [{minutes:02d}:00] {minutes}부", ""]
        chosen = [terms[(paragraph * 3 + index) * step % len(terms)] for index in range(3)]
        english.append("We discuss " + ", ".join(term.term for term in chosen)
                       + " and why they matter to the rest of this talk.")
        forms = [term.form("ko") or term.term for term in chosen]
        if paragraph % 5 == 0:
            forms[0] = "그것"
        korean.append("우리는 " + ", ".join(forms) + "에 대해 이야기한다.")
        english.append("")
        korean.append("")
    return (parse_markdown("\n".join(english), "generated.en.md"),
            parse_markdown("\n".join(korean), "generated.ko.md"))


def _phases(path: Path, source: Document, target: Document
            ) -> list[tuple[str, Callable[[dict[str, Any]], Any]]]:
    """The three phases in order, each reading what the one before left in `held`."""
    def load(held: dict[str, Any]) -> int:
        held["loaded"] = load_glossary(path)
        return len(held["loaded"].glossary.terms)

    def run_lint(held: dict[str, Any]) -> int:
        loaded: LoadedGlossary = held["loaded"]
        return len(lint([loaded]))

    def check(held: dict[str, Any]) -> int:
        loaded: LoadedGlossary = held["loaded"]
        return len(check_documents(loaded.glossary, source, target, "en", "ko"))

    return [("load", load), ("lint", run_lint), ("check", check)]


def measure(size: int, folder: Path) -> dict[str, float]:
    """Seconds, findings and peak MB of each phase for a glossary of `size` terms."""
    glossary = generated_terms(size)
    source, target = generated_editions(glossary)
    path = folder / f"generated-{size}.yaml"
    path.write_text(render_glossary(glossary), "utf-8")
    del glossary
    figures: dict[str, float] = {"bytes": path.stat().st_size}
    held: dict[str, Any] = {}
    for _ in range(REPEATS):
        for name, phase in _phases(path, source, target):
            gc.collect()
            start = time.perf_counter()
            figures[f"{name} count"] = phase(held)
            seconds = time.perf_counter() - start
            figures[f"{name} s"] = min(seconds, figures.get(f"{name} s", seconds))
        held.clear()
    gc.collect()
    tracemalloc.start()
    for name, phase in _phases(path, source, target):
        tracemalloc.reset_peak()
        phase(held)
        figures[f"{name} MB"] = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return figures


def main() -> None:
    sizes = [int(argument) for argument in sys.argv[1:]] or list(SIZES)
    print(f"Python {sys.version.split()[0]}, one core, best of {REPEATS}; {PARAGRAPHS} "
          "paragraphs checked (en→ko) at every size\n")
    print("| terms | YAML (MB) | load (s) | lint (s) | lint findings | check (s) | "
          "check findings | load per 1,000 terms (s) | peak memory: load / lint / check (MB) |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            row = measure(size, Path(folder))
            print(f"| {size:,} | {row['bytes'] / 2**20:.1f} | {row['load s']:.2f} | "
                  f"{row['lint s']:.2f} | {row['lint count']:,.0f} | {row['check s']:.2f} | "
                  f"{row['check count']:,.0f} | {row['load s'] / size * 1000:.3f} | "
                  f"{row['load MB']:.0f} / {row['lint MB']:.0f} / {row['check MB']:.0f} |",
                  flush=True)


if __name__ == "__main__":
    main()
