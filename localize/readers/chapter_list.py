"""Chapter lists: a title, an optional `CHAPTERS` line, then heading / paragraph line pairs.

Whatever follows the last pair (the site's own promotion) is chrome and is dropped; a
channel name glued to the title (`a16zBuilding ...`) is cut off.
"""

from __future__ import annotations

from localize.detect import detect_document
from localize.document.model import Document, Paragraph, Section
from localize.errors import InputError
from localize.readers.chrome import is_heading_like, is_paragraph_like, split_glued_prefix

CHAPTER_MARKERS = ("chapters", "chapter list", "챕터", "章节")


def looks_like_chapter_list(lines: list[str]) -> bool:
    """A `CHAPTERS` line, or at least three heading / paragraph pairs after the title."""
    content = [line for line in lines if line.strip()]
    if any(line.strip().lower() in CHAPTER_MARKERS for line in content[:3]):
        return True
    return _count_pairs(content[1:]) >= 3


def _count_pairs(lines: list[str]) -> int:
    pairs = 0
    index = 0
    while index + 1 < len(lines) and is_heading_like(lines[index]) and is_paragraph_like(
            lines[index + 1]):
        pairs += 1
        index += 2
    return pairs


def parse_chapter_list(text: str, path: str | None = None) -> Document:
    """One summary from a chapter list: untimed sections, one paragraph each."""
    content = [line.strip() for line in text.split("\n") if line.strip()]
    if not content:
        raise InputError(path, "file holds no chapters")
    _, title = split_glued_prefix(content[0])
    rest = content[1:]
    if rest and rest[0].lower() in CHAPTER_MARKERS:
        rest = rest[1:]
    pairs = _count_pairs(rest)
    if pairs == 0:
        raise InputError(path, "no chapters found: expected heading and paragraph line pairs")
    document = Document(title=title)
    for number in range(pairs):
        heading, paragraph = rest[2 * number], rest[2 * number + 1]
        document.sections.append(Section(heading=heading, blocks=[Paragraph(text=paragraph)]))
    document.lang = detect_document(document).lang
    return document
