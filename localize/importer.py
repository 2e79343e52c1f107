"""Importing: read any supported file and write canonical files, one per summary."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from localize.detect import resolve_source_language
from localize.document.defects import Defect, find_defects
from localize.document.model import Document, Transcript
from localize.readers import Parsed, read_file
from localize.text.slug import MAX_NAME_BYTES, unique_slugs
from localize.textfile import DEFAULT_MAX_BYTES, write_texts_atomic
from localize.writers import render_checked, render_webvtt


@dataclass(frozen=True)
class ImportedFile:
    """One file an import wrote, what it holds and what needs a person's eye."""

    path: Path
    document: Parsed
    defects: list[Defect]
    uncertain_headings: list[int]


def render(document: Parsed) -> str:
    """The canonical text of a summary (Markdown, proven to read back as the same document
    before anything is written) or a transcript (WebVTT)."""
    if isinstance(document, Transcript):
        return render_webvtt(document)
    return render_checked(document)


def _extension(document: Parsed) -> str:
    return "vtt" if isinstance(document, Transcript) else "md"


def output_names(documents: list[Parsed]) -> list[str]:
    """`SLUG.LANG.md` (or `.vtt`) for each document: no two alike, even ignoring case, and
    each within the file systems' 255 bytes."""
    suffixes = [f".{document.lang or 'und'}.{_extension(document)}" for document in documents]
    room = MAX_NAME_BYTES - max((len(suffix.encode("utf-8")) for suffix in suffixes), default=0)
    slugs = unique_slugs([document.title for document in documents], room)
    return [slug + suffix for slug, suffix in zip(slugs, suffixes, strict=True)]


def import_file(source: Path, out_dir: Path, format: str | None = None,
                max_bytes: int = DEFAULT_MAX_BYTES, force: bool = False,
                source_lang: str | None = None) -> list[ImportedFile]:
    """Read `source` and write one canonical file per summary into `out_dir`.

    Each document's language is `source_lang` or detected, and must be one localize
    supports. Every target is checked before anything is written, so a refused overwrite
    leaves the output folder as it was.
    """
    _, documents = read_file(source, format=format, max_bytes=max_bytes)
    for document in documents:
        document.lang = resolve_source_language(document, source_lang, str(source))
    targets = [out_dir / name for name in output_names(documents)]
    # Every text is rendered and every target (numbered names included) checked before the
    # first file is written: a refusal or a failed write leaves the output folder as it was.
    write_texts_atomic([(target, render(document))
                        for target, document in zip(targets, documents, strict=True)], force)
    return [ImportedFile(
        path=target, document=document,
        defects=list(find_defects(document)) if isinstance(document, Document) else [],
        uncertain_headings=[number for number, section in enumerate(
            document.sections, start=1) if section.heading_uncertain]
        if isinstance(document, Document) else [])
        for target, document in zip(targets, documents, strict=True)]
