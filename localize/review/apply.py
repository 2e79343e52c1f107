"""`localize review apply`: a reviewer's edit file written into the edition and taught to
the translation memory, all of it or nothing.

Everything is checked before anything is written: the edition's bytes still hash as when
the page was made, every edited segment exists and still reads as the page showed it, every
new text reads back as written in its slot. Then the edition is rendered, proven to read
back (`render_checked`) and written atomically, with the accepted findings recorded in its
front matter; then the memory learns each edit as a human translation. Should the memory
refuse the write, the edition is put back as it was.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from localize.document.model import Document
from localize.document.segments import Segment, document_segments, with_segment_texts
from localize.errors import InputError
from localize.readers import detect_format, parse_markdown
from localize.review.accepted import with_acceptances
from localize.review.edits import Edit, EditFile
from localize.text.unicode import to_nfc
from localize.textfile import decode_text, read_bytes, write_text_atomic
from localize.translate import Entry, TranslationMemory
from localize.writers import LINE_SEPARATORS, render_checked, survives


class StaleEditsError(InputError):
    """The edition changed since the review page was made: the edits may not fit it."""


@dataclass(frozen=True)
class Applied:
    """What `apply_edits` did."""

    edition: Path
    edited: list[str]
    learned: int
    accepted: int


def _edition(path: Path, expected_sha256: str) -> tuple[str, Document]:
    data = read_bytes(path)
    if hashlib.sha256(data).hexdigest() != expected_sha256:
        raise StaleEditsError(path, "changed since the review page was made; nothing was "
                                    "applied (make a new page with localize diff --html)")
    text = decode_text(data, path)
    if detect_format(text) != "markdown":
        raise InputError(path, "is not a Markdown edition; review apply writes Markdown only")
    return text, parse_markdown(text, str(path))


def _problem(edit: Edit, segment: Segment | None, lang: str | None) -> str | None:
    """Why this edit cannot go into the edition, or None."""
    if segment is None:
        return "is not in the edition"
    if to_nfc(segment.text) != to_nfc(edit.old):
        return "no longer reads as the page showed it"
    if not edit.new.strip():
        return "would be empty"
    if any(character in LINE_SEPARATORS for character in edit.new):
        return "would hold a line break (a segment is one line)"
    if not survives(segment.kind, edit.new, lang):
        return "would not read back as written (Markdown block syntax or ** in it)"
    return None


def apply_edits(edits: EditFile, memory: TranslationMemory | None, edits_path: Path,
                edition: Path | None = None) -> Applied:
    """Write the edits and acceptances into the edition and teach the memory the edits
    (when the two languages differ and a memory is given)."""
    path = edition if edition is not None else Path(edits.edition)
    original, document = _edition(path, edits.edition_sha256)
    segments = {segment.id: segment for segment in document_segments(document)}
    for edit in edits.edits:
        problem = _problem(edit, segments.get(edit.segment), document.lang)
        if problem is not None:
            raise InputError(edits_path, f"segment {edit.segment} {problem}; nothing was "
                                         "applied")
    updated = with_segment_texts(document, {edit.segment: edit.new for edit in edits.edits})
    updated = with_acceptances(updated, edits.accepted, path)
    rendered = render_checked(updated)
    entries = [Entry(edits.source_lang, edits.target_lang, edit.source_text, edit.new, "human")
               for edit in edits.edits
               if edit.source_text and edits.source_lang != edits.target_lang]
    if not edits.edits and not edits.accepted:
        return Applied(path, [], 0, 0)
    write_text_atomic(path, rendered, force=True)
    if memory is not None and entries:
        try:
            memory.store(entries)
        except BaseException:
            write_text_atomic(path, original, force=True)  # all or nothing
            raise
    return Applied(path, [edit.segment for edit in edits.edits],
                   len(entries) if memory is not None else 0, len(edits.accepted))
