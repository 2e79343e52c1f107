"""The canonical Markdown reader and writer: round trips, block shapes, front matter."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from localize.document.model import (
    BulletList,
    Document,
    Entity,
    Item,
    Paragraph,
    Quote,
    Section,
    TermItem,
)
from localize.readers.markdown import parse_markdown
from localize.writers.markdown import render_markdown
from tests.conftest import sample_paths


@pytest.mark.parametrize("path", sample_paths(), ids=lambda path: path.name)
def test_every_sample_round_trips_byte_for_byte(path: Path) -> None:
    text = path.read_text("utf-8")
    assert render_markdown(parse_markdown(text)) == text


def test_samples_exist_in_three_languages() -> None:
    languages = {parse_markdown(path.read_text("utf-8")).lang for path in sample_paths()}
    assert {"en", "ko", "zh"} <= languages


CANONICAL = """\
---
title: 'Agents: a primer'
lang: en
uncertain_headings: [2]
author: Dana Li
---
# Agents: a primer

An overview.

## [00:03] – Talking to Claude Code

A paragraph with **bold** text.

> *"You talk to it."* — Boris Cherny, on day one [00:05]

> *Plain quote* [1:02:44]

## [1:02:44] Heading only

## Key Concepts

- **Plan mode**: read-only research.
- Context window: the working memory.
- a plain bullet

## Entities

- **Claude Code** (Software): Anthropic's agentic coding assistant.
- **Anthropic** (organization):
"""


def test_canonical_example_round_trips_and_reads_every_field() -> None:
    document = parse_markdown(CANONICAL)
    assert render_markdown(document) == CANONICAL
    assert document.title == "Agents: a primer"
    assert document.extra == {"author": "Dana Li"}
    first, heading_only, concepts, entities = document.sections
    assert (first.timestamp, first.heading_prefix, first.heading) == (
        "00:03", "– ", "Talking to Claude Code")
    assert heading_only.heading_uncertain and heading_only.blocks == []
    assert first.blocks[1] == Quote(text="You talk to it.", speaker="Boris Cherny",
                                    context="on day one", time="00:05")
    assert first.blocks[2] == Quote(text="Plain quote", marks="", time="1:02:44")
    items = concepts.blocks[0]
    assert isinstance(items, BulletList)
    assert items.items == [
        TermItem(term="Plan mode", description="read-only research."),
        TermItem(term="Context window", description="the working memory.", bold=False),
        Item(text="a plain bullet"),
    ]
    assert entities.entities[1] == Entity(name="Anthropic", type="organization",
                                          description="")


@pytest.mark.parametrize(("line", "expected"), [
    ('> *"text"*', Quote(text="text")),
    ("> *text*", Quote(text="text", marks="")),
    ("> *text [00:21]*", Quote(text="text", marks="", time="00:21")),
    ('> *"text" [1:02:44]*', Quote(text="text", time="1:02:44")),
    ('> *"text"* — Ana Ruiz', Quote(text="text", speaker="Ana Ruiz")),
    ('> *“引语”* — Li Wei [12:30]', Quote(text="引语", marks="“", speaker="Li Wei",
                                          time="12:30")),
])
def test_quote_forms(line: str, expected: Quote) -> None:
    document = parse_markdown(f"# T\n\n## S\n\n{line}\n")
    assert document.sections[0].blocks == [expected]


def test_time_given_as_separate_block_joins_the_quote_before_it() -> None:
    document = parse_markdown("# T\n\n## [02:00] S\n\n> *A quote.*\n\n> *[2, 43]*\n")
    assert document.sections[0].blocks == [Quote(text="A quote.", marks="", time="02:43")]


def test_chinese_edition_writes_full_width_list_punctuation_and_reads_both() -> None:
    ascii_form = "# 标题\n\n## 实体\n\n- **Jacob Effron** (人物): 主持人\n"
    document = parse_markdown(ascii_form)
    document.lang = "zh"
    rendered = render_markdown(document)
    assert "- **Jacob Effron**（人物）：主持人" in rendered
    assert parse_markdown(rendered).entities == document.entities


def test_wrapped_paragraph_is_joined_with_a_space_or_none_between_han() -> None:
    document = parse_markdown("# T\n\nfirst line\nsecond line\n\n## S\n\n中文第一行\n第二行\n")
    assert document.overview == [Paragraph(text="first line second line")]
    assert document.sections[0].blocks == [Paragraph(text="中文第一行第二行")]


def test_document_without_front_matter_round_trips() -> None:
    text = "# Title\n\nOverview.\n"
    document = parse_markdown(text)
    assert not document.front_matter and document.lang is None
    assert render_markdown(document) == text


# --- property tests: parse(render(doc)) == doc over generated documents -------------------
# Text is drawn from Latin, Hangul and Han letters, digits and sentence punctuation; the
# markup characters (`*`, `[`, `—`, `"`) are what the format itself is made of.

_WORD = st.text(
    alphabet=st.sampled_from(list("abcdefghijkmnopqrstuvwxyzABCDEFGHXYZ0123456789") +
                             list("가나다라마바사한국어") + list("中文测试模型")),
    min_size=1, max_size=8)
_TEXT = st.lists(_WORD, min_size=1, max_size=8).map(" ".join)
_NAME = st.lists(st.sampled_from(["Ana", "Li", "Kim", "Park", "Wei", "Omni"]), min_size=1,
                 max_size=3).map(" ".join)
_TIME = st.builds(lambda m, s, h: f"{h}:{m:02d}:{s:02d}" if h else f"{m:02d}:{s:02d}",
                  st.integers(0, 59), st.integers(0, 59), st.integers(0, 2))
_PUNCTUATED = st.tuples(_TEXT, st.sampled_from(["", ".", "?", "!", "。"])).map("".join)

_PARAGRAPH = st.builds(Paragraph, text=_PUNCTUATED)
_QUOTE = st.builds(
    Quote, text=_PUNCTUATED, marks=st.sampled_from(['"', "“", ""]),
    speaker=st.none() | _NAME, time=st.none() | _TIME,
)
_QUOTE_WITH_CONTEXT = st.builds(Quote, text=_TEXT, speaker=_NAME, context=_TEXT,
                                time=st.none() | _TIME)
_ITEM = st.builds(Item, text=_TEXT)
_TERM = st.builds(TermItem, term=_TEXT, description=_PUNCTUATED, bold=st.just(True))
_ENTITY = st.builds(Entity, name=_NAME, type=st.sampled_from(["person", "인물", "产品"]),
                    description=_PUNCTUATED)
_LIST = st.builds(BulletList, items=st.lists(_ITEM | _TERM | _ENTITY, min_size=1, max_size=4))
_BLOCKS = st.lists(_PARAGRAPH | _QUOTE | _QUOTE_WITH_CONTEXT | _LIST, max_size=5).filter(
    lambda blocks: not any(isinstance(a, Quote) and isinstance(b, Quote) and not b.text
                           for a, b in itertools.pairwise(blocks))
    and not any(isinstance(a, BulletList) and isinstance(b, BulletList)
                for a, b in itertools.pairwise(blocks)))
_SECTION = st.builds(Section, timestamp=st.none() | _TIME, heading=_TEXT,
                     heading_prefix=st.sampled_from(["", "– "]), heading_uncertain=st.booleans(),
                     blocks=_BLOCKS).map(
    lambda section: section if section.timestamp else section.model_copy(
        update={"heading_prefix": ""}))
_DOCUMENT = st.builds(Document, title=_TEXT, lang=st.sampled_from(["en", "ko", "zh", None]),
                      source_lang=st.none() | st.just("en"), overview=_BLOCKS,
                      sections=st.lists(_SECTION, max_size=5))


@settings(max_examples=150, deadline=None)
@given(_DOCUMENT)
def test_parse_inverts_render_for_generated_documents(document: Document) -> None:
    text = render_markdown(document)
    assert parse_markdown(text) == document
    assert render_markdown(parse_markdown(text)) == text


@pytest.mark.parametrize("text", ["# Mark\n\n\\# not a heading\n", "# T\n\n\\- not a list\n",
                                  "# T\n\n\\> not a quote\n"])
def test_paragraphs_that_look_like_markup_are_escaped(text: str) -> None:
    document = parse_markdown(text)
    assert isinstance(document.overview[0], Paragraph)
    assert render_markdown(document) == text
