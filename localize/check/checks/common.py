"""Small helpers the checks share."""

from __future__ import annotations

from collections.abc import Iterator

from localize.check.align import Alignment, SectionPair
from localize.check.pairs import TextPair, section_place
from localize.document.segments import Unit
from localize.findings import Finding, Severity


def excerpt(text: str | None) -> str | None:
    """The text a finding carries: whole, so that programs reading `check --format json`
    get every character (people see the messages, which quote only what matters)."""
    return text


def finding(code: str, severity: Severity, message: str, *, section: int | None = None,
            timestamp: str | None = None, segment: str | None = None,
            source_text: str | None = None, target_text: str | None = None) -> Finding:
    """A finding of the checker, with the texts it is about."""
    return Finding(code=code, severity=severity, message=message, section=section,
                   timestamp=timestamp, segment=segment, source_text=excerpt(source_text),
                   target_text=excerpt(target_text))


def pair_finding(code: str, severity: Severity, message: str, pair: TextPair) -> Finding:
    """A finding about one aligned pair of texts."""
    return finding(code, severity, message, section=pair.section, timestamp=pair.timestamp,
                   segment=pair.segment, source_text=pair.source, target_text=pair.target)


def paired_units(alignment: Alignment, kind: str, name: str
                 ) -> Iterator[tuple[SectionPair, Unit, Unit] | Finding]:
    """For each unit of `kind` in sections present on both sides: a finding when it has no
    counterpart (`KIND.missing`, `KIND.extra`), else the section pair and both units.

    A whole section missing or extra is left to the structure check.
    """
    for pair in alignment.sections:
        if pair.source is None or pair.target is None:
            continue
        for unit_pair in pair.units:
            if unit_pair.kind != kind:
                continue
            source, target = unit_pair.source, unit_pair.target
            if source is not None and target is None:
                yield unit_finding(f"{kind}.missing", Severity.ERROR,
                                   f"{name} {source.id} is missing from the target", pair,
                                   source, None)
            elif source is None and target is not None:
                yield unit_finding(f"{kind}.extra", Severity.ERROR,
                                   f"target {name} {target.id} has no source", pair, None,
                                   target)
            elif source is not None and target is not None:
                yield pair, source, target


def unit_finding(code: str, severity: Severity, message: str, pair: SectionPair,
                 source: Unit | None, target: Unit | None) -> Finding:
    """A finding about a unit of a section pair."""
    section, timestamp = section_place(pair)
    segment = str(source.id) if source is not None else (
        str(target.id.on_target()) if target is not None else None)
    return finding(code, severity, message, section=section, timestamp=timestamp,
                   segment=segment, source_text=source.text if source else None,
                   target_text=target.text if target else None)
