"""Writing only what the reader reads back.

`render_checked` renders an edition, parses the text again and compares: a document whose
text would come back different (a segment that starts like a heading, a name holding `**`)
is an error naming the segment, and nothing is written. `survives` asks the same of one
text in one kind of slot, so the translator can refuse such an answer before it is
accepted or remembered.
"""

from __future__ import annotations

from localize.document.model import (
    BulletList,
    Document,
    Entity,
    Item,
    Paragraph,
    Quote,
    Section,
    TermItem,
)
from localize.document.segments import SegmentKind, document_segments
from localize.errors import InputError, LocalizeError
from localize.readers import parse_markdown
from localize.writers.markdown import render_markdown

LINE_SEPARATORS = "\r\n\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85"
"""Every character a reader could take for the end of a line or a paragraph."""


class UnreadableEditionError(LocalizeError):
    """An edition would not read back as written (a bug: nothing is written)."""

    exit_code = 70

    def __init__(self, segment: str | None) -> None:
        self.segment = segment
        where = f"segment {segment}" if segment else "its structure"
        super().__init__(f"internal error: the edition would not read back as written "
                         f"({where}); nothing was written")


def reread(document: Document) -> Document | None:
    """The document as the reader would read its rendering back, or None if it could not."""
    try:
        return parse_markdown(render_markdown(document))
    except (InputError, ValueError):
        return None


def changed_segments(document: Document) -> list[str] | None:
    """The ids whose text would read back differently ([] when the document reads back
    whole; None when its structure itself would not)."""
    again = reread(document)
    if again is None:
        return None
    before = {segment.id: segment.text for segment in document_segments(document)}
    after = {segment.id: segment.text for segment in document_segments(again)}
    if before.keys() != after.keys():
        return None
    changed = [segment_id for segment_id, text in before.items() if after[segment_id] != text]
    # A document read from a file without front matter is written without it, so its
    # metadata (a language given on the command line) is not part of the text to compare.
    unwritten = {} if document.front_matter else {
        "lang": document.lang, "source_lang": document.source_lang, "extra": document.extra}
    if not changed and again.model_copy(update={"front_matter": document.front_matter,
                                                **unwritten}) != document:
        return None
    return changed


def render_checked(document: Document) -> str:
    """The canonical text of a document, proven to read back as the same document."""
    changed = changed_segments(document)
    if changed is None or changed:
        raise UnreadableEditionError(changed[0] if changed else None)
    return render_markdown(document)


def _blocks(kind: SegmentKind, text: str) -> list[Paragraph | Quote | BulletList]:
    """Blocks holding `text` in a slot of `kind` (a paragraph when the kind is not a block's)."""
    if kind == "quote":
        return [Quote(text=text, speaker="S", time="00:01")]
    if kind == "quote_context":
        return [Quote(text="q", speaker="S", context=text)]
    if kind == "item":
        return [BulletList(items=[Item(text=text)])]
    if kind in ("term", "term_description"):
        term, description = (text, "d") if kind == "term" else ("t", text)
        return [BulletList(items=[TermItem(term=term, description=description)])]
    if kind in ("entity_name", "entity_type", "entity_description"):
        name, type_, description = (
            (text, "t", "d") if kind == "entity_name" else
            ("N", text, "d") if kind == "entity_type" else ("N", "t", text))
        return [BulletList(items=[Entity(name=name, type=type_, description=description)])]
    return [Paragraph(text=text if kind == "paragraph" else "p")]


def _probe(kind: SegmentKind, text: str, lang: str | None, timed: bool) -> Document:
    """A one-section document holding `text` in a slot of `kind`."""
    heading = text if kind == "heading" else "H"
    return Document(title=text if kind == "title" else "T", lang=lang, sections=[
        Section(timestamp="00:00" if timed else None, heading=heading,
                blocks=_blocks(kind, text))])


def survives(kind: SegmentKind, text: str, lang: str | None = None) -> bool:
    """Whether `text` in a slot of `kind` reads back exactly as written (a cue only needs
    to stay on one line and hold no cue timing arrow)."""
    if any(character in LINE_SEPARATORS for character in text):
        return False
    if kind == "cue":
        return "-->" not in text
    for timed in (True, False):
        try:
            probe = _probe(kind, text, lang, timed)
        except ValueError:
            return False  # the model itself refuses it (a timestamp that is not one)
        if reread(probe) != probe:
            return False
        if kind != "heading":
            break  # only a heading is written differently in timed and untimed sections
    return True
