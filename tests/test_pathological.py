"""Pathological text can slow a command down but never hang it: every function that reads
user text (numbers, sentences, sentence gaps, markup, language detection, the glossary
matcher, the Markdown reader, the whole checker) meets 50 KB runs of what makes regular
expressions and parsers backtrack.

Each case runs in a forked child under a generous ceiling that only catches a hang (a
regular expression holds the GIL, so a thread could not be stopped); the time each takes,
and how it grows with the size, is measured by `bench/pathological.py`, not here.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import time
import traceback
from collections.abc import Callable
from functools import cache
from multiprocessing.connection import Connection
from pathlib import Path

import pytest

from localize.check import check_editions
from localize.check.checks.markup import markup_counts
from localize.check.sentence_gaps import sentence_gaps
from localize.detect import detect_text
from localize.document.model import Document, Paragraph, Section
from localize.errors import InputError
from localize.glossary import Glossary, TermIndex, load_glossary
from localize.readers import read_file
from localize.text.number_match import DAYS, RULES
from localize.text.number_types import Kind, Number
from localize.text.numbers import compare_numbers, find_numbers
from localize.text.sentences import split_sentences
from localize.translate.protect import Protector
from localize.writers import render_markdown

ROOT = Path(__file__).resolve().parent.parent
SIZE = 50_000
"""Characters of each pathological run."""
CEILING = 20.0
"""Seconds a case may take before it counts as a hang: a sanity bound, not a speed target."""
HEADING_LINES = 20_000


def _run(unit: str) -> Callable[[int], str]:
    def make(size: int) -> str:
        return (unit * (size // len(unit) + 1))[:size]
    return make


PATHOLOGICAL: dict[str, Callable[[int], str]] = {
    "[": _run("["),
    "[a](": _run("[a]("),
    "![": _run("!["),
    "*": _run("*"),
    "**": _run("**"),
    "_": _run("_"),
    "`": _run("`"),
    "<": _run("<"),
    "1,1,1": _run("1,"),
    "1 1 1": _run("1 "),
    "1.1.1.": _run("1."),
    "1-1-1": _run("1-"),
    "만만만": _run("만"),
    "1만 1만": _run("1만 "),
    "百百百": _run("百"),
    "十十十": _run("十"),
    "二十二十": _run("二十"),
    ". . .": _run(". "),
    "Mr. Mr.": _run("Mr. "),
    "U.S.U.S.": _run("U.S."),
    "long word": _run("a"),
    '"quotes"': _run('"'),
    "“curly”": _run("“”"),
    "mixed scripts": _run("a가中1 "),
    "⟦": _run("⟦"),
    "http://": _run("http://a."),
    "a-a-a": _run("a-"),
    "## [00:00] x lines": _run("## [00:00] x\n"),
}
"""Name → a text of `size` characters."""


def case_text(name: str, size: int = SIZE) -> str:
    """The input of a case: heading lines come 20,000 of them (260 KB), the rest 50 KB."""
    if name == "## [00:00] x lines" and size == SIZE:
        return "## [00:00] x\n" * HEADING_LINES
    return PATHOLOGICAL[name](size)


@cache
def _glossary() -> Glossary:
    return load_glossary(ROOT / "glossaries" / "ai-tech.yaml").glossary


def document(text: str, lang: str = "en") -> Document:
    """A small summary holding the text as a paragraph and as a heading."""
    flat = " ".join(text.split()) or "x"
    return Document(title="Pathological input", lang=lang, sections=[
        Section(timestamp="00:00", heading=flat[:200], blocks=[Paragraph(text=flat)]),
        Section(timestamp="01:00", heading="The rest", blocks=[
            Paragraph(text="A sentence with 42 numbers and Nvidia in it.")]),
    ])


def read_markdown(text: str, folder: Path) -> None:
    """Write the summary holding the text, and the raw text as a page, and read both back."""
    path = folder / "pathological.en.md"
    path.write_text(render_markdown(document(text)), encoding="utf-8")
    read_file(path)
    raw = folder / "raw.md"
    raw.write_text(f"# Pathological input\n\n{text}\n", encoding="utf-8")
    with contextlib.suppress(InputError):  # refusing it with one line is fine; hanging is not
        read_file(raw)


def check(text: str) -> None:
    """The whole checker on an English summary and a Korean edition carrying the text."""
    source = document(text)
    target = document("번역된 문단입니다. " + text[: len(text) // 2], "ko")
    check_editions(source, target, "en", "ko", _glossary())


SHIFTED = str.maketrans("0123456789", "1234567890")
"""Every digit another: no number of the source is in the target."""


def _names() -> list[str]:
    return [term.term for term in _glossary().terms if term.keep]


def _find_terms(text: str) -> None:
    for language in ("en", "ko", "zh"):
        TermIndex.of(_glossary(), language).find(text)


FUNCTIONS: dict[str, Callable[[str, Path], object]] = {
    "find_numbers": lambda text, _: find_numbers(text),
    "compare_numbers": lambda text, _: compare_numbers(text, text[: len(text) // 2]),
    "compare_numbers altered": lambda text, _: compare_numbers(text, text.translate(SHIFTED)),
    "split_sentences en": lambda text, _: split_sentences(text, "en"),
    "split_sentences ko": lambda text, _: split_sentences(text, "ko"),
    "split_sentences zh": lambda text, _: split_sentences(text, "zh"),
    "sentence_gaps": lambda text, _: sentence_gaps(text, text[: len(text) // 3], "en", "ko",
                                                   1.0),
    "markup_counts": lambda text, _: markup_counts(text),
    "detect_text": lambda text, _: detect_text(text),
    "glossary matcher": lambda text, _: _find_terms(text),
    "protect": lambda text, _: Protector([*_names(), "Mr. Mr"]).protect(text),
    "read markdown": read_markdown,
    "check_editions": lambda text, _: check(text),
}

def _child(function: str, text: str, folder: Path, answer: Connection) -> None:
    try:
        start = time.perf_counter()
        FUNCTIONS[function](text, folder)
        answer.send(("ok", time.perf_counter() - start))
    except BaseException:  # reported to the parent, whatever it is
        answer.send(("error", traceback.format_exc(limit=4)))


def run_case(function: str, text: str, folder: Path, ceiling: float = CEILING
             ) -> float | None:
    """Seconds the function took on the text in a forked child; None past the ceiling."""
    context = multiprocessing.get_context("fork")
    receiving, sending = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(function, text, folder, sending),
                              daemon=True)
    process.start()
    sending.close()
    try:
        if not receiving.poll(ceiling):
            return None
        status, value = receiving.recv()
    finally:
        if process.is_alive():
            process.kill()
        process.join()
    assert status == "ok", f"{function} raised on it:\n{value}"
    assert isinstance(value, float)
    return value


@pytest.mark.parametrize("name", list(PATHOLOGICAL))
@pytest.mark.parametrize("function", list(FUNCTIONS))
def test_pathological_input_does_not_hang(function: str, name: str, tmp_path: Path) -> None:
    text = case_text(name, SIZE)
    took = run_case(function, text, tmp_path)
    assert took is not None, f"{function} on {len(text):,} characters of {name!r} ran past " \
                             f"{CEILING:.0f}s"


def test_the_table_is_what_it_says() -> None:
    for name, make in PATHOLOGICAL.items():
        assert len(make(SIZE)) == SIZE, name
    assert case_text("## [00:00] x lines").count("\n") == HEADING_LINES


def test_no_plausibility_rule_relates_two_plain_counts() -> None:
    """What lets the number matcher skip comparing plain counts pairwise (linear time)."""
    values = [0.0, 0.5, 1.0, 2.0, 3.0, 10.0, 12.0, 19.0, 20.0, 100.0, 1980.0, 2000.0]
    units = ["", *[unit for unit in ("age-decade", "x") if unit not in DAYS]]
    plain = [Number(value, Kind.PLAIN, 0, 1, text, unit=unit)
             for value in values for unit in units for text in ("1", "2倍")]
    for rule in RULES:
        assert not [(a, b) for a in plain for b in plain if rule(a, b)], rule.__name__
