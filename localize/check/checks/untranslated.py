"""Untranslated: a target text still in the source language (kept names masked).

Names and terms are not prose. A quote left in the source language is `quote.untranslated`,
and only an error when the edition translates quotes (`--keep-quotes` says it does not).
"""

from __future__ import annotations

from collections.abc import Iterator

from localize.check.checks.common import pair_finding
from localize.check.context import CheckContext
from localize.check.pairs import NAME_KINDS, TextPair
from localize.detect import detect_text
from localize.findings import Finding, Severity

ID = "untranslated"


def check_pair(pair: TextPair, context: CheckContext) -> Iterator[Finding]:
    """Yield a finding when the target text is detected in the source language."""
    if context.same_language or pair.kind in NAME_KINDS or not pair.target.strip() or \
            not pair.source.strip():
        return
    if pair.kind == "quote" and not context.translate_quotes:
        return
    detection = detect_text(pair.target, context.mask)
    if detection.lang != context.source_lang:
        return
    if pair.kind == "quote":
        yield pair_finding("quote.untranslated", Severity.ERROR,
                           f"quote left in {context.source_lang}; this edition translates "
                           "quotes", pair)
        return
    yield pair_finding("untranslated", Severity.ERROR,
                       f"still in {context.source_lang} (confidence "
                       f"{detection.confidence:.2f})", pair)
