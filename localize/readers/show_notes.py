"""Show notes: a title, chrome, overview paragraphs, then labelled lists.

    Title
    Audio Brief                      <- chrome (short lines before the first paragraph)
    Overview paragraph...
    Key Concepts                     <- a label: a line followed by `- ` bullets
    - Term: description
    Quotes
    - At 0:02:44 - "text" - Speaker, context
"""

from __future__ import annotations

import re
from itertools import pairwise

from localize.detect import detect_document
from localize.document.model import Block, BulletList, Document, Paragraph, Quote, Section
from localize.errors import InputError
from localize.readers.blocks import parse_item
from localize.readers.chrome import is_label_like
from localize.text.timestamps import TIMESTAMP_PATTERN, is_timestamp

_QUOTE_ITEM = re.compile(
    rf'^At (?P<time>{TIMESTAMP_PATTERN})\s*[-–—]\s*[“"](?P<text>.+)[”"]\s*[-–—]\s*(?P<who>.+)$'
)


def looks_like_show_notes(lines: list[str]) -> bool:
    """At least two labels, each followed by bullets."""
    labels = sum(1 for line, following in pairwise(lines)
                 if line.strip() and not line.startswith("- ") and following.startswith("- "))
    return labels >= 2


def parse_quote_item(content: str) -> Quote | None:
    """`At 0:02:44 - "text" - Speaker, context` as a quote; None when it is not that shape."""
    match = _QUOTE_ITEM.match(content.strip())
    if match is None:
        return None
    if not is_timestamp(match.group("time")):
        raise InputError(None, f"quote time {match.group('time')} is not a time (minutes and "
                               "seconds run to 59)")
    speaker, _, context = match.group("who").partition(", ")
    return Quote(text=match.group("text").strip(), time=match.group("time"),
                 speaker=speaker.strip() or None, context=context.strip() or None)


def _section_blocks(bullets: list[tuple[int, str]], path: str | None) -> list[Block]:
    blocks: list[Block] = []
    for line, bullet in bullets:
        try:
            quote = parse_quote_item(bullet)
        except InputError as error:
            raise InputError(path, error.problem, line=line) from None
        if quote is not None:
            blocks.append(quote)
            continue
        if not blocks or not isinstance(blocks[-1], BulletList):
            blocks.append(BulletList(items=[]))
        last = blocks[-1]
        assert isinstance(last, BulletList)
        last.items.append(parse_item(bullet))
    return blocks


def parse_show_notes(text: str, path: str | None = None) -> Document:
    """One summary from show notes; chrome lines between title and overview are dropped."""
    lines = [line.rstrip() for line in text.split("\n")]
    numbered = [(number, line) for number, line in enumerate(lines, start=1) if line.strip()]
    content = [line for _, line in numbered]
    if len(content) < 3:
        raise InputError(path, "show notes need a title, an overview and labelled lists")
    title = content[0].strip()
    document = Document(title=title)
    index = 1
    while index < len(content) and is_label_like(content[index]) and not (
            index + 1 < len(content) and content[index + 1].startswith("- ")):
        index += 1  # chrome: `Audio Brief`, `Show transcript`
    bullets: list[tuple[int, str]] = []
    section: Section | None = None
    for number, line in numbered[index:]:
        if line.startswith("- "):
            bullets.append((number, line[2:]))
            continue
        if section is not None:
            section.blocks = _section_blocks(bullets, path)
        bullets = []
        if section is None and not is_label_like(line, max_words=6):
            document.overview.append(Paragraph(text=line.strip()))
            continue
        section = Section(heading=line.strip())
        document.sections.append(section)
    if section is not None:
        section.blocks = _section_blocks(bullets, path)
    document.lang = detect_document(document).lang
    return document
