"""Omission: a target text much shorter than its source for the language pair.

The expected ratio of target to source characters comes from the parallel samples
(`LENGTH_RATIOS`); under half of it is a warning, under a third an error.
"""

from __future__ import annotations

from collections.abc import Iterator

from localize.check.align import Alignment
from localize.check.checks.common import pair_finding
from localize.check.context import CheckContext
from localize.check.pairs import text_pairs
from localize.findings import Finding, Severity

ID = "omission"
MIN_SOURCE_CHARACTERS = 60
WARNING_SHARE = 0.5
ERROR_SHARE = 0.4


def check(alignment: Alignment, context: CheckContext) -> Iterator[Finding]:
    """Yield a finding per text shorter than its source allows."""
    for pair in text_pairs(alignment, include_names=False):
        if len(pair.source) < MIN_SOURCE_CHARACTERS or pair.kind in ("heading", "title"):
            continue
        share = len(pair.target) / (len(pair.source) * context.length_ratio)
        if share >= WARNING_SHARE:
            continue
        severity = Severity.ERROR if share < ERROR_SHARE else Severity.WARNING
        yield pair_finding("omission", severity,
                           f"{share:.0%} of the length expected for {context.source_lang}→"
                           f"{context.target_lang}; part of the text may be missing", pair)
