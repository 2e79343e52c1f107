"""Quotes: one lost or added, or its speaker or time lost (a quote left in the source
language is the untranslated check's `quote.untranslated`)."""

from __future__ import annotations

from collections.abc import Iterator

from localize.check.align import Alignment
from localize.check.checks.common import paired_units, unit_finding
from localize.check.context import CheckContext
from localize.document.model import Quote
from localize.findings import Finding, Severity

ID = "quote"


def check(alignment: Alignment, context: CheckContext) -> Iterator[Finding]:
    """Yield a finding per quote problem, at the quote's section."""
    for item in paired_units(alignment, "quote", "quote"):
        if isinstance(item, Finding):
            yield item
            continue
        pair, source, target = item
        left, right = source.node, target.node
        assert isinstance(left, Quote) and isinstance(right, Quote)
        if left.speaker and left.speaker != right.speaker:
            lost = "lost" if not right.speaker else f"changed to {right.speaker!r}"
            yield unit_finding("quote.speaker", Severity.ERROR, f"speaker {left.speaker!r} {lost}",
                               pair, source, target)
        if left.time and left.time != right.time:
            lost = "lost" if not right.time else f"changed to {right.time}"
            yield unit_finding("quote.time", Severity.ERROR, f"time {left.time} {lost}", pair,
                               source, target)
