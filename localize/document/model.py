"""The document model: one summary (or transcript) as typed, validated data.

A summary has a title, an overview (the blocks before the first section) and
sections, each with an optional timestamp, a heading and blocks. Blocks are
paragraphs, quotes and bullet lists; a list holds plain items, term items or
entities. Every translatable piece is a segment (see `localize.document.segments`).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from localize.text.timestamps import is_timestamp

LANGUAGES = ("en", "ko", "zh")
"""The languages an edition can be written in."""
NEEDS_REVIEW = "needs_review"
"""The front-matter key (in `Document.extra`) listing the segments an edition holds in
their source text because no acceptable translation came; the checker reports each."""

QuoteMarks = Literal['"', "“", ""]


class _StrictModel(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class Paragraph(_StrictModel):
    """A paragraph of prose, on one line."""

    kind: Literal["paragraph"] = "paragraph"
    text: str


class Quote(_StrictModel):
    """A quotation, with who said it, the context of the saying and when."""

    kind: Literal["quote"] = "quote"
    text: str
    marks: QuoteMarks = '"'
    speaker: str | None = None
    context: str | None = None
    time: str | None = None

    @field_validator("time")
    @classmethod
    def _time_is_timestamp(cls, value: str | None) -> str | None:
        if value is not None and not is_timestamp(value):
            raise ValueError(f"not a timestamp: {value!r}")
        return value


class Item(_StrictModel):
    """A plain bullet: `- text`."""

    kind: Literal["item"] = "item"
    text: str


class TermItem(_StrictModel):
    """A term and its description: `- **Term**: description` (bold) or `- Term: description`."""

    kind: Literal["term"] = "term"
    term: str
    description: str
    bold: bool = True


class Entity(_StrictModel):
    """A named thing the summary mentions: `- **Name** (type): description`."""

    kind: Literal["entity"] = "entity"
    name: str
    type: str
    description: str


ListEntry = Annotated[Item | TermItem | Entity, Field(discriminator="kind")]


class BulletList(_StrictModel):
    """Consecutive bullet lines."""

    kind: Literal["list"] = "list"
    items: list[ListEntry]


Block = Annotated[Paragraph | Quote | BulletList, Field(discriminator="kind")]


class Section(_StrictModel):
    """A `## [TS] Heading` (timed) or `## Heading` (untimed) section and its blocks."""

    timestamp: str | None = None
    heading: str
    heading_prefix: str = ""
    """Style characters between timestamp and heading, kept as written (`– ` before `Intro`)."""
    heading_uncertain: bool = False
    """Set by importers that had to guess where the heading ended; shown for review."""
    blocks: list[Block] = Field(default_factory=list)

    @field_validator("timestamp")
    @classmethod
    def _timestamp_is_valid(cls, value: str | None) -> str | None:
        if value is not None and not is_timestamp(value):
            raise ValueError(f"not a timestamp: {value!r}")
        return value

    @property
    def quotes(self) -> list[Quote]:
        """The quotes of this section, in order."""
        return [block for block in self.blocks if isinstance(block, Quote)]

    @property
    def entities(self) -> list[Entity]:
        """The entities listed in this section, in order."""
        return [item for block in self.blocks if isinstance(block, BulletList)
                for item in block.items if isinstance(item, Entity)]

    @property
    def paragraphs(self) -> list[Paragraph]:
        """The paragraphs of this section, in order."""
        return [block for block in self.blocks if isinstance(block, Paragraph)]


class Document(_StrictModel):
    """One summary: metadata, overview and sections."""

    title: str
    lang: str | None = None
    source_lang: str | None = None
    front_matter: bool = True
    """Whether the canonical file carries YAML front matter."""
    extra: dict[str, Any] = Field(default_factory=dict)
    """Front-matter keys localize does not interpret, kept so nothing the user wrote is lost."""
    overview: list[Block] = Field(default_factory=list)
    sections: list[Section] = Field(default_factory=list)

    @property
    def timed_sections(self) -> list[Section]:
        """Sections with a timestamp."""
        return [section for section in self.sections if section.timestamp is not None]

    @property
    def untimed_sections(self) -> list[Section]:
        """Sections without a timestamp (Key Concepts, Entities...)."""
        return [section for section in self.sections if section.timestamp is None]

    @property
    def quotes(self) -> list[Quote]:
        """Every quote, overview first, then section by section."""
        found = [block for block in self.overview if isinstance(block, Quote)]
        for section in self.sections:
            found.extend(section.quotes)
        return found

    @property
    def entities(self) -> list[Entity]:
        """Every entity, overview first, then section by section (the order of `e1, e2...`)."""
        found = [item for block in self.overview if isinstance(block, BulletList)
                 for item in block.items if isinstance(item, Entity)]
        for section in self.sections:
            found.extend(section.entities)
        return found


class Cue(_StrictModel):
    """One WebVTT cue: timing, optional identifier and settings, speaker and text."""

    start: str
    end: str
    text: str
    speaker: str | None = None
    identifier: str | None = None
    settings: str = ""


class Transcript(_StrictModel):
    """A timed transcript (WebVTT): cues in order."""

    title: str
    lang: str | None = None
    header: str = "WEBVTT"
    """The first line, kept as written (it may carry a description after `WEBVTT`)."""
    cues: list[Cue] = Field(default_factory=list)

    @property
    def speakers(self) -> list[str]:
        """Distinct speakers, in order of first appearance."""
        seen: dict[str, None] = {}
        for cue in self.cues:
            if cue.speaker is not None:
                seen.setdefault(cue.speaker, None)
        return list(seen)
