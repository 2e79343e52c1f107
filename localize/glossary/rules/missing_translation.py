"""A translated term that says nothing for one of the three languages.

The translator would be free to write anything in that edition, and the checker could not
tell; a keep-term needs no translations.
"""

from __future__ import annotations

from collections.abc import Iterator

from localize.document.model import LANGUAGES
from localize.findings import Finding, Severity
from localize.glossary.loader import LoadedGlossary
from localize.glossary.rules.common import placed_terms

ID = "missing-translation"


def check(glossaries: list[LoadedGlossary]) -> Iterator[Finding]:
    """Yield a warning for each language a translated term leaves open."""
    for placed in placed_terms(glossaries):
        term = placed.term
        if term.keep or not term.translations:
            continue
        missing = [language for language in LANGUAGES if term.form(language) is None]
        if missing:
            yield Finding(code=ID, severity=Severity.WARNING, file=placed.file,
                          line=placed.line, term=term.term,
                          message=f"no {', '.join(missing)} form for {term.term!r}")
