"""Every pair of texts two aligned editions share: title, headings, units and their parts."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from localize.check.align import Alignment, SectionPair, UnitPair
from localize.document.ids import SegmentId
from localize.document.model import Entity
from localize.document.segments import SegmentKind

NAME_KINDS: tuple[SegmentKind, ...] = ("entity_name", "term")
"""Segment kinds that hold a name or a term rather than prose."""


@dataclass(frozen=True)
class TextPair:
    """A source text and its target, with the segment id and section they belong to."""

    segment: str
    kind: SegmentKind
    section: int | None
    timestamp: str | None
    source: str
    target: str
    target_unit: str | None = None
    """For an entity's name, the whole target entity (name and description): an entity is
    judged as one unit."""


def section_place(pair: SectionPair) -> tuple[int | None, str | None]:
    """(section number in the source, or None for the overview; the source timestamp)."""
    number = pair.source_number if pair.source_number else None
    return number, pair.source.timestamp if pair.source is not None else None


def _unit_texts(unit_pair: UnitPair) -> Iterator[tuple[str, SegmentKind, str, str]]:
    source, target = unit_pair.source, unit_pair.target
    assert source is not None and target is not None
    target_slots = {slot.part: slot for slot in target.slots}
    for slot in source.slots:
        other = target_slots.get(slot.part)
        if other is not None:
            yield (str(source.id.with_part(slot.part)), slot.kind, source.text_of(slot),
                   target.text_of(other))


def text_pairs(alignment: Alignment, include_names: bool = True) -> Iterator[TextPair]:
    """All paired texts in reading order; entity names and terms only if `include_names`."""
    yield TextPair(str(SegmentId.title()), "title", None, None, alignment.source.title,
                   alignment.target.title)
    for pair in alignment.sections:
        if pair.source is None or pair.target is None:
            continue
        number, timestamp = section_place(pair)
        if number is not None:
            yield TextPair(str(SegmentId.heading(number)), "heading", number, timestamp,
                           pair.source.heading, pair.target.heading)
        for unit_pair in pair.units:
            if unit_pair.source is None or unit_pair.target is None:
                continue
            target_unit = None
            if isinstance(unit_pair.target.node, Entity):
                target_unit = f"{unit_pair.target.node.name} {unit_pair.target.node.description}"
            for segment, kind, source, target in _unit_texts(unit_pair):
                if include_names or kind not in NAME_KINDS:
                    yield TextPair(segment, kind, number, timestamp, source, target,
                                   target_unit if kind == "entity_name" else None)
