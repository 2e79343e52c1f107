"""The language of a document and of each of its segments.

A document's own entities that are proper names (people, companies, products) are masked
in every segment, so `Marc Benioff` never makes a Korean sentence look English and an
entity line that is only a name is `und`. Concept entities stay: they are language.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from pydantic import BaseModel, ConfigDict

from localize.detect.text import (
    SUPPORTED_LANGUAGES,
    Detection,
    NameMask,
    detect_text,
)
from localize.document.model import Document, Transcript
from localize.document.segments import Segment, document_segments, transcript_segments
from localize.errors import InputError
from localize.text.script import script_of

# Entity types whose names are words of a language, not names: `Sharpe Ratio` (metric).
CONCEPT_TYPES = frozenset(
    "concept concepts feature metric process technique method idea term field practice "
    "strategy principle theory 개념 용어 기술 방법 概念 术语 技术 方法".split()
)
_SMALL_NAME_WORDS = frozenset("of the and for & de von van der la le du".split())


def _is_name_shaped(name: str) -> bool:
    """Written like a proper name: every word capitalised, an acronym, or with digits."""
    words = [word.strip("\"'“”()[],.") for word in name.split()]
    words = [word for word in words if word and word.lower() not in _SMALL_NAME_WORDS]
    if not words or any(script_of(character) in ("hangul", "han", "kana")
                        for character in name):
        return False
    return all(word[0].isupper() or word[0].isdigit() for word in words)


def _is_coined(name: str) -> bool:
    """One word that no dictionary holds: an acronym (`MCP`) or inner capitals (`DAgger`)."""
    word = name.strip()
    return " " not in word and len(word) > 1 and (
        word.isupper() or any(character.isupper() for character in word[1:])
        or any(character.isdigit() for character in word))


class SegmentDetection(BaseModel):
    """A segment and its detected language."""

    model_config = ConfigDict(frozen=True)

    segment: Segment
    detection: Detection


class DocumentDetection(BaseModel):
    """A document's language and each segment's."""

    model_config = ConfigDict(frozen=True)

    lang: str
    confidence: float
    segments: list[SegmentDetection]
    other: str | None = None
    """For `lang == "other"`, the language when known."""

    @property
    def differing(self) -> list[SegmentDetection]:
        """Segments in a language other than the document's (`und` never differs)."""
        return [item for item in self.segments
                if item.detection.lang not in (self.lang, "und")]


def document_names(document: Document, extra: Iterable[str] = ()) -> list[str]:
    """The names to mask: entity names written as proper names (unless the entity is a
    concept), coined single words, each side of `A / B`, plus `extra`."""
    names: list[str] = []
    for entity in document.entities:
        parts = [part.strip() for part in entity.name.split("/") if part.strip()]
        concept = entity.type.strip().lower() in CONCEPT_TYPES
        numbered = _is_name_shaped(entity.name) and any(
            character.isdigit() for character in entity.name)  # `Move 37`, `Quest 2`
        kept = [part for part in parts if _is_coined(part) or numbered or (
            not concept and _is_name_shaped(part))]
        names.extend(kept)
        if kept and len(parts) > 1:
            names.append(entity.name)  # `Homebrew / winget` lists names: all of it is one
    return [*names, *extra]


def detect_segments(segments: list[Segment], mask: NameMask) -> list[SegmentDetection]:
    """Each segment's language under one mask."""
    return [SegmentDetection(segment=segment, detection=detect_text(segment.text, mask))
            for segment in segments]


def _vote(detections: list[SegmentDetection]) -> tuple[tuple[str, str | None], float]:
    weights: dict[tuple[str, str | None], float] = defaultdict(float)
    for item in detections:
        if item.detection.lang != "und":
            key = (item.detection.lang, item.detection.other)
            weights[key] += len(item.segment.text) * item.detection.confidence
    if not weights:
        return ("und", None), 1.0
    best = max(weights, key=lambda key: weights[key])
    return best, round(weights[best] / sum(weights.values()), 3)


def detect_document(document: Document | Transcript,
                    names: Iterable[str] = ()) -> DocumentDetection:
    """A document's language (the segments' vote, weighted by length) and every segment's.

    `names` adds names to mask, such as a glossary's keep-terms.
    """
    if isinstance(document, Transcript):
        mask = NameMask(names)
        segments = transcript_segments(document)
    else:
        mask = NameMask(document_names(document, names))
        segments = document_segments(document)
    detections = detect_segments(segments, mask)
    (language, other), confidence = _vote(detections)
    return DocumentDetection(lang=language, other=other, confidence=confidence,
                             segments=detections)


class UnsupportedLanguageError(InputError):
    """A source language outside the ones localize translates."""


def resolve_source_language(document: Document | Transcript, override: str | None = None,
                            path: str | None = None, option: str = "--source-lang",
                            role: str = "source") -> str:
    """The language to translate from: `override`, else detected; refused when unsupported."""
    if override is None:
        detected = detect_document(document)
        language = detected.other or detected.lang if detected.lang == "other" else detected.lang
    else:
        language = override
    if language not in SUPPORTED_LANGUAGES:
        shown = "undetermined" if language in ("und", "other") else repr(language)
        raise InputError(path, f"unsupported {role} language {shown} "
                               f"(supported: {', '.join(SUPPORTED_LANGUAGES)}; "
                               f"set it with {option})")
    return language
