"""Line breaking for the terminal review: Latin text between words, CJK between any two
characters, a word wider than the line folded; nothing is ever dropped but the spaces a
line breaks at."""

from __future__ import annotations

import re
import unicodedata

from rich.cells import cell_len
from rich.text import Text

_TOKEN = re.compile(r"\s+|[^\s]")


def _wide(character: str) -> bool:
    return unicodedata.east_asian_width(character) in ("W", "F")


def _tokens(line: str) -> list[tuple[int, int]]:
    """Spans of unbreakable pieces: a run of spaces, a wide (CJK) character, or a run of
    other characters (a Latin word with its punctuation)."""
    spans: list[tuple[int, int]] = []
    for match in _TOKEN.finditer(line):
        start, end = match.span()
        piece = match.group()
        joins = (spans and not piece.isspace() and not _wide(piece)
                 and spans[-1][1] == start and not line[spans[-1][0]].isspace()
                 and not _wide(line[start - 1]))
        if joins:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def _fold(line: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    """A piece wider than the line, cut between characters."""
    pieces, begin, used = [], start, 0
    for position in range(start, end):
        size = cell_len(line[position])
        if used + size > width and position > begin:
            pieces.append((begin, position))
            begin, used = position, 0
        used += size
    pieces.append((begin, end))
    return pieces


def line_spans(line: str, width: int) -> list[tuple[int, int]]:
    """Where one line of text (no line break in it) breaks at `width` cells: (start, end)
    of each screen line; the spaces at a break are left out."""
    width = max(width, 2)  # a wide character needs two cells
    lines: list[tuple[int, int]] = []
    start: int | None = None
    end, used = 0, 0
    for token_start, token_end in _tokens(line):
        piece = line[token_start:token_end]
        size = cell_len(piece)
        if piece.isspace():
            if start is not None:
                used += size  # kept only when a word follows on the same line
            continue
        if start is not None and used + size <= width:
            end, used = token_end, used + size
            continue
        if start is not None:
            lines.append((start, end))
        if size > width:
            *full, (start, end) = _fold(line, token_start, token_end, width)
            lines.extend(full)
            used = cell_len(line[start:end])
        else:
            start, end, used = token_start, token_end, size
    if start is not None:
        lines.append((start, end))
    return lines or [(0, 0)]


def wrap(text: Text, width: int) -> list[Text]:
    """Styled text as screen lines of at most `width` cells (line breaks kept)."""
    result: list[Text] = []
    for line in text.split("\n", allow_blank=True):
        for start, end in line_spans(line.plain, width):
            result.append(line[start:end])
    return result
