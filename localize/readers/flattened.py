"""Splitting a flattened summary body (one line, Markdown inline) back into blocks.

Web pages that show a summary as one run of text keep the Markdown markers (`## [00:03]`,
`> *...*`, `- **Name**`) but lose the line breaks. This module finds the markers again and
yields raw pieces; `localize.readers.headings` recovers where each heading ends.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from localize.text.timestamps import TIMESTAMP_PATTERN

# What may follow a quote's closing `*`: ` — Speaker, context [12:30]`, ` [12:30]`, or
# ` — Speaker` right before the next marker. Without the time or a marker, where a speaker
# ends and the next paragraph begins cannot be told, so it is left to the paragraph.
_ATTRIBUTION = re.compile(
    rf"^(?:\s*[—–]\s*[^\[\]*#>]{{1,160}}?)?\s*\[(?:{TIMESTAMP_PATTERN}|\d{{1,3}},\s*\d{{1,2}})\]"
    r"|^\s*[—–]\s*[^\[\]*#>]{1,80}?(?=\s+(?:## |> \*|- \*\*)|\s*$)"
)
_MARKER = re.compile(r"(?:(?<=\s)|^)(?P<marker>## |> \*|- \*\*)")
# A paragraph break survives flattening in Chinese: a space after full stop, where none is written.
_ZH_PARAGRAPH_BREAK = re.compile(r"(?<=[。！？])\s+(?=\S)")


@dataclass(frozen=True)
class Piece:
    """A raw piece of a flattened body: `text`, `heading`, `quote` or `item`."""

    kind: str
    text: str


def _closes(body: str, position: int) -> bool:
    after = body[position + 1 : position + 2]
    return after == "" or after.isspace() or (not after.isalnum() and after != "*")


def _quote_end(body: str, start: int) -> int:
    """Index of the closing `*` of a quote opened at `start` (the `*`), or -1.

    A quote in quotation marks closes at the mark followed by `*`; any other closes at the
    first `*` after a non-space that is not followed by a letter, digit or another `*`.
    """
    opening = body[start + 1 : start + 2]
    if opening in ('"', "“"):
        closing = '"*' if opening == '"' else "”*"
        position = body.find(closing, start + 2)
        while position >= 0:
            if _closes(body, position + 1):
                return position + 1
            position = body.find(closing, position + 1)
    position = start + 1
    while True:
        position = body.find("*", position)
        if position < 0:
            return -1
        if position > start + 1 and not body[position - 1].isspace() and _closes(body, position):
            return position
        position += 1


def split_pieces(body: str) -> Iterator[Piece]:
    """Yield the pieces of a flattened body in order."""
    position = 0
    while position < len(body):
        match = _MARKER.search(body, position)
        if match is None:
            yield from _text_piece(body[position:])
            return
        yield from _text_piece(body[position : match.start()])
        marker = match.group("marker")
        if marker == "> *":
            star = match.end() - 1
            end = _quote_end(body, star)
            if end >= 0:
                attribution = _ATTRIBUTION.match(body[end + 1 :])
                stop = end + 1 + (attribution.end() if attribution else 0)
                yield Piece("quote", body[star:stop].strip())
                position = stop
                continue
            yield Piece("quote", body[star:].rstrip() + "*")
            return
        following = _MARKER.search(body, match.end())
        stop = following.start() if following else len(body)
        kind = "heading" if marker == "## " else "item"
        start = match.end() if kind == "heading" else match.start() + 2
        yield Piece(kind, body[start:stop].strip())
        position = stop


def _text_piece(text: str) -> Iterator[Piece]:
    if text.strip():
        yield Piece("text", text.strip())


def split_paragraphs(text: str, lang: str | None) -> list[str]:
    """Paragraphs of a run of prose; only Chinese keeps a trace of its paragraph breaks."""
    if lang == "zh":
        return [part.strip() for part in _ZH_PARAGRAPH_BREAK.split(text) if part.strip()]
    return [text.strip()] if text.strip() else []
