"""Segment ids: stable, unique, derived from the place in the structure."""

from __future__ import annotations

from pathlib import Path

import pytest

from localize.document.model import (
    BulletList,
    Document,
    Entity,
    Paragraph,
    Quote,
    Section,
    TermItem,
)
from localize.document.segments import document_segments
from localize.readers.markdown import parse_markdown
from tests.conftest import sample_paths


def _document() -> Document:
    return Document(title="T", overview=[Paragraph(text="o")], sections=[
        Section(timestamp="00:00", heading="H", blocks=[
            Paragraph(text="p1"), Quote(text="q1", speaker="Ana", context="ctx"),
            Paragraph(text="p2")]),
        Section(heading="Key Concepts", blocks=[BulletList(items=[
            TermItem(term="RL", description="learning from reward")])]),
        Section(heading="Entities", blocks=[BulletList(items=[
            Entity(name="Ana", type="person", description="host"),
            Entity(name="Omni", type="product", description="a model")])]),
    ])


def test_ids_follow_the_structure() -> None:
    ids = [(segment.id, segment.text) for segment in document_segments(_document())]
    assert ids == [
        ("title", "T"), ("s0.p1", "o"), ("s1.h", "H"), ("s1.p1", "p1"), ("s1.q1", "q1"),
        ("s1.q1.ctx", "ctx"), ("s1.p2", "p2"), ("s2.h", "Key Concepts"), ("s2.t1", "RL"),
        ("s2.t1.desc", "learning from reward"), ("s3.h", "Entities"), ("e1.name", "Ana"),
        ("e1.type", "person"), ("e1.desc", "host"), ("e2.name", "Omni"),
        ("e2.type", "product"), ("e2.desc", "a model"),
    ]


def test_adding_a_quote_does_not_renumber_paragraphs() -> None:
    document = _document()
    before = {s.id for s in document_segments(document) if s.kind == "paragraph"}
    document.sections[0].blocks.insert(0, Quote(text="new"))
    after = {s.id for s in document_segments(document) if s.kind == "paragraph"}
    assert before == after


def test_two_editions_with_one_structure_share_their_ids() -> None:
    english = _document()
    korean = english.model_copy(deep=True)
    korean.lang = "ko"
    korean.sections[0].blocks[0] = Paragraph(text="첫 문단")
    assert [s.id for s in document_segments(english)] == [s.id for s in document_segments(korean)]


@pytest.mark.parametrize("path", sample_paths(), ids=lambda path: path.name)
def test_sample_ids_are_unique_and_every_text_is_covered(path: Path) -> None:
    document = parse_markdown(path.read_text("utf-8"))
    segments = document_segments(document)
    assert len({s.id for s in segments}) == len(segments)
    assert sum(s.kind == "quote" for s in segments) == len(document.quotes)
    assert sum(s.kind == "entity_description" for s in segments) == len(document.entities)
    assert all(s.text for s in segments)
