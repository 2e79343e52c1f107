"""Spans worth a reviewer's eye in a text: numbers (with their unit or currency), names and
glossary terms."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from localize.glossary import TermIndex
from localize.text.numbers import find_numbers

_LETTER = "A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
# `O'Neil` is one word; the possessive of `Lumora's` is not part of the name.
_WORD = re.compile(rf"[{_LETTER}]+(?:[’'](?![sS](?![{_LETTER}]))[{_LETTER}]+)?")
# Capitalised words joined by one space, a hyphen or a dot form one name (`Tomás Ibáñez`,
# `Jean-Luc`, `U.S`); a Korean particle after the last word is not part of it.
_JOINERS = (" ", "-", ".")
_SENTENCE_END = re.compile(r"[.!?:;。！？]\s*[\"'“‘(「『]*$")
_OPENING_WORDS = frozenset(
    "A An And As At But By For From He Her His However I If In It Its Of On Or Our She So "
    "That The Their Then There These They This Those To We When While With".split())
"""Capitalised words that open English sentences far more often than they name anything."""

_CURRENCY_BEFORE = re.compile(r"(?:US|A|C|HK|S|NZ)?[$€£¥₩]\s?$|(?:USD|EUR|KRW|CNY|JPY)\s$")
_UNIT_AFTER = re.compile(
    r"\s?(?:%|퍼센트|달러|원|엔|위안|유로|파운드|美元|元|欧元|日元|韩元|英镑|倍|배|"
    r"건|명|곳|개|个|家|名|nm|纳米|나노미터|GB|TB|MB|GHz|MHz|ms|W|kW|MW|GW)(?![A-Za-z])"
    r"|\s(?:dollars?|euros?|won|yen|yuan|pounds?|percent|nanometers?|tokens?)\b"
    r"|(?:x|×)(?![A-Za-z])")

TITLE_CASE = ("title", "heading")
"""Parts often written in Title Case, where a capital does not make a name."""


@dataclass(frozen=True)
class Mark:
    """A highlighted span: `number`, `term` or `name`."""

    kind: str
    start: int
    end: int


def _mostly_latin(text: str) -> bool:
    letters = [character for character in text if character.isalpha()]
    latin = sum(1 for character in letters if character.isascii() or "\u00c0" <= character
                <= "\u024f")
    return latin * 2 >= len(letters)


def _name_runs(text: str) -> list[tuple[int, int]]:
    """Runs of capitalised words; in Latin prose a single one opening a sentence is left
    out (`The`), and an opening function word is dropped from a longer run (`In Lumora`)."""
    latin = _mostly_latin(text)
    runs: list[list[re.Match[str]]] = []
    for match in _WORD.finditer(text):
        word = match.group()
        if not word[0].isupper():
            runs.append([])
            continue
        previous = runs[-1][-1] if runs and runs[-1] else None
        if previous is not None and text[previous.end():match.start()] in _JOINERS:
            runs[-1].append(match)
        else:
            runs.append([match])
    spans = []
    for run in runs:
        while run and run[0].group() in _OPENING_WORDS:
            run = run[1:]
        if not run:
            continue
        start, end = run[0].start(), run[-1].end()
        opens_sentence = start == 0 or bool(_SENTENCE_END.search(text[:start])) or \
            text[:start].strip() == ""
        if latin and opens_sentence and len(run) == 1 and run[0].start() == start:
            continue  # `Developers do not choose`: a capital that only opens a sentence
        if end - start > 1:
            spans.append((start, end))
    return spans


def _known(text: str, names: Iterable[str]) -> list[tuple[int, int]]:
    """Every occurrence of a known name (an entity's), whole, wherever it stands."""
    spans = []
    for name in sorted(set(names), key=len, reverse=True):
        if len(name) < 2:
            continue
        for match in re.finditer(rf"(?<![{_LETTER}]){re.escape(name)}(?![{_LETTER}])", text):
            spans.append((match.start(), match.end()))
    return spans


def _with_unit(text: str, start: int, end: int) -> tuple[int, int]:
    """A number's span grown to take in its currency sign before and its unit after."""
    before = _CURRENCY_BEFORE.search(text[max(0, start - 4):start])
    if before:
        start -= len(before.group())
    after = _UNIT_AFTER.match(text, end)
    if after:
        end = after.end()
    return start, end


def marks(text: str, index: TermIndex | None = None, names: Iterable[str] = (),
          guess_names: bool = True) -> list[Mark]:
    """Non-overlapping marks in text order; numbers win over terms, terms over names.
    `guess_names` off (a title in Title Case) marks only the known names."""
    found = [Mark("number", *_with_unit(text, number.start, number.end))
             for number in find_numbers(text)]
    if index is not None:
        found.extend(Mark("term", match.start, match.end) for match in index.find(text))
    found.extend(Mark("name", start, end) for start, end in _known(text, names))
    if guess_names:
        found.extend(Mark("name", start, end) for start, end in _name_runs(text))
    chosen: list[Mark] = []
    for mark in found:  # earlier kinds first, so they win overlaps
        if all(mark.end <= other.start or mark.start >= other.end for other in chosen):
            chosen.append(mark)
    return sorted(chosen, key=lambda mark: mark.start)
