"""Source defects: text a summary should not carry, found so it is reported, not translated.

The one seen in the wild is machine-generated data (JSON or Python literals) leaked into
quotes when a summariser's output was pasted without parsing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict

from localize.document.model import Document
from localize.document.segments import Segment, document_segments
from localize.errors import DefectiveSourceError

_DATA_PATTERNS = (
    re.compile(r"""["']\w+["']\s*:\s*["'\[{\d]"""),  # 'start': 72.0, "title": "
    re.compile(r"""^\w+["']\s*:\s*["']"""),  # title": "Introduction (a key cut in half)
    re.compile(r"[\]}]\s*,\s*[\[{]"),  # }, {
    re.compile(r"\\n"),  # an escaped newline
)
_LETTER = re.compile(r"[^\W\d_]")


class Defect(BaseModel):
    """A defect in a source segment."""

    model_config = ConfigDict(frozen=True)

    code: str
    segment: str
    section: int | None
    message: str


def segment_defect(segment: Segment) -> str | None:
    """The defect code of one segment, or None when it is clean."""
    if any(pattern.search(segment.text) for pattern in _DATA_PATTERNS):
        return "leaked-data"
    if segment.kind != "heading" and segment.text and not _LETTER.search(segment.text):
        return "no-text"
    return None


_MESSAGES = {
    "leaked-data": "machine-generated data (JSON or code literals) leaked into the text",
    "no-text": "holds only punctuation or symbols, no words",
}


def find_defects(document: Document) -> Iterator[Defect]:
    """Yield one defect per defective segment, in reading order."""
    for segment in document_segments(document):
        code = segment_defect(segment)
        if code is not None:
            yield Defect(code=code, segment=segment.id, section=segment.section,
                         message=_MESSAGES[code])


def require_clean(document: Document, allow_defects: bool = False) -> list[Defect]:
    """The document's defects; raise unless `allow_defects`, so nothing defective is translated."""
    defects = list(find_defects(document))
    if defects and not allow_defects:
        names = ", ".join(defect.segment for defect in defects[:5])
        more = f" and {len(defects) - 5} more" if len(defects) > 5 else ""
        raise DefectiveSourceError(
            f"{document.title!r}: {len(defects)} defective segment(s) ({names}{more}); "
            "fix the source or allow defects explicitly")
    return defects
