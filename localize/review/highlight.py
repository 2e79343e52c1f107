"""Spans worth a reviewer's eye in a text: numbers, names and glossary terms."""

from __future__ import annotations

import re
from dataclasses import dataclass

from localize.glossary import TermIndex
from localize.text.numbers import find_numbers

# A capitalised Latin word or run of them, not opening a sentence (`The`, `In`), and
# allowed to carry a Korean particle (`Okafor는`).
_NAME = re.compile(r"(?<![.!?:]\s)(?<!^)(?<![A-Za-z0-9])"
                   r"[A-Z][A-Za-z0-9]*(?:[ .-][A-Z][A-Za-z0-9]*)*(?![A-Za-z0-9])")


@dataclass(frozen=True)
class Mark:
    """A highlighted span: `number`, `term` or `name`."""

    kind: str
    start: int
    end: int


def marks(text: str, index: TermIndex | None = None) -> list[Mark]:
    """Non-overlapping marks in text order; terms win over names, numbers over both."""
    found = [Mark("number", number.start, number.end) for number in find_numbers(text)]
    if index is not None:
        found.extend(Mark("term", match.start, match.end) for match in index.find(text))
    found.extend(Mark("name", match.start(), match.end()) for match in _NAME.finditer(text)
                 if match.end() - match.start() > 1)
    chosen: list[Mark] = []
    for mark in found:  # earlier kinds first, so they win overlaps
        if all(mark.end <= other.start or mark.start >= other.end for other in chosen):
            chosen.append(mark)
    return sorted(chosen, key=lambda mark: mark.start)
