"""Entities: one missing or added, or a name changed that should have stayed as written."""

from __future__ import annotations

from collections.abc import Iterator

from localize.check.align import Alignment
from localize.check.checks.common import unit_finding
from localize.check.context import CheckContext
from localize.detect import document_names
from localize.findings import Finding, Severity
from localize.model import Entity

ID = "entity"


def check(alignment: Alignment, context: CheckContext) -> Iterator[Finding]:
    """Yield a finding per entity problem."""
    kept = set(document_names(context.source))
    if context.glossary is not None:
        kept.update(term.term for term in context.glossary.terms if term.keep)
    for pair in alignment.sections:
        if pair.source is None or pair.target is None:
            continue  # a whole section missing or extra is the structure check's
        for unit_pair in pair.units:
            if unit_pair.kind != "entity":
                continue
            source, target = unit_pair.source, unit_pair.target
            if source is not None and target is None:
                yield unit_finding("entity.missing", Severity.ERROR,
                                   f"entity {source.id} is missing from the target", pair,
                                   source, None)
            elif source is None and target is not None:
                yield unit_finding("entity.extra", Severity.ERROR,
                                   f"target entity {target.id} has no source", pair, None,
                                   target)
            elif source is not None and target is not None:
                left, right = source.node, target.node
                assert isinstance(left, Entity) and isinstance(right, Entity)
                if left.name in kept and right.name != left.name:
                    yield unit_finding("entity.name", Severity.ERROR,
                                       f"name {left.name!r} became {right.name!r}", pair,
                                       source, target)
