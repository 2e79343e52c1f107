"""Readers of the formats summaries come in, and detection of which one a file is."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pydantic import ValidationError

from localize.document.model import Document, Transcript
from localize.errors import InputError
from localize.readers.chapter_list import looks_like_chapter_list, parse_chapter_list
from localize.readers.markdown import parse_markdown
from localize.readers.show_notes import looks_like_show_notes, parse_show_notes
from localize.readers.summary_page import is_flattened_body, parse_summary_page
from localize.readers.webvtt import looks_like_webvtt, parse_webvtt
from localize.textfile import DEFAULT_MAX_BYTES, read_text

Parsed = Document | Transcript


def _markdown(text: str, path: str) -> list[Parsed]:
    return [parse_markdown(text, path)]


def _summary_page(text: str, path: str) -> list[Parsed]:
    return list(parse_summary_page(text, path))


def _show_notes(text: str, path: str) -> list[Parsed]:
    return [parse_show_notes(text, path)]


def _chapter_list(text: str, path: str) -> list[Parsed]:
    return [parse_chapter_list(text, path)]


def _webvtt(text: str, path: str) -> list[Parsed]:
    return [parse_webvtt(text, path, title=Path(path).stem)]


READERS: dict[str, Callable[[str, str], list[Parsed]]] = {
    "markdown": _markdown,
    "summary-page": _summary_page,
    "show-notes": _show_notes,
    "chapter-list": _chapter_list,
    "webvtt": _webvtt,
}
"""Format name to reader; `detect_format` picks one when the user does not."""


def _opens_like_markdown(lines: list[str]) -> bool:
    """Front matter or a `# Title` first: canonical Markdown, whatever its paragraphs say."""
    first = next((line for line in lines if line.strip()), "")
    return first == "---" or first.startswith("# ")


def detect_format(text: str) -> str | None:
    """The name of the format the text is in, or None when no reader recognises it."""
    lines = text.split("\n")
    if looks_like_webvtt(text):
        return "webvtt"
    if _opens_like_markdown(lines):
        return "markdown"  # a paragraph quoting `## [00:10]` must not make it a flattened page
    if any(is_flattened_body(line) for line in lines):
        return "summary-page"
    if any(line.startswith("## ") for line in lines):
        return "markdown"
    if looks_like_show_notes(lines):
        return "show-notes"
    if looks_like_chapter_list(lines):
        return "chapter-list"
    return None


def read_file(path: Path | str, format: str | None = None,
              max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, list[Parsed]]:
    """Read every summary or transcript a file holds: (format used, documents)."""
    text = read_text(path, max_bytes=max_bytes)
    name = format or detect_format(text)
    if name is None:
        raise InputError(path, "unrecognised format (expected one of: "
                         f"{', '.join(READERS)})")
    if name not in READERS:
        raise InputError(path, f"unknown format {name!r} (expected one of: {', '.join(READERS)})")
    try:
        return name, READERS[name](text, str(path))
    except ValidationError as error:  # a value no reader checks yet: still one line, not a trace
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise InputError(path, f"invalid {where or 'content'}: {first['msg']}") from None


__all__ = ["READERS", "Parsed", "detect_format", "parse_markdown", "read_file"]
