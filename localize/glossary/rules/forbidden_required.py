"""A forbidden form that some term requires in the same language.

Then every correct use of that term would be reported as a violation.
"""

from __future__ import annotations

from collections.abc import Iterator

from localize.findings import Finding, Severity
from localize.glossary.loader import LoadedGlossary
from localize.glossary.rules.common import normalise, placed_terms, required_owners

ID = "forbidden-required"


def check(glossaries: list[LoadedGlossary]) -> Iterator[Finding]:
    """Yield a finding for each forbidden form equal to a required one."""
    terms = list(placed_terms(glossaries))
    required = required_owners(terms)
    for placed in terms:
        for language, forms in placed.term.forbidden.items():
            for form in forms:
                owner = required.get((language, normalise(form, placed.term)))
                if owner is not None:
                    whose = "its own" if owner is placed else f"{owner.term.term!r}'s"
                    yield Finding(code=ID, severity=Severity.ERROR, file=placed.file,
                                  line=placed.line, term=placed.term.term,
                                  message=f"forbidden {language} form {form!r} is {whose} "
                                          "required form")
