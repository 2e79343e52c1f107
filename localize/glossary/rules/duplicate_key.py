"""The same term key written twice in one glossary.

A later entry silently replaces an earlier one when glossaries are merged; within one file
that is almost always a mistake.
"""

from __future__ import annotations

from collections.abc import Iterator

from localize.findings import Finding, Severity
from localize.glossary.loader import LoadedGlossary

ID = "duplicate-key"


def check(glossaries: list[LoadedGlossary]) -> Iterator[Finding]:
    """Yield one finding per repeated key, at the repetition."""
    for loaded in glossaries:
        seen: dict[str, int] = {}
        for index, term in enumerate(loaded.glossary.terms):
            key = term.term.casefold()
            if key in seen:
                first = loaded.glossary.terms[seen[key]]
                yield Finding(code=ID, severity=Severity.ERROR, file=loaded.path,
                              line=_line(loaded, index), term=term.term,
                              message=f"{term.term!r} is already defined at line "
                                      f"{loaded.line_of(first) or '?'}")
            else:
                seen[key] = index


def _line(loaded: LoadedGlossary, index: int) -> int | None:
    """Lines are kept per key (the first); a repetition is found by its position."""
    return loaded.term_lines[index] if index < len(loaded.term_lines) else None
