"""What a review shows: the two editions row by row, whole units, with the findings on each
row in segment order."""

from __future__ import annotations

from dataclasses import dataclass, field

from localize.check import Alignment, CheckReport, section_place
from localize.document.ids import SegmentId
from localize.document.model import Document, Quote, Section
from localize.document.segments import SegmentKind, Unit
from localize.findings import Finding
from localize.review.accepted import AcceptedFinding

LABELS: dict[SegmentKind, str] = {
    "title": "title", "heading": "heading", "paragraph": "text", "quote": "quote",
    "quote_context": "context", "item": "text", "term": "term",
    "term_description": "description", "entity_name": "name", "entity_type": "type",
    "entity_description": "description", "cue": "text"}
"""What each kind of segment is called on a row."""


@dataclass(frozen=True)
class Part:
    """One piece of a unit as shown: a segment (with its id in its own edition, so it can be
    edited) or a detail that is not translated (a quote's speaker and time)."""

    label: str
    text: str
    segment: str | None = None
    kind: SegmentKind | None = None


@dataclass
class Row:
    """One line of the side-by-side view: a unit of each edition and its findings."""

    segment: str
    kind: str
    source: list[Part] | None
    target: list[Part] | None
    findings: list[Finding] = field(default_factory=list)
    accepted: list[AcceptedFinding] = field(default_factory=list)

    def counterpart(self, part: Part) -> Part | None:
        """The source part shown beside a target part (same label), if any."""
        return next((other for other in self.source or [] if other.label == part.label
                     and other.segment is not None), None)


@dataclass
class SectionView:
    """A section of the view: its headings (a row of their own), rows and section-wide
    findings."""

    number: int | None
    timestamp: str | None
    source_heading: str | None
    target_heading: str | None
    rows: list[Row]
    findings: list[Finding] = field(default_factory=list)
    accepted: list[AcceptedFinding] = field(default_factory=list)
    heading: Row | None = None
    """The headings as a row (None for the overview, which has none)."""


@dataclass
class Review:
    """The whole review: the titles, then the sections in reading order."""

    title: Row
    sections: list[SectionView]

    def rows(self) -> list[Row]:
        """Every row holding findings, in reading order: the title, then per section its
        heading row and its units."""
        found = [self.title]
        for view in self.sections:
            if view.heading is not None:
                found.append(view.heading)
            found.extend(view.rows)
        return found

    def findings(self) -> list[Finding]:
        """Every open finding in segment order (a section's own findings before its rows)."""
        ordered = list(self.title.findings)
        for view in self.sections:
            ordered.extend(view.findings)
            if view.heading is not None:
                ordered.extend(view.heading.findings)
            for row in view.rows:
                ordered.extend(row.findings)
        return ordered

    def accepted(self) -> list[AcceptedFinding]:
        """Every accepted finding, in segment order."""
        ordered = list(self.title.accepted)
        for view in self.sections:
            ordered.extend(view.accepted)
            for row in ([view.heading] if view.heading else []) + view.rows:
                ordered.extend(row.accepted)
        return ordered


def unit_parts(unit: Unit) -> list[Part]:
    """The whole unit as parts: every slot (a term and its description; an entity's name,
    type and description), and a quote's speaker and time after its text."""
    parts = [Part(LABELS[slot.kind], unit.text_of(slot), str(unit.id.with_part(slot.part)),
                  slot.kind) for slot in unit.slots]
    if isinstance(unit.node, Quote):
        details = [Part(label, value) for label, value in
                   (("speaker", unit.node.speaker), ("time", unit.node.time)) if value]
        parts[1:1] = details  # after the quote, before its context
    return parts


def _heading_parts(section: Section | None, number: int | None) -> list[Part] | None:
    if section is None or number is None:
        return None
    return [Part("heading", section.heading, str(SegmentId.heading(number)), "heading")]


def _row_key(segment: str) -> str:
    """The row a finding about `segment` belongs to: the whole unit it names a part of."""
    try:
        return str(SegmentId.parse(segment).unit)
    except ValueError:
        return segment  # not an id of ours: it still lands on the document-wide list


def _title_row(source: Document, target: Document) -> Row:
    return Row("title", "title", [Part("title", source.title, "title", "title")],
               [Part("title", target.title, "title", "title")])


class _Placer:
    """Hands each finding to the one row or section it is about."""

    def __init__(self, findings: list[Finding], accepted: list[AcceptedFinding]) -> None:
        self.findings: dict[str, list[Finding]] = {}
        self.accepted: dict[str, list[AcceptedFinding]] = {}
        for finding in findings:
            if finding.segment is not None:
                self.findings.setdefault(_row_key(finding.segment), []).append(finding)
        for item in accepted:
            if item.finding.segment is not None:
                self.accepted.setdefault(_row_key(item.finding.segment), []).append(item)
        self.placed: set[int] = set()

    def take(self, key: str) -> tuple[list[Finding], list[AcceptedFinding]]:
        findings = self.findings.pop(key, [])
        accepted = self.accepted.pop(key, [])
        self.placed.update(id(finding) for finding in findings)
        self.placed.update(id(item) for item in accepted)
        return findings, accepted

    def fill(self, row: Row) -> Row:
        findings, accepted = self.take(row.segment)
        row.findings = sorted(findings, key=lambda f: (_part_place(f), -f.severity.rank))
        row.accepted = sorted(accepted, key=lambda item: _part_place(item.finding))
        return row


_PART_PLACES = {None: 0, "name": 0, "type": 1, "ctx": 1, "desc": 2}
"""Where each part stands within its unit, as `unit_parts` lists them."""


def _part_place(finding: Finding) -> int:
    try:
        return _PART_PLACES[SegmentId.parse(finding.segment or "").part]
    except ValueError:
        return 0


def build_review(alignment: Alignment, report: CheckReport,
                 accepted: list[AcceptedFinding] | None = None) -> Review:
    """The titles and the sections with rows in reading order; every finding lands on its
    row or section, each row's findings in the order the checker gave them."""
    accepted = accepted or []
    placer = _Placer(report.findings, accepted)
    title = placer.fill(_title_row(alignment.source, alignment.target))
    views = []
    for pair in alignment.sections:
        number, timestamp = section_place(pair)
        rows = []
        for unit_pair in pair.units:
            source, target = unit_pair.source, unit_pair.target
            segment = str(source.id) if source else str(target.id.on_target()) if target else ""
            rows.append(placer.fill(Row(segment, unit_pair.kind,
                                        unit_parts(source) if source else None,
                                        unit_parts(target) if target else None)))
        heading_key = str(SegmentId.heading(pair.source_number)) if pair.source_number else \
            str(SegmentId.heading(pair.target_number or 0).on_target())
        heading = None
        if pair.source_number != 0:
            heading = placer.fill(Row(heading_key, "heading",
                                      _heading_parts(pair.source, pair.source_number),
                                      _heading_parts(pair.target, pair.target_number)))
        views.append(SectionView(
            number, timestamp if timestamp else (pair.target.timestamp if pair.target else None),
            pair.source.heading if pair.source else None,
            pair.target.heading if pair.target else None, rows, heading=heading))
    if views:
        # The title's neighbours: findings about the document as a whole, or about a place
        # no row shows, open the overview.
        views[0].findings.extend(finding for finding in report.findings
                                 if id(finding) not in placer.placed)
        views[0].accepted.extend(item for item in accepted if id(item) not in placer.placed)
    return Review(title, views)


def build_view(alignment: Alignment, report: CheckReport,
               accepted: list[AcceptedFinding] | None = None) -> list[SectionView]:
    """The sections of `build_review` (the titles left out)."""
    return build_review(alignment, report, accepted).sections
