"""Tokens for term matching: Latin words, single CJK characters, punctuation, spaces.

A Latin term matches whole words only because Latin words are whole tokens; a CJK term
matches anywhere because every CJK character is a token of its own; `강화 학습` and
`강화학습` differ because a run of spaces is a token too.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from itertools import accumulate

_TOKEN = re.compile(r"[A-Za-z0-9\u00C0-\u024F]+|\s+|.", re.S)
SPACE = " "


@dataclass(frozen=True, slots=True)
class Tokens:
    """The tokens of a text as parallel lists: keys case-folded and as written, and
    positions. Lists of plain values, because matching walks every
    token of every text and objects per token cost more than the matching itself."""

    keys: list[str]
    exact: list[str]
    starts: list[int]
    ends: list[int]

    def __len__(self) -> int:
        return len(self.keys)


def is_latin(piece: str) -> bool:
    """A Latin word (letters or digits, accented letters included)."""
    first = piece[:1]
    return (first.isascii() and first.isalnum()) or "\u00C0" <= first <= "\u024F"


def tokenize(text: str) -> Tokens:
    """The tokens of a text with both keys: lowercased, and as written.

    A hyphen between two Latin words counts as a space: `open-source` is `open source`.
    """
    pieces = _TOKEN.findall(text)
    exact = [SPACE if piece.isspace() else piece if piece.isascii() else
             unicodedata.normalize("NFKC", piece) for piece in pieces]
    last = len(pieces) - 1
    for index in range(1, last):
        if pieces[index] == "-" and is_latin(pieces[index - 1]) and is_latin(pieces[index + 1]):
            exact[index] = SPACE
    ends = list(accumulate(map(len, pieces)))
    starts = [0, *ends[:-1]] if ends else []
    return Tokens([key.lower() for key in exact], exact, starts, ends)


def term_keys(form: str, case_sensitive: bool) -> tuple[str, ...]:
    """The token keys of a term's written form."""
    tokens = tokenize(form.strip())
    return tuple(tokens.exact if case_sensitive else tokens.keys)


def english_bases(word: str) -> list[str]:
    """Forms an inflected English word may come from: `agents` → `agent`, `companies` →
    `company`, `boxes` → `box`. Only plural endings; the possessive `'s` is its own token."""
    bases = []
    if len(word) > 3 and word.endswith("ies"):
        bases.append(word[:-3] + "y")
    if len(word) > 3 and word.endswith("es"):
        bases.append(word[:-2])
    if len(word) > 2 and word.endswith("s") and not word.endswith("ss"):
        bases.append(word[:-1])
    return bases
