"""Structure: missing, extra, duplicated or reordered sections, paragraphs and list items.

Quotes and entities have checks of their own.
"""

from __future__ import annotations

from collections.abc import Iterator

from localize.check.align import Alignment, SectionPair
from localize.check.checks.common import finding, unit_finding
from localize.check.context import CheckContext
from localize.document.ids import SegmentId
from localize.findings import Finding, Severity

ID = "structure"
NAMES = {"paragraph": "paragraph", "item": "list item", "term": "key-concept item"}


def check(alignment: Alignment, context: CheckContext) -> Iterator[Finding]:
    """Yield a finding per section or unit that has no counterpart or is out of place."""
    target_sections = [pair.target for pair in alignment.sections[1:] if pair.target]
    for pair in alignment.sections:
        source, target = pair.source, pair.target
        if source is not None and target is None:
            yield finding("structure.section-missing", Severity.ERROR,
                          f"section {source.heading!r} is missing from the target",
                          section=pair.source_number, timestamp=source.timestamp,
                          segment=_heading_id(pair.source_number), source_text=source.heading)
            continue
        if source is None and target is not None:
            twins = [other for other in target_sections if other is not target and
                     (other.timestamp, other.heading) == (target.timestamp, target.heading)]
            code = "structure.section-duplicated" if twins else "structure.section-extra"
            yield finding(code, Severity.ERROR, f"target section {pair.target_number} "
                          f"({target.heading!r}) has no source section",
                          timestamp=target.timestamp,
                          segment=_heading_id(pair.target_number, target=True),
                          target_text=target.heading)
            continue
        if pair.reordered and source is not None:
            yield finding("structure.section-reordered", Severity.ERROR,
                          f"section {pair.source_number} stands at position "
                          f"{pair.target_number} in the target",
                          section=pair.source_number, timestamp=source.timestamp,
                          segment=_heading_id(pair.source_number), source_text=source.heading,
                          target_text=target.heading if target else None)
        yield from _units(pair)


def _heading_id(number: int | None, target: bool = False) -> str:
    heading = SegmentId.heading(number or 0)
    return str(heading.on_target() if target else heading)


def _units(pair: SectionPair) -> Iterator[Finding]:
    seen: dict[str, str] = {}
    for unit_pair in pair.units:
        if unit_pair.kind not in NAMES:
            continue
        name = NAMES[unit_pair.kind]
        source, target = unit_pair.source, unit_pair.target
        if target is not None:
            if target.text in seen and len(target.text) > 20:
                yield unit_finding(f"structure.{unit_pair.kind}-duplicated", Severity.ERROR,
                                   f"this {name} repeats {seen[target.text]} of the target",
                                   pair, source, target)
                continue
            seen[target.text] = str(target.id)
        if source is not None and target is None:
            yield unit_finding(f"structure.{unit_pair.kind}-missing", Severity.ERROR,
                               f"{name} {source.id} is missing from the target", pair,
                               source, None)
        elif source is None and target is not None:
            yield unit_finding(f"structure.{unit_pair.kind}-extra", Severity.ERROR,
                               f"target {name} {target.id} has no source", pair, None, target)

