"""The segment map: one walk over a document yields every addressable unit, and every
translatable piece of text (a *segment*) is a part of a unit.

Everything that needs ids derives them from this walk: `document_segments` (translation,
detection), `with_segment_texts` (building an edition), the checker's alignment units and
text pairs, and the review. Ids are parsed and formatted by `localize.document.ids`.

Blocks of one kind are counted apart within a section, so adding a quote does not renumber
paragraphs; entities are counted through the whole document, overview included.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict

from localize.document.ids import UNIT_LETTERS, Part, SegmentId
from localize.document.model import (
    Block,
    BulletList,
    Document,
    Entity,
    Item,
    Paragraph,
    Quote,
    Section,
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
    "entity_type",
    "entity_description",
    "cue",
]
UnitKind = Literal["title", "heading", "paragraph", "quote", "item", "term", "entity"]
Node = Document | Section | Paragraph | Quote | Item | TermItem | Entity


class Segment(BaseModel):
    """A translatable piece of text and where it stands."""

    model_config = ConfigDict(frozen=True)

    id: str
    kind: SegmentKind
    text: str
    section: int | None
    """0 for the overview, 1.. for sections, None for the title and transcript cues."""


@dataclass(frozen=True)
class Slot:
    """One part of a unit that holds text: its id part, its segment kind, its attribute."""

    part: Part | None
    kind: SegmentKind
    attribute: str


_SLOTS: dict[UnitKind, tuple[Slot, ...]] = {
    "title": (Slot(None, "title", "title"),),
    "heading": (Slot(None, "heading", "heading"),),
    "paragraph": (Slot(None, "paragraph", "text"),),
    "quote": (Slot(None, "quote", "text"), Slot("ctx", "quote_context", "context")),
    "item": (Slot(None, "item", "text"),),
    "term": (Slot(None, "term", "term"), Slot("desc", "term_description", "description")),
    "entity": (Slot("name", "entity_name", "name"), Slot("type", "entity_type", "type"),
               Slot("desc", "entity_description", "description")),
}
_KINDS: dict[type, UnitKind] = {Paragraph: "paragraph", Quote: "quote", Item: "item",
                                TermItem: "term", Entity: "entity"}


@dataclass(frozen=True)
class Unit:
    """A title, heading, block or list entry, with its id, section and model node."""

    id: SegmentId
    kind: UnitKind
    section: int | None
    """0 for the overview, 1.. for sections, None for the title."""
    node: Node

    @property
    def slots(self) -> tuple[Slot, ...]:
        """The parts of this unit that hold text (a quote's context only when it has one)."""
        return tuple(slot for slot in _SLOTS[self.kind]
                     if slot.part != "ctx" or getattr(self.node, slot.attribute))

    def text_of(self, slot: Slot) -> str:
        """The text one slot holds."""
        return str(getattr(self.node, slot.attribute))

    @property
    def text(self) -> str:
        """The unit's main prose: a term's or entity's description, otherwise its text."""
        slot = next((s for s in self.slots if s.part == "desc"), self.slots[0])
        return self.text_of(slot)

    def segments(self) -> list[Segment]:
        """The unit's segments, in order."""
        return [Segment(id=str(self.id.with_part(slot.part)), kind=slot.kind,
                        text=self.text_of(slot), section=self.section) for slot in self.slots]


def _block_units(blocks: list[Block], section: int, entities: Iterator[int]) -> Iterator[Unit]:
    counts: dict[str, int] = {}
    for block in blocks:
        nodes = block.items if isinstance(block, BulletList) else [block]
        for node in nodes:
            kind = _KINDS[type(node)]
            letter = UNIT_LETTERS[kind]
            if letter == "e":
                unit_id = SegmentId("e", number=next(entities))
            else:
                counts[letter] = counts.get(letter, 0) + 1
                unit_id = SegmentId(letter, section, counts[letter])
            yield Unit(unit_id, kind, section, node)


def _count_from_one() -> Iterator[int]:
    number = 0
    while True:
        number += 1
        yield number


def document_units(document: Document) -> Iterator[Unit]:
    """Every unit of a summary in reading order: the title, then the overview's blocks,
    then each section's heading and blocks."""
    entities = _count_from_one()
    yield Unit(SegmentId.title(), "title", None, document)
    yield from _block_units(document.overview, 0, entities)
    for number, section in enumerate(document.sections, start=1):
        yield Unit(SegmentId.heading(number), "heading", number, section)
        yield from _block_units(section.blocks, number, entities)


def section_units(document: Document) -> dict[int, list[Unit]]:
    """The block units of each section (0 is the overview), headings and title left out."""
    found: dict[int, list[Unit]] = {number: [] for number in range(len(document.sections) + 1)}
    for unit in document_units(document):
        if unit.section is not None and unit.kind != "heading":
            found[unit.section].append(unit)
    return found


def document_segments(document: Document) -> list[Segment]:
    """Every segment of a summary, in reading order."""
    return [segment for unit in document_units(document) for segment in unit.segments()]


def transcript_segments(transcript: Transcript) -> list[Segment]:
    """Every cue of a transcript as a segment (`c1`, `c2`, ...)."""
    return [Segment(id=str(cue_id(number)), kind="cue", text=cue.text, section=None)
            for number, cue in enumerate(transcript.cues, start=1)]


def cue_id(number: int) -> SegmentId:
    """The id of a transcript's cue `number` (counted from 1)."""
    return SegmentId("c", number=number)


def with_segment_texts(document: Document, texts: dict[str, str]) -> Document:
    """A copy of the document with the segments named in `texts` rewritten (the inverse of
    `document_segments`); ids it does not name keep their text."""
    copy = document.model_copy(deep=True)
    for unit in document_units(copy):
        for slot in unit.slots:
            segment_id = str(unit.id.with_part(slot.part))
            if segment_id in texts:
                setattr(unit.node, slot.attribute, texts[segment_id])
    return copy
