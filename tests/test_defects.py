"""Source defects are found, reported by section, and refused for translation unless allowed."""

from __future__ import annotations

import pytest

from localize.document.defects import find_defects, require_clean
from localize.document.model import Document, Paragraph, Quote, Section
from localize.errors import DefectiveSourceError


def _with_quote(text: str) -> Document:
    return Document(title="T", sections=[
        Section(heading="A", blocks=[Paragraph(text="Fine prose.")]),
        Section(heading="B", blocks=[Quote(text=text)]),
    ])


@pytest.mark.parametrize(("text", "code"), [
    ("{'start': 72.0, 'summary': \"Host introduces\"", "leaked-data"),
    ('title": "Introduction', "leaked-data"),
    (" ] }, { ", "leaked-data"),
    ("line one\\n line two", "leaked-data"),
    ("— … —", "no-text"),
    ("A normal quote: with a colon, and 'single quotes'.", None),
    ("We run 50,000 sandboxes [at peak].", None),
])
def test_defect_detection(text: str, code: str | None) -> None:
    found = list(find_defects(_with_quote(text)))
    assert [(defect.code, defect.segment, defect.section) for defect in found] == (
        [(code, "s2.q1", 2)] if code else [])


def test_translation_of_a_defective_document_is_refused_unless_allowed() -> None:
    document = _with_quote('{"title": "x"}')
    with pytest.raises(DefectiveSourceError, match=r"s2\.q1"):
        require_clean(document)
    assert [defect.segment for defect in require_clean(document, allow_defects=True)] == ["s2.q1"]
