"""Writing systems: which script a character belongs to, and a document language from scripts.

This is the cheap, deterministic core that language detection builds on: Hangul means
Korean, Han without Hangul or kana means Chinese, Latin letters alone mean English here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

HANGUL_RANGES = ((0xAC00, 0xD7A3), (0x1100, 0x11FF), (0x3130, 0x318F))
HAN_RANGES = ((0x4E00, 0x9FFF), (0x3400, 0x4DBF), (0xF900, 0xFAFF), (0x20000, 0x2A6DF))
KANA_RANGES = ((0x3040, 0x309F), (0x30A0, 0x30FF))


def _within(code: int, ranges: Iterable[tuple[int, int]]) -> bool:
    return any(low <= code <= high for low, high in ranges)


def script_of(character: str) -> str:
    """`hangul`, `han`, `kana`, `latin`, `digit` or `other` (spaces, punctuation, symbols)."""
    code = ord(character)
    if code < 0x80:
        if character.isalpha():
            return "latin"
        return "digit" if character.isdigit() else "other"
    if _within(code, HANGUL_RANGES):
        return "hangul"
    if _within(code, HAN_RANGES):
        return "han"
    if _within(code, KANA_RANGES):
        return "kana"
    if character.isalpha():
        return "latin" if code < 0x250 else "other"
    return "other"


def is_cjk(character: str) -> bool:
    """True for Hangul, Han and kana characters."""
    return script_of(character) in ("hangul", "han", "kana")


def script_counts(text: str) -> Counter[str]:
    """How many characters of each script the text has."""
    return Counter(script_of(character) for character in text)


def guess_language(text: str) -> str | None:
    """`ko`, `zh` or `en` from the mix of scripts; None when the text has no letters.

    Korean and Chinese prose carry many Latin names and terms, so any real share of Hangul
    or Han decides over Latin.
    """
    counts = script_counts(text)
    letters = counts["hangul"] + counts["han"] + counts["kana"] + counts["latin"]
    if not letters:
        return None
    if counts["hangul"] >= 0.1 * letters:
        return "ko"
    if counts["han"] >= 0.1 * letters and counts["kana"] < 0.1 * counts["han"]:
        return "zh"
    if counts["latin"] >= 0.5 * letters:
        return "en"
    return None


def join_lines(lines: list[str]) -> str:
    """Join wrapped lines of one block: with a space, except between two Han characters."""
    joined = ""
    for line in (line.strip() for line in lines):
        if not line:
            continue
        if joined and not (script_of(joined[-1]) == "han" and script_of(line[0]) == "han"):
            joined += " "
        joined += line
    return joined
