"""Glossary: the glossary engine's findings on every aligned pair of texts."""

from __future__ import annotations

from collections.abc import Iterator

from localize.check.align import Alignment
from localize.check.checks.common import excerpt
from localize.check.context import CheckContext
from localize.check.pairs import text_pairs
from localize.findings import Finding

ID = "glossary"


def check(alignment: Alignment, context: CheckContext) -> Iterator[Finding]:
    """Yield the compliance findings, placed in the source's sections."""
    compliance = context.compliance
    if compliance is None:
        return
    for pair in text_pairs(alignment):
        for found in compliance.check(pair.source, pair.target, pair.segment, pair.section):
            yield found.model_copy(update={"timestamp": pair.timestamp,
                                           "source_text": excerpt(pair.source),
                                           "target_text": excerpt(pair.target)})
