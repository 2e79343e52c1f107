"""Word-by-word (Latin) and character-by-character (CJK) differences between two versions."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

_TOKEN = re.compile(r"[A-Za-z0-9\u00C0-\u024F'’]+|\s+|.", re.S)


@dataclass(frozen=True)
class Piece:
    """A run of text that is `same`, `removed` (only in the old) or `added` (only in the new)."""

    kind: str
    text: str


def tokens(text: str) -> list[str]:
    """Latin words whole, every other character (CJK included) on its own, spaces kept."""
    return _TOKEN.findall(text)


def word_diff(old: str, new: str) -> list[Piece]:
    """The pieces that turn `old` into `new`."""
    left, right = tokens(old), tokens(new)
    pieces: list[Piece] = []
    matcher = difflib.SequenceMatcher(a=left, b=right, autojunk=False)
    for operation, a_start, a_end, b_start, b_end in matcher.get_opcodes():
        if operation == "equal":
            pieces.append(Piece("same", "".join(left[a_start:a_end])))
            continue
        if a_end > a_start:
            pieces.append(Piece("removed", "".join(left[a_start:a_end])))
        if b_end > b_start:
            pieces.append(Piece("added", "".join(right[b_start:b_end])))
    return pieces
