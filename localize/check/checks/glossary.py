"""Glossary: the glossary engine's findings on every aligned pair of texts.

An entity is judged as one unit: a term its source name uses is satisfied when the target
writes the required form in the name or in the description (`- **Plan mode** (개념): 계획
모드. ...` keeps the original name and gives the glossary's form after it).
"""

from __future__ import annotations

from collections.abc import Iterator

from localize.check.checks.common import excerpt
from localize.check.context import CheckContext
from localize.check.pairs import TextPair
from localize.findings import Finding

ID = "glossary"


def check_pair(pair: TextPair, context: CheckContext) -> Iterator[Finding]:
    """Yield the compliance findings of one pair, placed in the source's section."""
    compliance = context.compliance
    if compliance is None:
        return
    whole = pair.kind == "entity_name" and pair.target_unit is not None
    target = pair.target_unit if whole and pair.target_unit is not None else pair.target
    for found in compliance.check(pair.source, target, pair.segment, pair.section):
        if whole and found.target_span is not None and \
                found.target_span.start >= len(pair.target):
            continue  # a forbidden form in the description is the description's finding
        yield found.model_copy(update={"timestamp": pair.timestamp,
                                       "source_text": excerpt(pair.source),
                                       "target_text": excerpt(pair.target)})
