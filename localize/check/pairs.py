"""Every pair of texts two aligned editions share: title, headings, units and their parts."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from localize.check.align import Alignment, SectionPair, UnitPair
from localize.document.model import Entity, Quote, TermItem


@dataclass(frozen=True)
class TextPair:
    """A source text and its target, with the segment id and section they belong to."""

    segment: str
    kind: str
    section: int | None
    timestamp: str | None
    source: str
    target: str


def section_place(pair: SectionPair) -> tuple[int | None, str | None]:
    """(section number in the source, or None for the overview; the source timestamp)."""
    number = pair.source_number if pair.source_number else None
    return number, pair.source.timestamp if pair.source is not None else None


def _unit_texts(unit_pair: UnitPair) -> Iterator[tuple[str, str, str, str]]:
    source, target = unit_pair.source, unit_pair.target
    assert source is not None and target is not None
    if isinstance(source.node, Entity) and isinstance(target.node, Entity):
        yield f"{source.id}.name", "entity_name", source.node.name, target.node.name
        yield f"{source.id}.desc", "entity_description", source.text, target.text
        return
    if isinstance(source.node, TermItem) and isinstance(target.node, TermItem):
        yield source.id, "term", source.node.term, target.node.term
        yield f"{source.id}.desc", "term_description", source.text, target.text
        return
    yield source.id, source.kind, source.text, target.text
    if isinstance(source.node, Quote) and isinstance(target.node, Quote) and \
            source.node.context and target.node.context:
        yield f"{source.id}.ctx", "quote_context", source.node.context, target.node.context


def text_pairs(alignment: Alignment, include_names: bool = True) -> Iterator[TextPair]:
    """All paired texts in reading order; entity names and terms only if `include_names`."""
    yield TextPair("title", "title", None, None, alignment.source.title, alignment.target.title)
    for pair in alignment.sections:
        if pair.source is None or pair.target is None:
            continue
        number, timestamp = section_place(pair)
        if number is not None:
            yield TextPair(f"s{number}.h", "heading", number, timestamp, pair.source.heading,
                           pair.target.heading)
        for unit_pair in pair.units:
            if unit_pair.source is None or unit_pair.target is None:
                continue
            for segment, kind, source, target in _unit_texts(unit_pair):
                if include_names or kind not in ("entity_name", "term"):
                    yield TextPair(segment, kind, number, timestamp, source, target)
