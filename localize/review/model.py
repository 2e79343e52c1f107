"""What a review shows: the two editions row by row, with the findings on each row."""

from __future__ import annotations

from dataclasses import dataclass, field

from localize.check import Alignment, CheckReport, section_place
from localize.document.ids import SegmentId
from localize.findings import Finding


@dataclass
class Row:
    """One line of the side-by-side view: a segment of each edition and its findings."""

    segment: str
    kind: str
    source: str | None
    target: str | None
    findings: list[Finding] = field(default_factory=list)


@dataclass
class SectionView:
    """A section of the view: its headings, times, rows and section-wide findings."""

    number: int | None
    timestamp: str | None
    source_heading: str | None
    target_heading: str | None
    rows: list[Row]
    findings: list[Finding] = field(default_factory=list)


def _row_key(segment: str) -> str:
    """The row a finding about `segment` belongs to: the whole unit it names a part of."""
    try:
        return str(SegmentId.parse(segment).unit)
    except ValueError:
        return segment  # not an id of ours: it still lands on the document-wide list


def build_view(alignment: Alignment, report: CheckReport) -> list[SectionView]:
    """Sections with rows in reading order; every finding lands on its row or section."""
    by_segment: dict[str, list[Finding]] = {}
    for finding in report.findings:
        if finding.segment is not None:
            by_segment.setdefault(_row_key(finding.segment), []).append(finding)
    views = []
    placed: set[int] = set()
    for pair in alignment.sections:
        number, timestamp = section_place(pair)
        rows = []
        for unit_pair in pair.units:
            source, target = unit_pair.source, unit_pair.target
            segment = str(source.id) if source else str(target.id.on_target()) if target else ""
            row = Row(segment, unit_pair.kind, source.text if source else None,
                      target.text if target else None, by_segment.get(segment, []))
            placed.update(id(finding) for finding in row.findings)
            rows.append(row)
        heading_key = str(SegmentId.heading(pair.source_number)) if pair.source_number else \
            str(SegmentId.heading(pair.target_number or 0).on_target())
        section_findings = by_segment.get(heading_key, []) if pair.source_number != 0 else []
        placed.update(id(finding) for finding in section_findings)
        views.append(SectionView(
            number, timestamp if timestamp else (pair.target.timestamp if pair.target else None),
            pair.source.heading if pair.source else None,
            pair.target.heading if pair.target else None, rows, list(section_findings)))
    leftover = [finding for finding in report.findings if id(finding) not in placed]
    if leftover and views:
        views[0].findings.extend(leftover)  # title and other document-wide findings
    return views
