"""Segments: every piece of text a translator handles, with an id derived from its place.

Ids are stable across editions with the same structure:

| id            | what                                        |
| ------------- | ------------------------------------------- |
| `title`       | the title                                   |
| `s3.h`        | heading of section 3 (sections count from 1) |
| `s0.p1`       | first paragraph of the overview (section 0) |
| `s3.p2`       | second paragraph of section 3               |
| `s3.q1`       | first quote of section 3; `s3.q1.ctx` its context |
| `s5.i1`       | first plain bullet of section 5             |
| `s6.t2`       | second term of section 6; `s6.t2.desc` its description |
| `e4.name`     | name of the fourth entity of the document; `e4.desc` its description |
| `c12`         | twelfth cue of a transcript                 |

Blocks of one kind are counted apart, so adding a quote does not renumber paragraphs.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from pydantic import BaseModel, ConfigDict

from localize.document.model import (
    Block,
    BulletList,
    Document,
    Entity,
    Item,
    Paragraph,
    Quote,
    TermItem,
    Transcript,
)

SegmentKind = Literal[
    "title",
    "heading",
    "paragraph",
    "quote",
    "quote_context",
    "item",
    "term",
    "term_description",
    "entity_name",
    "entity_description",
    "cue",
]


class Segment(BaseModel):
    """A translatable piece of text and where it stands."""

    model_config = ConfigDict(frozen=True)

    id: str
    kind: SegmentKind
    text: str
    section: int | None
    """0 for the overview, 1.. for sections, None for the title and transcript cues."""


class _Counter:
    """Per-kind running numbers within one section."""

    def __init__(self) -> None:
        self.counts: dict[str, int] = {}

    def next(self, letter: str) -> int:
        self.counts[letter] = self.counts.get(letter, 0) + 1
        return self.counts[letter]


def _block_segments(
    blocks: list[Block], section: int, entity_numbers: Iterator[int]
) -> Iterator[Segment]:
    counter = _Counter()
    prefix = f"s{section}"
    for block in blocks:
        if isinstance(block, Paragraph):
            yield Segment(id=f"{prefix}.p{counter.next('p')}", kind="paragraph",
                          text=block.text, section=section)
        elif isinstance(block, Quote):
            number = counter.next("q")
            yield Segment(id=f"{prefix}.q{number}", kind="quote", text=block.text, section=section)
            if block.context:
                yield Segment(id=f"{prefix}.q{number}.ctx", kind="quote_context",
                              text=block.context, section=section)
        elif isinstance(block, BulletList):
            yield from _list_segments(block, prefix, section, counter, entity_numbers)


def _list_segments(
    block: BulletList, prefix: str, section: int, counter: _Counter, entity_numbers: Iterator[int]
) -> Iterator[Segment]:
    for item in block.items:
        if isinstance(item, Item):
            yield Segment(id=f"{prefix}.i{counter.next('i')}", kind="item",
                          text=item.text, section=section)
        elif isinstance(item, TermItem):
            number = counter.next("t")
            yield Segment(id=f"{prefix}.t{number}", kind="term", text=item.term, section=section)
            yield Segment(id=f"{prefix}.t{number}.desc", kind="term_description",
                          text=item.description, section=section)
        elif isinstance(item, Entity):
            number = next(entity_numbers)
            yield Segment(id=f"e{number}.name", kind="entity_name", text=item.name,
                          section=section)
            yield Segment(id=f"e{number}.desc", kind="entity_description",
                          text=item.description, section=section)


def _count_from_one() -> Iterator[int]:
    number = 0
    while True:
        number += 1
        yield number


def document_segments(document: Document) -> list[Segment]:
    """Every segment of a summary, in reading order."""
    entity_numbers = _count_from_one()
    found = [Segment(id="title", kind="title", text=document.title, section=None)]
    found.extend(_block_segments(document.overview, 0, entity_numbers))
    for number, section in enumerate(document.sections, start=1):
        found.append(Segment(id=f"s{number}.h", kind="heading", text=section.heading,
                             section=number))
        found.extend(_block_segments(section.blocks, number, entity_numbers))
    return found


def transcript_segments(transcript: Transcript) -> list[Segment]:
    """Every cue of a transcript as a segment (`c1`, `c2`, ...)."""
    return [Segment(id=f"c{number}", kind="cue", text=cue.text, section=None)
            for number, cue in enumerate(transcript.cues, start=1)]


def with_segment_texts(document: Document, texts: dict[str, str]) -> Document:
    """A copy of the document with the segments named in `texts` rewritten (the inverse of
    `document_segments`); ids it does not name keep their text."""
    copy = document.model_copy(deep=True)
    if "title" in texts:
        copy.title = texts["title"]
    entity_number = 0
    for number, blocks in enumerate([copy.overview, *(s.blocks for s in copy.sections)]):
        if number and f"s{number}.h" in texts:
            copy.sections[number - 1].heading = texts[f"s{number}.h"]
        counter = _Counter()
        for block in blocks:
            if isinstance(block, Paragraph):
                block.text = texts.get(f"s{number}.p{counter.next('p')}", block.text)
            elif isinstance(block, Quote):
                key = f"s{number}.q{counter.next('q')}"
                block.text = texts.get(key, block.text)
                if block.context:
                    block.context = texts.get(f"{key}.ctx", block.context)
            elif isinstance(block, BulletList):
                for item in block.items:
                    if isinstance(item, Item):
                        item.text = texts.get(f"s{number}.i{counter.next('i')}", item.text)
                    elif isinstance(item, TermItem):
                        key = f"s{number}.t{counter.next('t')}"
                        item.term = texts.get(key, item.term)
                        item.description = texts.get(f"{key}.desc", item.description)
                    elif isinstance(item, Entity):
                        entity_number += 1
                        item.name = texts.get(f"e{entity_number}.name", item.name)
                        item.description = texts.get(f"e{entity_number}.desc",
                                                     item.description)
    return copy
