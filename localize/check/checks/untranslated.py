"""Untranslated: a target text still in the source language (kept names masked).

Quotes are left to the quote check, which knows the edition's quote policy; names and
terms are not prose.
"""

from __future__ import annotations

from collections.abc import Iterator

from localize.check.align import Alignment
from localize.check.checks.common import pair_finding
from localize.check.context import CheckContext
from localize.check.pairs import text_pairs
from localize.detect import detect_text
from localize.findings import Finding, Severity

ID = "untranslated"
SKIPPED = ("quote", "entity_name", "term")


def check(alignment: Alignment, context: CheckContext) -> Iterator[Finding]:
    """Yield a finding per target text detected in the source language."""
    if context.same_language:
        return
    for pair in text_pairs(alignment, include_names=False):
        if pair.kind in SKIPPED or not pair.target.strip():
            continue
        detection = detect_text(pair.target, context.mask)
        if detection.lang == context.source_lang and pair.source != "":
            yield pair_finding("untranslated", Severity.ERROR,
                          f"still in {context.source_lang} (confidence "
                          f"{detection.confidence:.2f})", pair)
