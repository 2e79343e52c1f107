"""Protected: a proper name, keep-term, URL or inline code of the source that the target
does not carry over character for character."""

from __future__ import annotations

from collections.abc import Iterator

from localize.check.checks.common import pair_finding
from localize.check.context import CheckContext
from localize.check.pairs import TextPair
from localize.findings import Finding, Severity

ID = "protected"


def check_pair(pair: TextPair, context: CheckContext) -> Iterator[Finding]:
    """Yield a finding per protected span of the source that the target lost or altered."""
    target = pair.target_unit if pair.target_unit is not None else pair.target
    for span in context.protected.missing(pair.source, target):
        yield pair_finding("protected.altered", Severity.ERROR,
                           f"keep {span!r} exactly as written", pair)
