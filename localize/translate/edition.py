"""Building a translated edition: the source's structure with translated segments, the
target's fixed words, and front matter naming both languages."""

from __future__ import annotations

from localize.document.model import NEEDS_REVIEW, BulletList, Document, Entity, Quote, Transcript
from localize.document.segments import cue_id, document_segments, with_segment_texts
from localize.translate.policy import EditionPolicy, entity_type, structural_heading


def build_edition(source: Document, texts: dict[str, str], target_lang: str,
                  policy: EditionPolicy, source_name: str | None = None,
                  needs_review: list[str] | None = None) -> Document:
    """The edition: translated texts by segment id, structural headings, entity types and
    quote marks in the target's words; `translated_from` names the source file, so that a
    re-run knows the edition is its own; `needs_review` lists the segments that still hold
    their source text because no acceptable translation came (the checker reports them)."""
    edition = with_segment_texts(source, texts)
    edition.lang = target_lang
    edition.source_lang = source.lang
    edition.extra = {"translated_from": source_name} if source_name else {}
    if needs_review:
        order = {segment.id: place for place, segment in
                 enumerate(document_segments(source))}
        edition.extra[NEEDS_REVIEW] = sorted(set(needs_review),
                                             key=lambda i: order.get(i, len(order)))
    edition.front_matter = True
    for section in edition.sections:
        concept = structural_heading(section.heading)
        if concept and concept in policy.headings:
            section.heading = policy.headings[concept]
        for block in section.blocks:
            if isinstance(block, Quote) and block.marks:
                block.marks = policy.quote_marks
            if isinstance(block, BulletList):
                for item in block.items:
                    if isinstance(item, Entity):
                        kind = entity_type(item.type)
                        if kind and kind in policy.entity_types:
                            item.type = policy.entity_types[kind]
    return edition


def transcript_edition(source: Transcript, texts: dict[str, str], target_lang: str
                       ) -> Transcript:
    """A transcript with its cues' texts translated; timing, settings, identifiers and
    speakers unchanged."""
    edition = source.model_copy(deep=True)
    edition.lang = target_lang
    for number, cue in enumerate(edition.cues, start=1):
        cue.text = texts.get(str(cue_id(number)), cue.text)
    return edition
