"""An empty translation, variant or forbidden form.

An empty translation would require nothing; an empty variant would match everywhere.
"""

from __future__ import annotations

from collections.abc import Iterator

from localize.findings import Finding, Severity
from localize.glossary.loader import LoadedGlossary
from localize.glossary.rules.common import placed_terms

ID = "empty-form"


def check(glossaries: list[LoadedGlossary]) -> Iterator[Finding]:
    """Yield a finding for each blank form."""
    for placed in placed_terms(glossaries):
        term = placed.term
        blanks = [f"translation ({language})" for language, form in term.translations.items()
                  if not form.strip()]
        for field, forms in (("variant", term.variants), ("forbidden form", term.forbidden)):
            blanks.extend(f"{field} ({language})" for language, values in forms.items()
                          for value in values if not value.strip())
        for blank in blanks:
            yield Finding(code=ID, severity=Severity.ERROR, file=placed.file, line=placed.line,
                          term=term.term, message=f"empty {blank}")
