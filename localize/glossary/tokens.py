"""Tokens for term matching: Latin words, single CJK characters, punctuation, spaces.

A Latin term matches whole words only because Latin words are whole tokens; a CJK term
matches anywhere because every CJK character is a token of its own; `강화 학습` and
`강화학습` differ because a run of spaces is a token too.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_TOKEN = re.compile(r"[A-Za-z0-9\u00C0-\u024F]+|\s+|.", re.S)
SPACE = " "


@dataclass(frozen=True, slots=True)
class Token:
    """One token: its matching key and where it stands in the text."""

    key: str
    start: int
    end: int
    latin: bool


def _key(text: str, case_sensitive: bool) -> str:
    if text.isspace():
        return SPACE
    normalised = unicodedata.normalize("NFKC", text)
    return normalised if case_sensitive else normalised.lower()


def _is_latin(text: str) -> bool:
    first = text[0]
    return (first.isascii() and first.isalnum()) or "\u00C0" <= first <= "\u024F"


def tokenize(text: str, case_sensitive: bool = False) -> list[Token]:
    """The tokens of a text, keys lowercased unless `case_sensitive`.

    A hyphen between two Latin words counts as a space: `open-source` is `open source`.
    """
    matches = list(_TOKEN.finditer(text))
    tokens = []
    for index, match in enumerate(matches):
        piece = match.group()
        key = _key(piece, case_sensitive)
        between_words = 0 < index < len(matches) - 1 and _is_latin(
            matches[index - 1].group()) and _is_latin(matches[index + 1].group())
        if piece == "-" and between_words:
            key = SPACE
        tokens.append(Token(key, match.start(), match.end(), _is_latin(piece)))
    return tokens


def term_keys(form: str, case_sensitive: bool) -> tuple[str, ...]:
    """The token keys of a term's written form."""
    return tuple(token.key for token in tokenize(form.strip(), case_sensitive))


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
