"""The outline of a summary or transcript, as data: what `localize show` prints."""

from __future__ import annotations

from typing import Any

from localize.document.defects import find_defects
from localize.document.model import (
    BulletList,
    Document,
    Entity,
    Item,
    Paragraph,
    Quote,
    TermItem,
    Transcript,
)


def _count(blocks: list[Any], kind: type) -> int:
    total = 0
    for block in blocks:
        if isinstance(block, BulletList):
            total += sum(1 for item in block.items if isinstance(item, kind))
        elif isinstance(block, kind):
            total += 1
    return total


def document_outline(document: Document) -> dict[str, Any]:
    """Title, language, sections with their counts, uncertain headings and defects."""
    sections: list[dict[str, Any]] = []
    for number, section in enumerate(document.sections, start=1):
        sections.append({
            "number": number,
            "timestamp": section.timestamp,
            "heading": section.heading,
            "paragraphs": _count(section.blocks, Paragraph),
            "quotes": _count(section.blocks, Quote),
            "items": _count(section.blocks, Item) + _count(section.blocks, TermItem),
            "entities": _count(section.blocks, Entity),
            "uncertain_heading": section.heading_uncertain,
        })
    return {
        "kind": "summary",
        "title": document.title,
        "lang": document.lang,
        "source_lang": document.source_lang,
        "overview_paragraphs": _count(document.overview, Paragraph),
        "timed_sections": len(document.timed_sections),
        "untimed_sections": len(document.untimed_sections),
        "paragraphs": _count(document.overview, Paragraph) + sum(s["paragraphs"] for s in sections),
        "quotes": len(document.quotes),
        "entities": len(document.entities),
        "sections": sections,
        "uncertain_headings": [s["number"] for s in sections if s["uncertain_heading"]],
        "defects": [defect.model_dump() for defect in find_defects(document)],
    }


def transcript_outline(transcript: Transcript) -> dict[str, Any]:
    """Title, language, cue count, speakers with their cue counts, first and last time."""
    speakers: dict[str, int] = {}
    for cue in transcript.cues:
        if cue.speaker is not None:
            speakers[cue.speaker] = speakers.get(cue.speaker, 0) + 1
    return {
        "kind": "transcript",
        "title": transcript.title,
        "lang": transcript.lang,
        "cues": len(transcript.cues),
        "speakers": speakers,
        "first_time": transcript.cues[0].start if transcript.cues else None,
        "last_time": transcript.cues[-1].end if transcript.cues else None,
    }


def outline(document: Document | Transcript) -> dict[str, Any]:
    """The outline of either kind of document."""
    if isinstance(document, Transcript):
        return transcript_outline(document)
    return document_outline(document)
