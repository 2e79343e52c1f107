"""localize: multilingual summary localization for English, Korean and Chinese editions.

The library reads summaries in the formats met in the wild, holds them in one typed model
whose every translatable piece is a segment with a stable id, and writes canonical files.
"""

from localize.document.defects import Defect, find_defects, require_clean
from localize.document.model import (
    BulletList,
    Cue,
    Document,
    Entity,
    Item,
    Paragraph,
    Quote,
    Section,
    TermItem,
    Transcript,
)
from localize.document.segments import Segment, document_segments, transcript_segments
from localize.errors import DefectiveSourceError, InputError, LocalizeError, OutputExistsError
from localize.importer import import_file
from localize.readers import detect_format, parse_markdown, read_file
from localize.writers import render_markdown, render_webvtt

__version__ = "0.1.0"

__all__ = [
    "BulletList",
    "Cue",
    "Defect",
    "DefectiveSourceError",
    "Document",
    "Entity",
    "InputError",
    "Item",
    "LocalizeError",
    "OutputExistsError",
    "Paragraph",
    "Quote",
    "Section",
    "Segment",
    "TermItem",
    "Transcript",
    "detect_format",
    "document_segments",
    "find_defects",
    "import_file",
    "parse_markdown",
    "read_file",
    "render_markdown",
    "render_webvtt",
    "require_clean",
    "transcript_segments",
]
