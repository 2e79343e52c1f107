"""The canonical Markdown writer (CONVENTIONS section 1).

Rendering is deterministic and the reader inverts it: for every document,
`parse_markdown(render_markdown(doc)) == doc`, and for every canonical file,
`render_markdown(parse_markdown(text)) == text`.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from localize.document.model import (
    Block,
    BulletList,
    Document,
    Entity,
    Item,
    Paragraph,
    Quote,
    TermItem,
)
from localize.text.timestamps import TIMESTAMP_PATTERN

# A paragraph starting like another block would be read back as that block: escape it.
_NEEDS_ESCAPE = re.compile(r"^(?:#|>|\\|- |-$|---)")
_LOOKS_TIMED = re.compile(rf"^\[{TIMESTAMP_PATTERN}\]")


class _Punctuation:
    """Structural punctuation of list items: full-width in Chinese editions, ASCII otherwise."""

    def __init__(self, lang: str | None) -> None:
        full_width = lang == "zh"
        self.colon = "：" if full_width else ": "
        self.open, self.close = ("（", "）") if full_width else (" (", ")")


def escape_paragraph(text: str) -> str:
    """Prefix a backslash when the text would otherwise read as a heading, quote or list."""
    return "\\" + text if _NEEDS_ESCAPE.match(text) else text


def render_quote(quote: Quote) -> str:
    """`> *"text"* — Speaker, context [MM:SS]`."""
    opening, closing = {'"': ('"', '"'), "“": ("“", "”"), "": ("", "")}[quote.marks]
    line = f"> *{opening}{quote.text}{closing}*"
    if quote.speaker is not None:
        line += f" — {quote.speaker}"
        if quote.context:
            line += f", {quote.context}"
    if quote.time is not None:
        line += f" [{quote.time}]"
    return line


def _join(head: str, punctuation: str, tail: str) -> str:
    return (head + punctuation + tail).rstrip()


def render_item(item: Item | TermItem | Entity, lang: str | None) -> str:
    """One bullet line."""
    marks = _Punctuation(lang)
    if isinstance(item, Entity):
        return _join(f"- **{item.name}**{marks.open}{item.type}{marks.close}", marks.colon,
                     item.description)
    if isinstance(item, TermItem):
        term = f"**{item.term}**" if item.bold else item.term
        return _join(f"- {term}", marks.colon, item.description)
    return f"- {item.text}"


def render_block(block: Block, lang: str | None) -> str:
    """One block, without the blank line around it."""
    if isinstance(block, Paragraph):
        return escape_paragraph(block.text)
    if isinstance(block, Quote):
        return render_quote(block)
    assert isinstance(block, BulletList)
    return "\n".join(render_item(item, lang) for item in block.items)


def render_front_matter(document: Document) -> str:
    """The YAML front matter, keys in a fixed order, extra keys after ours."""
    data: dict[str, Any] = {"title": document.title}
    if document.lang is not None:
        data["lang"] = document.lang
    if document.source_lang is not None:
        data["source_lang"] = document.source_lang
    uncertain = [number for number, section in enumerate(document.sections, start=1)
                 if section.heading_uncertain]
    if uncertain:
        data["uncertain_headings"] = uncertain
    data.update(document.extra)
    return "---\n" + "".join(_dump_key(key, value) for key, value in data.items()) + "---\n"


def _dump_key(key: str, value: Any) -> str:
    """One front-matter key; a list of plain values stays on one line (`[3, 7]`)."""
    options: dict[str, Any] = {"allow_unicode": True, "sort_keys": False, "width": 1_000_000}
    is_flat_list = isinstance(value, list) and not any(
        isinstance(element, dict | list) for element in value)
    if is_flat_list:
        flow = yaml.safe_dump(value, default_flow_style=True, **options).strip()
        return f"{yaml.safe_dump(key, **options).split(chr(10))[0]}: {flow}\n"
    return str(yaml.safe_dump({key: value}, default_flow_style=False, **options))


def render_heading(timestamp: str | None, prefix: str, heading: str) -> str:
    """`## [TS] Heading` or `## Heading`."""
    if timestamp is None:
        if _LOOKS_TIMED.match(heading):
            heading = "\\" + heading
        return f"## {heading}".rstrip()
    return f"## [{timestamp}] {prefix}{heading}".rstrip()


def render_markdown(document: Document) -> str:
    """The canonical Markdown text of a summary."""
    chunks = [f"# {document.title}"]
    chunks.extend(render_block(block, document.lang) for block in document.overview)
    for section in document.sections:
        chunks.append(render_heading(section.timestamp, section.heading_prefix, section.heading))
        chunks.extend(render_block(block, document.lang) for block in section.blocks)
    body = "\n\n".join(chunks) + "\n"
    return (render_front_matter(document) if document.front_matter else "") + body
