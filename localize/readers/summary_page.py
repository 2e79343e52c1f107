"""The flattened summary page: many summaries on one page, each body on one line.

Layout (CONVENTIONS section 2): lines of site chrome, then for each summary a title line
and one line with the whole body, Markdown inline. Any line that is neither a body nor the
title right before one is chrome and is dropped.
"""

from __future__ import annotations

import re

from localize.detect import detect_document
from localize.document.model import Block, BulletList, Document, Paragraph, Section
from localize.errors import InputError
from localize.readers.blocks import attach_quote_times, parse_item, parse_quote
from localize.readers.flattened import Piece, split_paragraphs, split_pieces
from localize.readers.headings import PageStatistics, split_heading
from localize.text.script import guess_language
from localize.text.timestamps import TIMESTAMP_PATTERN, is_timestamp

_INLINE_SECTION = re.compile(rf"(?:^|\s)## (?:\[{TIMESTAMP_PATTERN}\]|\S)")
_TIMED = re.compile(rf"^\[(?P<ts>{TIMESTAMP_PATTERN})\]\s*(?P<prefix>[–—-]\s+)?(?P<rest>.*)$", re.S)


def is_flattened_body(line: str) -> bool:
    """A line holding a whole summary body: it has a section marker after other text."""
    stripped = line.strip()
    return bool(_INLINE_SECTION.search(stripped)) and not stripped.startswith("## ")


def find_summaries(text: str) -> list[tuple[str, str]]:
    """(title, body) pairs of a page, chrome dropped."""
    lines = text.split("\n")
    found: list[tuple[str, str]] = []
    for index, line in enumerate(lines):
        if not is_flattened_body(line):
            continue
        title = ""
        for previous in reversed(lines[:index]):
            if previous.strip():
                title = previous.strip() if not is_flattened_body(previous) else ""
                break
        found.append((title, line.strip()))
    return found


class _Builder:
    """Collects pieces of one body into a document."""

    def __init__(self, title: str, lang: str | None) -> None:
        self.document = Document(title=title, lang=lang)
        self.lang = lang

    @property
    def blocks(self) -> list[Block]:
        sections = self.document.sections
        return sections[-1].blocks if sections else self.document.overview

    def add_text(self, text: str) -> None:
        for paragraph in split_paragraphs(text, self.lang):
            self.blocks.append(Paragraph(text=paragraph))

    def add_item(self, text: str) -> None:
        blocks = self.blocks
        if not blocks or not isinstance(blocks[-1], BulletList):
            blocks.append(BulletList(items=[]))
        last = blocks[-1]
        assert isinstance(last, BulletList)
        last.items.append(parse_item(text))

    def add_heading(self, text: str, statistics: PageStatistics) -> None:
        timed = _TIMED.match(text)
        timestamp = timed.group("ts") if timed else None
        if timestamp is not None and not is_timestamp(timestamp):
            raise InputError(None, f"section time [{timestamp}] is not a time (minutes and "
                                   "seconds run to 59)")
        prefix = (timed.group("prefix") or "") if timed else ""
        rest = timed.group("rest") if timed else text
        split = split_heading(rest, self.lang, statistics)
        self.document.sections.append(Section(
            timestamp=timestamp, heading=split.heading, heading_prefix=prefix,
            heading_uncertain=split.uncertain))
        self.add_text(split.rest)

    def finish(self) -> Document:
        self.document.overview = attach_quote_times(self.document.overview)
        for section in self.document.sections:
            section.blocks = attach_quote_times(section.blocks)
        return self.document


def page_statistics(bodies: list[str]) -> PageStatistics:
    """Word statistics of every piece of text on the page, one piece at a time."""
    return PageStatistics(piece.text for body in bodies for piece in split_pieces(body))


def parse_flattened(title: str, body: str, statistics: PageStatistics | None = None) -> Document:
    """One summary from its title and flattened body."""
    pieces = list(split_pieces(body))
    if statistics is None:
        statistics = page_statistics([body])
    # The script mix is enough to choose the splitting rules; the segments vote afterwards.
    builder = _Builder(title, guess_language(f"{title} {body}"))
    for piece in pieces:
        _add_piece(builder, piece, statistics)
    document = builder.finish()
    document.lang = detect_document(document).lang
    return document


def _add_piece(builder: _Builder, piece: Piece, statistics: PageStatistics) -> None:
    if piece.kind == "text":
        builder.add_text(piece.text)
    elif piece.kind == "heading":
        builder.add_heading(piece.text, statistics)
    elif piece.kind == "quote":
        builder.blocks.append(parse_quote(piece.text))
    else:
        builder.add_item(piece.text)


def parse_summary_page(text: str, path: str | None = None) -> list[Document]:
    """Every summary of a flattened page, in page order."""
    summaries = find_summaries(text)
    if not summaries:
        raise InputError(path, "no flattened summary found (no line with inline '## ' sections)")
    statistics = page_statistics([body for _, body in summaries])
    body_lines = [number for number, line in enumerate(text.split("\n"), start=1)
                  if is_flattened_body(line)]
    documents = []
    for (title, body), line in zip(summaries, body_lines, strict=True):
        try:
            document = parse_flattened(title or "Untitled", body, statistics)
        except InputError as error:  # the builder knows the problem, not the file or line
            raise InputError(path, error.problem, line=line) from None
        documents.append(document)
    return documents
