"""Timestamps: a section's time changed, or the target's times out of order."""

from __future__ import annotations

from collections.abc import Iterator

from localize.check.align import Alignment
from localize.check.checks.common import finding
from localize.check.context import CheckContext
from localize.document.ids import SegmentId
from localize.findings import Finding, Severity
from localize.text.timestamps import to_seconds

ID = "timestamp"


def check(alignment: Alignment, context: CheckContext) -> Iterator[Finding]:
    """Yield a finding per changed time and per time that goes backwards."""
    for pair in alignment.sections[1:]:
        source, target = pair.source, pair.target
        if source is None or target is None:
            continue
        if source.timestamp != target.timestamp:
            yield finding("timestamp.changed", Severity.ERROR,
                          f"time {source.timestamp or 'none'} became "
                          f"{target.timestamp or 'none'}", section=pair.source_number,
                          timestamp=source.timestamp,
                          segment=str(SegmentId.heading(pair.source_number or 0)),
                          source_text=source.timestamp, target_text=target.timestamp)
    if any(pair.reordered for pair in alignment.sections):
        return  # the structure check reports the order
    previous: int | None = None
    for pair in sorted((p for p in alignment.sections[1:] if p.target is not None),
                       key=lambda p: p.target_number or 0):
        target = pair.target
        if target is None or target.timestamp is None:
            continue
        seconds = to_seconds(target.timestamp)
        if previous is not None and seconds < previous and not pair.reordered:
            yield finding("timestamp.order", Severity.ERROR,
                          f"target section {pair.target_number} at {target.timestamp} comes "
                          "before the time of the section above it", section=pair.source_number,
                          timestamp=pair.source.timestamp if pair.source else None,
                          target_text=target.timestamp)
        previous = seconds
