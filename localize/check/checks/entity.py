"""Entities: one missing or added, or a name changed that should have stayed as written."""

from __future__ import annotations

from collections.abc import Iterator

from localize.check.align import Alignment
from localize.check.checks.common import paired_units, unit_finding
from localize.check.context import CheckContext
from localize.document.model import Entity
from localize.findings import Finding, Severity

ID = "entity"


def check(alignment: Alignment, context: CheckContext) -> Iterator[Finding]:
    """Yield a finding per entity problem."""
    kept = set(context.names)
    for item in paired_units(alignment, "entity", "entity"):
        if isinstance(item, Finding):
            yield item
            continue
        pair, source, target = item
        left, right = source.node, target.node
        assert isinstance(left, Entity) and isinstance(right, Entity)
        if left.name in kept and right.name != left.name:
            yield unit_finding("entity.name", Severity.ERROR,
                               f"name {left.name!r} became {right.name!r}", pair, source, target)
