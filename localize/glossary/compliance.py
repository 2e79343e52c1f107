"""Glossary compliance of a target segment against its source segment.

For every term the source uses, the target must use the form the glossary requires; no
forbidden form may appear; a keep-term must not be transliterated; in Korean, the particle
after a term must agree with how the term is read.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from localize.document.model import Document
from localize.document.segments import document_segments
from localize.findings import Finding, Severity, Span
from localize.glossary.matcher import Match, Role, TermIndex
from localize.glossary.model import Glossary
from localize.glossary.particles import check_particle, final_consonant
from localize.text.unicode import to_nfc


@dataclass(frozen=True)
class _Place:
    segment: str | None
    section: int | None

    def finding(self, code: str, message: str, match: Match, *,
                source: Match | None = None, target: Span | None = None) -> Finding:
        return Finding(code=code, severity=Severity.ERROR, message=message,
                       term=match.term.term, segment=self.segment, section=self.section,
                       source_span=Span(start=source.start, end=source.end) if source else None,
                       target_span=target)


def _reading(match: Match) -> str | None:
    """How the matched form is read in Korean: itself when it ends in Hangul."""
    last = match.form[-1:]
    if last and final_consonant(last) is not None:
        return match.form
    return to_nfc(match.term.reading) if match.term.reading else None  # a glossary saved NFD


class Compliance:
    """Checks segment pairs against a glossary for one language pair."""

    def __init__(self, glossary: Glossary, source_lang: str, target_lang: str) -> None:
        self.source_lang = source_lang
        self.target_lang = target_lang
        self.source_index = TermIndex.of(glossary, source_lang)
        self.target_index = TermIndex.of(glossary, target_lang)

    def check(self, source: str, target: str, segment: str | None = None,
              section: int | None = None) -> Iterator[Finding]:
        """Yield the findings for one source segment and its target, both compared in NFC
        (positions count characters of the NFC texts)."""
        source, target = to_nfc(source), to_nfc(target)  # particles are read composed too
        place = _Place(segment, section)
        found = self.target_index.find(target)
        present = {match.term.term for match in found if match.role is Role.REQUIRED}
        reported: set[str] = set()
        altered_spans: set[tuple[int, int]] = set()
        for match in self.source_index.find(source):
            if match.role not in (Role.REQUIRED, Role.VARIANT):
                continue
            if match.term.form(self.target_lang) is None:
                continue  # the glossary says nothing for this edition (lint warns of it)
            if match.term.term in present or match.term.term in reported:
                continue
            reported.add(match.term.term)
            finding = self._missing(match, found, place)
            if finding.target_span is not None:
                altered_spans.add((finding.target_span.start, finding.target_span.end))
            yield finding
        for match in found:
            if match.role is Role.FORBIDDEN and (match.start, match.end) not in altered_spans:
                required = match.term.form(self.target_lang)
                yield place.finding(
                    "glossary.forbidden", f"{match.form!r} is forbidden in the "
                    f"{self.target_lang} edition; write {required!r}", match,
                    target=Span(start=match.start, end=match.end))
            elif match.role is Role.REQUIRED and self.target_lang == "ko":
                yield from self._particle(target, match, place)

    def _missing(self, match: Match, found: list[Match], place: _Place) -> Finding:
        term = match.term
        altered = next((other for other in found if other.term is term
                        and other.role in (Role.READING, Role.FORBIDDEN)), None)
        if term.keep and altered is not None:
            return place.finding(
                "glossary.keep-altered", f"{term.term!r} must stay as written, not "
                f"{altered.form!r}", match, source=match,
                target=Span(start=altered.start, end=altered.end))
        return place.finding(
            "glossary.missing", f"the source has {match.form!r}; the {self.target_lang} "
            f"edition must write {term.form(self.target_lang)!r}", match, source=match)

    def _particle(self, target: str, match: Match, place: _Place) -> Iterator[Finding]:
        reading = _reading(match)
        error = check_particle(target, match.end, reading) if reading else None
        if error is not None:
            yield place.finding(
                "glossary.particle", f"{match.form}{error.found} should be "
                f"{match.form}{error.expected} (read {reading})", match,
                target=Span(start=error.start, end=error.end))


def check_documents(glossary: Glossary, source: Document, target: Document,
                    source_lang: str, target_lang: str) -> list[Finding]:
    """Compliance of every segment the two editions share (aligned by segment id)."""
    compliance = Compliance(glossary, source_lang, target_lang)
    targets = {segment.id: segment for segment in document_segments(target)}
    findings: list[Finding] = []
    for segment in document_segments(source):
        counterpart = targets.get(segment.id)
        if counterpart is not None:
            findings.extend(compliance.check(segment.text, counterpart.text, segment.id,
                                             segment.section))
    return findings
