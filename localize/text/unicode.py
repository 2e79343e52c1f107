"""Unicode normalisation for comparing texts: NFC, the composed form most tools write.

macOS tools write Hangul (and accented Latin) decomposed, NFD: `억` as three jamo. Texts
are compared in NFC so that the two forms of one text are equal; files keep the form they
were written in, since only copies are normalised.
"""

from __future__ import annotations

import sys
import unicodedata
from functools import cache

_HANGUL_VOWELS_AND_FINALS = ("\u1160", "\u11ff")


def to_nfc(text: str) -> str:
    """The text in NFC; the very same object when it already is (the common case)."""
    if unicodedata.is_normalized("NFC", text):
        return text
    return unicodedata.normalize("NFC", text)


@cache
def _second_starters() -> frozenset[str]:
    """Characters of combining class 0 that still compose with the character before them."""
    found = set()
    for code in range(sys.maxunicode + 1):
        parts = unicodedata.decomposition(chr(code)).split()
        if len(parts) == 2 and not parts[0].startswith("<"):
            second = chr(int(parts[1], 16))
            if not unicodedata.combining(second):
                found.add(second)
    return frozenset(found)


def _starts_cluster(character: str) -> bool:
    """True when NFC never joins this character to what precedes it."""
    if unicodedata.combining(character):
        return False
    if _HANGUL_VOWELS_AND_FINALS[0] <= character <= _HANGUL_VOWELS_AND_FINALS[1]:
        return False
    decomposed = unicodedata.normalize("NFD", character)
    return not unicodedata.combining(decomposed[0]) and character not in _second_starters()


def nfc_with_origins(text: str) -> tuple[str, list[int] | None]:
    """The text in NFC and, for each of its positions and its end, the position in `text` it
    comes from; None instead of the list when the text already is NFC (positions agree)."""
    if unicodedata.is_normalized("NFC", text):
        return text, None
    pieces: list[str] = []
    origins: list[int] = []
    start = 0
    for index in range(1, len(text) + 1):
        if index == len(text) or _starts_cluster(text[index]):
            piece = unicodedata.normalize("NFC", text[start:index])
            pieces.append(piece)
            origins.extend([start] * len(piece))
            start = index
    origins.append(len(text))
    normal = unicodedata.normalize("NFC", text)
    if "".join(pieces) != normal:  # a composition this rule does not know: positions are lost
        return normal, [0] * len(normal) + [len(text)]
    return normal, origins
