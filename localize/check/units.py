"""The comparable units of a section: paragraphs, quotes, items, terms and entities, with ids."""

from __future__ import annotations

from dataclasses import dataclass

from localize.document.model import (
    Block,
    BulletList,
    Entity,
    Item,
    Paragraph,
    Quote,
    Section,
    TermItem,
)

KIND_LETTERS = {"paragraph": "p", "quote": "q", "item": "i", "term": "t", "entity": "e"}


@dataclass(frozen=True)
class Unit:
    """One block or list entry of a section, as the checks see it."""

    kind: str
    id: str
    text: str
    node: Paragraph | Quote | Item | TermItem | Entity


def _text(node: Paragraph | Quote | Item | TermItem | Entity) -> str:
    if isinstance(node, Entity):
        return node.description
    if isinstance(node, TermItem):
        return node.description
    return node.text


def _kind(node: Paragraph | Quote | Item | TermItem | Entity) -> str:
    return {Paragraph: "paragraph", Quote: "quote", Item: "item", TermItem: "term",
            Entity: "entity"}[type(node)]


def section_units(blocks: list[Block], section_number: int, entity_start: int) -> list[Unit]:
    """The units of a section's blocks with segment-style ids (`s3.p2`, `e4`)."""
    counts: dict[str, int] = {}
    entity_number = entity_start
    units = []
    for block in blocks:
        nodes = block.items if isinstance(block, BulletList) else [block]
        for node in nodes:
            kind = _kind(node)
            if kind == "entity":
                entity_number += 1
                unit_id = f"e{entity_number}"
            else:
                counts[kind] = counts.get(kind, 0) + 1
                unit_id = f"s{section_number}.{KIND_LETTERS[kind]}{counts[kind]}"
            units.append(Unit(kind, unit_id, _text(node), node))
    return units


def entity_counts(sections: list[Section]) -> list[int]:
    """How many entities come before each section (for global entity numbers)."""
    before = []
    total = 0
    for section in sections:
        before.append(total)
        total += len(section.entities)
    return before
