"""Parsers for single blocks, shared by every reader: quotes and bullet items."""

from __future__ import annotations

import re

from localize.document.model import Block, Entity, Item, Quote, QuoteMarks, TermItem
from localize.text.timestamps import TIMESTAMP_PATTERN, from_minute_second_pair, is_timestamp

_QUOTE = re.compile(r"^\*(?P<body>.*)\*(?P<rest>[^*]*)$")
_ATTRIBUTION = re.compile(
    r"^(?:\s*[—–]\s*(?P<who>.*?))?(?:\s*\[(?P<time>[^\]]*)\])?\s*$"
)
_INLINE_TIME = re.compile(rf"\s*\[(?P<time>{TIMESTAMP_PATTERN}|\d{{1,3}},\s*\d{{1,2}})\]$")
_ENTITY = re.compile(
    r"^\*\*(?P<name>.+?)\*\*\s?[(（](?P<type>[^()（）]{1,40})[)）]\s?[:：]\s?(?P<desc>.*)$"
)
_BOLD_TERM = re.compile(r"^\*\*(?P<term>.+?)\*\*\s?[:：]\s?(?P<desc>.*)$")
_PLAIN_TERM = re.compile(r"^(?P<term>[^:：]{1,80}?)(?::\s|：\s?)(?P<desc>\S.*)$")
# A sentence end inside a would-be term (`vs.` and `e.g.` are not one) makes it prose.
_SENTENCE_END = re.compile(r"(?<!\bvs)(?<!\be\.g)(?<!\bi\.e)[.!?。！？](?:\s|$)")
_MAX_PLAIN_TERM_WORDS = 10


def read_time(text: str) -> str | None:
    """A quote time as written (`00:21`, `1:02:44`) or in the `2, 43` form; None otherwise."""
    text = text.strip()
    if is_timestamp(text):
        return text
    return from_minute_second_pair(text)


def _split_marks(body: str) -> tuple[str, QuoteMarks]:
    if len(body) >= 2 and body[0] == '"' and body[-1] == '"':
        return body[1:-1], '"'
    if len(body) >= 2 and body[0] == "“" and body[-1] == "”":
        return body[1:-1], "“"
    return body, ""


def parse_quote(content: str) -> Quote:
    """Parse what follows `> `: `*"text"* — Speaker, context [TS]` and the variants in the wild.

    A time written inside the emphasis (`*text [00:21]*`) is moved out; a quote that is only a
    time (`*[2, 43]*`) comes back with empty text and that time, for `attach_quote_times`.
    """
    content = content.strip()
    match = _QUOTE.match(content)
    body, rest = (match.group("body"), match.group("rest")) if match else (content, "")
    speaker = context = time = None
    attribution = _ATTRIBUTION.match(rest)
    written_time = attribution.group("time") if attribution else None
    if written_time is not None and read_time(written_time) is None:
        attribution = None  # `[99:99]`, `[note]`: not a time, so not dropped as one either
    if attribution and rest.strip():
        who = attribution.group("who")
        if who:
            speaker, _, context_text = who.partition(", ")
            speaker = speaker.strip() or None
            context = context_text.strip() or None
        if attribution.group("time") is not None:
            time = read_time(attribution.group("time"))
    elif rest.strip():
        body = content  # not our attribution shape: keep everything as the quote's text
    body = body.strip()
    only_time = read_time(body.strip("[]")) if body.startswith("[") else None
    if only_time is not None and body.endswith("]"):
        return Quote(text="", marks="", time=only_time)
    inline = _INLINE_TIME.search(body)
    if inline and time is None and read_time(inline.group("time")) is not None:
        time = read_time(inline.group("time"))
        body = body[: inline.start()].rstrip()
    text, marks = _split_marks(body)
    return Quote(text=text, marks=marks, speaker=speaker, context=context, time=time)


def attach_quote_times(blocks: list[Block]) -> list[Block]:
    """Merge a time-only quote (`> *[2, 43]*`) into the quote just before it."""
    merged: list[Block] = []
    for block in blocks:
        is_time_only = isinstance(block, Quote) and not block.text and block.time is not None
        previous = merged[-1] if merged else None
        if is_time_only and isinstance(previous, Quote) and previous.time is None:
            assert isinstance(block, Quote)
            previous.time = block.time
            continue
        merged.append(block)
    return merged


def _is_plain_term(term: str) -> bool:
    return len(term.split()) <= _MAX_PLAIN_TERM_WORDS and not _SENTENCE_END.search(term)


def parse_item(content: str) -> Item | TermItem | Entity:
    """Parse what follows `- `: an entity, a bold or plain term item, or a plain bullet."""
    content = content.strip()
    entity = _ENTITY.match(content)
    if entity:
        return Entity(name=entity.group("name").strip(), type=entity.group("type").strip(),
                      description=entity.group("desc").strip())
    bold = _BOLD_TERM.match(content)
    if bold:
        return TermItem(term=bold.group("term").strip(), description=bold.group("desc").strip())
    plain = _PLAIN_TERM.match(content)
    if plain and _is_plain_term(plain.group("term")):
        return TermItem(term=plain.group("term").strip(), description=plain.group("desc").strip(),
                        bold=False)
    return Item(text=content)
