"""Omission: a target text much shorter than its source for the language pair.

The expected ratio of target to source characters comes from the parallel samples
(`LENGTH_RATIOS`); under half of it is a warning, under two fifths an error. Titles and
headings are too short for lengths to mean anything.
"""

from __future__ import annotations

from collections.abc import Iterator

from localize.check.checks.common import pair_finding
from localize.check.context import CheckContext
from localize.check.pairs import NAME_KINDS, TextPair
from localize.findings import Finding, Severity

ID = "omission"
MIN_SOURCE_CHARACTERS = 60
WARNING_SHARE = 0.5
ERROR_SHARE = 0.4


def check_pair(pair: TextPair, context: CheckContext) -> Iterator[Finding]:
    """Yield a finding when the target is shorter than its source allows."""
    if len(pair.source) < MIN_SOURCE_CHARACTERS or pair.kind in ("heading", "title",
                                                                  *NAME_KINDS):
        return
    share = len(pair.target) / (len(pair.source) * context.length_ratio)
    if share >= WARNING_SHARE:
        return
    severity = Severity.ERROR if share < ERROR_SHARE else Severity.WARNING
    yield pair_finding("omission", severity,
                       f"{share:.0%} of the length expected for {context.source_lang}→"
                       f"{context.target_lang}; part of the text may be missing", pair)
