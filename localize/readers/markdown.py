"""The canonical Markdown reader (CONVENTIONS section 1), the inverse of the writer.

It also reads hand-written Markdown that is not canonical (wrapped paragraphs,
multi-line quotes, no front matter), which the writer then normalises.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from localize.document.model import Block, BulletList, Document, Paragraph, Section
from localize.errors import InputError
from localize.readers.blocks import attach_quote_times, parse_item, parse_quote
from localize.text.script import join_lines
from localize.text.timestamps import TIMESTAMP_PATTERN, is_timestamp
from localize.yamlfile import load_yaml

_TIMED_HEADING = re.compile(
    rf"^\[(?P<ts>{TIMESTAMP_PATTERN})\]\s?(?P<prefix>[–—-]+\s+|[|:]\s+)?(?P<heading>.*)$"
)
_ESCAPED = re.compile(r"^\\(?=[#>\\\-\[])")
_KNOWN_KEYS = ("title", "lang", "source_lang", "uncertain_headings")


@dataclass
class _RawBlock:
    kind: str  # "paragraph", "quote" or "list"
    lines: list[str] = field(default_factory=list)


@dataclass
class _RawSection:
    heading_line: str
    line_number: int
    blocks: list[_RawBlock] = field(default_factory=list)


def _load_front_matter(raw: str, path: str | None) -> Any:
    """The front matter's data, read by the rule of every YAML file localize reads."""
    try:  # no aliases (a few hundred bytes of them expand to billions), bounded nesting
        data, _ = load_yaml(raw, path)
    except InputError as error:  # its lines count from the front matter, the file's line 2
        raise InputError(path, f"front matter: {error.problem.removeprefix('YAML: ')}",
                         line=error.line + 1 if error.line is not None else 2) from None
    if isinstance(data, dict) and not all(isinstance(key, str) for key in data):
        _refuse_keys_that_are_not_text(raw, path)
    return data


def _refuse_keys_that_are_not_text(raw: str, path: str | None) -> None:
    """A key YAML reads as a number, a date or null (`1:`, `2024-01-01:`) cannot be kept."""
    root = yaml.compose(raw, Loader=yaml.SafeLoader)  # safe: load_yaml bounded the nesting
    for key, _ in root.value if isinstance(root, yaml.MappingNode) else []:
        if key.tag != "tag:yaml.org,2002:str":
            raise InputError(path, f"front matter: key {key.value!r} is not text (quote it)",
                             line=key.start_mark.line + 2)


def _split_front_matter(text: str, path: str | None) -> tuple[dict[str, Any] | None, str, int]:
    """The front matter mapping (None when absent), the rest of the text and its first line."""
    if not text.startswith("---\n"):
        return None, text, 1
    end = text.find("\n---\n", 3)
    if end < 0:
        raise InputError(path, "front matter opened with --- is never closed", line=1)
    raw = text[4 : end + 1]
    data = _load_front_matter(raw, path) if raw.strip() else {}
    if not isinstance(data, dict):
        raise InputError(path, "front matter must be a mapping of keys to values", line=2)
    consumed = raw.count("\n") + 2
    return data, text[end + 5 :], consumed + 1


def _group_lines(lines: list[str], first_line: int) -> tuple[list[str], list[_RawBlock],
                                                             list[_RawSection]]:
    """Split body lines into title lines, overview blocks and sections of raw blocks."""
    titles: list[str] = []
    overview: list[_RawBlock] = []
    sections: list[_RawSection] = []
    current: _RawBlock | None = None
    for offset, line in enumerate(lines):
        stripped = line.strip()
        target = sections[-1].blocks if sections else overview
        if line.startswith("## "):
            sections.append(_RawSection(line[3:].strip(), first_line + offset))
            current = None
        elif line.startswith("# ") and not sections and not overview and not titles:
            titles.append(line[2:].strip())
            current = None
        elif not stripped:
            current = None
        elif line.startswith("- ") or stripped == "-":
            if current is None or current.kind != "list":
                current = _RawBlock("list")
                target.append(current)
            current.lines.append(line[2:])
        elif current is not None and current.kind == "list" and line[:1] in (" ", "\t"):
            current.lines[-1] += " " + stripped
        elif line.startswith(">"):
            content = line[1:].strip()
            if current is None or current.kind != "quote":
                current = _RawBlock("quote")
                target.append(current)
            current.lines.append(content)
        else:
            if current is None or current.kind != "paragraph":
                current = _RawBlock("paragraph")
                target.append(current)
            current.lines.append(_ESCAPED.sub("", stripped) if not current.lines else stripped)
    return titles, overview, sections


def _build_blocks(raw_blocks: list[_RawBlock]) -> list[Block]:
    blocks: list[Block] = []
    for raw in raw_blocks:
        if raw.kind == "paragraph":
            blocks.append(Paragraph(text=join_lines(raw.lines)))
        elif raw.kind == "quote":
            blocks.append(parse_quote(join_lines(raw.lines)))
        else:
            blocks.append(BulletList(items=[parse_item(line) for line in raw.lines]))
    return attach_quote_times(blocks)


def _build_section(raw: _RawSection, path: str | None) -> Section:
    timed = _TIMED_HEADING.match(raw.heading_line)
    blocks = _build_blocks(raw.blocks)
    if timed and not is_timestamp(timed.group("ts")):
        raise InputError(path, f"heading time [{timed.group('ts')}] is not a time (minutes "
                         "and seconds run to 59; write \\[ to keep it as text)",
                         line=raw.line_number)
    if timed:
        return Section(timestamp=timed.group("ts"), heading=timed.group("heading").strip(),
                       heading_prefix=timed.group("prefix") or "", blocks=blocks)
    heading = raw.heading_line[1:] if raw.heading_line.startswith("\\[") else raw.heading_line
    return Section(heading=heading, blocks=blocks)


def _optional_text(meta: dict[str, Any], key: str, path: str | None) -> str | None:
    value = meta.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError(path, f"front matter: {key} must be text, not {type(value).__name__}",
                         line=2)
    return value


def _mark_uncertain(sections: list[Section], value: Any, path: str | None) -> None:
    if not isinstance(value, list) or not all(isinstance(number, int) for number in value):
        raise InputError(path, "front matter: uncertain_headings must be a list of section "
                         "numbers", line=2)
    for number in value:
        if not 1 <= number <= len(sections):
            raise InputError(path, f"front matter: uncertain_headings names section {number}, "
                             f"but there are {len(sections)}", line=2)
        sections[number - 1].heading_uncertain = True


def parse_markdown(text: str, path: str | None = None) -> Document:
    """Parse a summary in canonical Markdown; `path` only names the file in errors."""
    meta, body, first_line = _split_front_matter(text, path)
    titles, overview_raw, sections_raw = _group_lines(body.split("\n"), first_line)
    meta = dict(meta) if meta is not None else None
    front_title = _optional_text(meta or {}, "title", path)
    title = titles[0] if titles else front_title
    if not title:
        raise InputError(path, "no title: expected a '# Title' line or a title in front matter")
    sections = [_build_section(raw, path) for raw in sections_raw]
    if meta is not None and "uncertain_headings" in meta:
        _mark_uncertain(sections, meta["uncertain_headings"], path)
    extra = {key: value for key, value in (meta or {}).items() if key not in _KNOWN_KEYS}
    return Document(
        title=title,
        lang=_optional_text(meta or {}, "lang", path),
        source_lang=_optional_text(meta or {}, "source_lang", path),
        front_matter=meta is not None,
        extra=extra,
        overview=_build_blocks(overview_raw),
        sections=sections,
    )
