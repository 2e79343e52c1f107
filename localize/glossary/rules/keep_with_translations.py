"""A keep-term that also carries translations.

`keep: true` means the term is written as its key in every edition; translations that say
otherwise contradict it. Translations equal to the key are only redundant (a warning).
"""

from __future__ import annotations

from collections.abc import Iterator

from localize.findings import Finding, Severity
from localize.glossary.loader import LoadedGlossary
from localize.glossary.rules.common import placed_terms

ID = "keep-with-translations"


def check(glossaries: list[LoadedGlossary]) -> Iterator[Finding]:
    """Yield a finding for each keep-term with translations."""
    for placed in placed_terms(glossaries):
        term = placed.term
        if not term.keep or not term.translations:
            continue
        different = {language: form for language, form in term.translations.items()
                     if form != term.term}
        severity = Severity.ERROR if different else Severity.WARNING
        detail = (f"translates it as {next(iter(different.values()))!r}" if different
                  else "repeats the key")
        yield Finding(code=ID, severity=severity, file=placed.file, line=placed.line,
                      term=term.term, message=f"keep-term {term.term!r} has translations "
                                              f"that {detail}")
