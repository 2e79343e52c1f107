"""Small helpers the checks share."""

from __future__ import annotations

from localize.check.align import SectionPair
from localize.check.pairs import TextPair, section_place
from localize.check.units import Unit
from localize.findings import Finding, Severity

EXCERPT = 160


def excerpt(text: str | None) -> str | None:
    """A text shortened for a report."""
    if text is None:
        return None
    return text if len(text) <= EXCERPT else text[: EXCERPT - 1] + "…"


def finding(code: str, severity: Severity, message: str, *, section: int | None = None,
            timestamp: str | None = None, segment: str | None = None,
            source_text: str | None = None, target_text: str | None = None) -> Finding:
    """A finding of the checker, with texts shortened."""
    return Finding(code=code, severity=severity, message=message, section=section,
                   timestamp=timestamp, segment=segment, source_text=excerpt(source_text),
                   target_text=excerpt(target_text))


def pair_finding(code: str, severity: Severity, message: str, pair: TextPair) -> Finding:
    """A finding about one aligned pair of texts."""
    return finding(code, severity, message, section=pair.section, timestamp=pair.timestamp,
                   segment=pair.segment, source_text=pair.source, target_text=pair.target)


def unit_finding(code: str, severity: Severity, message: str, pair: SectionPair,
                 source: Unit | None, target: Unit | None) -> Finding:
    """A finding about a unit of a section pair."""
    section, timestamp = section_place(pair)
    segment = source.id if source is not None else (f"target:{target.id}" if target else None)
    return finding(code, severity, message, section=section, timestamp=timestamp,
                   segment=segment, source_text=source.text if source else None,
                   target_text=target.text if target else None)
