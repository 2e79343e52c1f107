"""What several rules need: every written form of every term, with where it is written."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from localize.document.model import LANGUAGES
from localize.glossary.loader import LoadedGlossary
from localize.glossary.model import Term


@dataclass(frozen=True)
class Placed:
    """A term and the file and line it stands at."""

    term: Term
    file: str
    line: int | None


def placed_terms(glossaries: list[LoadedGlossary]) -> Iterator[Placed]:
    """Every term of every glossary with its place."""
    for loaded in glossaries:
        for term in loaded.glossary.terms:
            yield Placed(term, loaded.path, loaded.line_of(term))


def normalise(form: str, term: Term) -> str:
    """The form as matching sees it: case folded unless the term is case-sensitive."""
    cleaned = " ".join(form.split())
    return cleaned if term.case_sensitive else cleaned.casefold()


def required_owners(terms: list[Placed]) -> dict[tuple[str, str], Placed]:
    """(language, normalised form) to the first term that requires that form."""
    owners: dict[tuple[str, str], Placed] = {}
    for placed in terms:
        for language, form in required_forms(placed):
            owners.setdefault((language, normalise(form, placed.term)), placed)
    return owners


def required_forms(placed: Placed) -> Iterator[tuple[str, str]]:
    """(language, form) for every form the term requires."""
    for language in LANGUAGES:
        form = placed.term.form(language)
        if form:
            yield language, form
