"""Running the lint rules over one or more glossaries."""

from __future__ import annotations

from collections.abc import Iterable

from localize.findings import Finding
from localize.glossary.loader import LoadedGlossary
from localize.glossary.rules import RULES


def lint(glossaries: Iterable[LoadedGlossary], rules: Iterable[str] | None = None
         ) -> list[Finding]:
    """Every finding of the chosen rules (all by default), sorted by file and line."""
    loaded = list(glossaries)
    chosen = [RULES[name] for name in rules] if rules is not None else list(RULES.values())
    findings = [finding for rule in chosen for finding in rule.check(loaded)]
    return sorted(findings, key=lambda finding: (finding.file or "", finding.line or 0,
                                                 finding.code))
