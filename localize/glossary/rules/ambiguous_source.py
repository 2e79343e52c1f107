"""One source form that leads to two different target forms.

When `agent` is a variant of one term and the key of another, a translator cannot know
which target the glossary wants.
"""

from __future__ import annotations

from collections.abc import Iterator

from localize.document.model import LANGUAGES
from localize.findings import Finding, Severity
from localize.glossary.loader import LoadedGlossary
from localize.glossary.rules.common import Placed, normalise, placed_terms

ID = "ambiguous-source"


def check(glossaries: list[LoadedGlossary]) -> Iterator[Finding]:
    """Yield a finding for each source form claimed by terms with different targets."""
    for language in LANGUAGES:
        owners: dict[str, Placed] = {}
        for placed in placed_terms(glossaries):
            for form in placed.term.source_forms(language):
                key = normalise(form, placed.term)
                first = owners.setdefault(key, placed)
                if first is placed or first.term.term.casefold() == placed.term.term.casefold():
                    continue
                targets = {other: (first.term.form(other), placed.term.form(other))
                           for other in LANGUAGES if other != language}
                differing = [other for other, (a, b) in targets.items() if a != b]
                if differing:
                    yield Finding(
                        code=ID, severity=Severity.ERROR, file=placed.file, line=placed.line,
                        term=placed.term.term,
                        message=f"{language} form {form!r} also belongs to "
                                f"{first.term.term!r} (line {first.line or '?'}), which "
                                f"writes it {targets[differing[0]][0]!r} in {differing[0]}, "
                                f"not {targets[differing[0]][1]!r}")
