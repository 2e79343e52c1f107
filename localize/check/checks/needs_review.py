"""Needs review: segments the translator could not get right, listed under `needs_review`
in the edition's front matter; each still holds its source text until a person fixes it
(and deletes its id from the list)."""

from __future__ import annotations

from collections.abc import Iterator

from localize.check.align import Alignment
from localize.check.checks.common import finding
from localize.check.context import CheckContext
from localize.document.model import NEEDS_REVIEW
from localize.document.segments import document_segments
from localize.findings import Finding, Severity

ID = "needs_review"


def check(alignment: Alignment, context: CheckContext) -> Iterator[Finding]:
    """Yield an error per segment the edition marks as still needing a translation."""
    listed = alignment.target.extra.get(NEEDS_REVIEW)
    if listed is None:
        return
    if not isinstance(listed, list) or not all(isinstance(item, str) for item in listed):
        yield finding("needs-review", Severity.ERROR,
                      f"`{NEEDS_REVIEW}` in the front matter must list segment ids")
        return
    sources = {segment.id: segment for segment in document_segments(alignment.source)}
    for segment_id in listed:
        source = sources.get(segment_id)
        yield finding("needs-review", Severity.ERROR,
                      "no acceptable translation came for this segment; it holds the source "
                      "text until a person translates it", section=source.section or None
                      if source else None, segment=segment_id,
                      source_text=source.text if source else None)
