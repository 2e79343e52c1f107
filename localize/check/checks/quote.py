"""Quotes: one lost or added, its speaker or time lost, or left in the source language."""

from __future__ import annotations

from collections.abc import Iterator

from localize.check.align import Alignment
from localize.check.checks.common import unit_finding
from localize.check.context import CheckContext
from localize.detect import detect_text
from localize.findings import Finding, Severity
from localize.model import Quote

ID = "quote"


def check(alignment: Alignment, context: CheckContext) -> Iterator[Finding]:
    """Yield a finding per quote problem, at the quote's section."""
    for pair in alignment.sections:
        if pair.source is None or pair.target is None:
            continue  # a whole section missing or extra is the structure check's
        for unit_pair in pair.units:
            if unit_pair.kind != "quote":
                continue
            source, target = unit_pair.source, unit_pair.target
            if source is not None and target is None:
                yield unit_finding("quote.missing", Severity.ERROR,
                                   f"quote {source.id} is missing from the target", pair,
                                   source, None)
                continue
            if source is None and target is not None:
                yield unit_finding("quote.extra", Severity.ERROR,
                                   f"target quote {target.id} has no source", pair, None, target)
                continue
            assert source is not None and target is not None
            left, right = source.node, target.node
            assert isinstance(left, Quote) and isinstance(right, Quote)
            if left.speaker and left.speaker != right.speaker:
                lost = "lost" if not right.speaker else f"changed to {right.speaker!r}"
                yield unit_finding("quote.speaker", Severity.ERROR,
                                   f"speaker {left.speaker!r} {lost}", pair, source, target)
            if left.time and left.time != right.time:
                lost = "lost" if not right.time else f"changed to {right.time}"
                yield unit_finding("quote.time", Severity.ERROR, f"time {left.time} {lost}",
                                   pair, source, target)
            if context.translate_quotes and not context.same_language:
                language = detect_text(right.text, context.mask).lang
                if language == context.source_lang:
                    yield unit_finding("quote.untranslated", Severity.ERROR,
                                       f"quote left in {context.source_lang}; this edition "
                                       "translates quotes", pair, source, target)
