"""Loading glossaries from YAML with errors that name the file and the line, and merging."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from pydantic import ValidationError

from localize.errors import InputError
from localize.findings import Finding, Severity
from localize.glossary.model import Glossary, Term
from localize.textfile import read_text
from localize.yamlfile import item_lines, line_of, load_yaml


def parse_glossary(text: str, path: str | None = None) -> tuple[Glossary, list[int]]:
    """A glossary and the line of each of its terms, in order, from YAML text."""
    data, lines = load_yaml(text, path)
    if not isinstance(data, dict):
        raise InputError(path, "a glossary must be a mapping with a 'terms' list", line=1)
    try:
        glossary = Glossary.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise InputError(path, f"{where}: {first['msg']}",
                         line=line_of(lines, tuple(first["loc"]))) from None
    return glossary, item_lines(lines, "terms")


class LoadedGlossary:
    """A glossary with the file it came from and each term's line there."""

    def __init__(self, glossary: Glossary, path: str, term_lines: list[int] | None = None
                 ) -> None:
        self.glossary = glossary
        self.path = path
        self.term_lines = term_lines or []
        self._by_identity = {id(term): line for term, line in zip(
            glossary.terms, self.term_lines, strict=False)}

    def line_of(self, term: Term) -> int | None:
        """Where the term is written."""
        return self._by_identity.get(id(term))


def load_glossary(path: Path | str) -> LoadedGlossary:
    """Load and validate one glossary file."""
    glossary, lines = parse_glossary(read_text(path), str(path))
    return LoadedGlossary(glossary, str(path), lines)


def merge_glossaries(loaded: Iterable[LoadedGlossary]) -> tuple[Glossary, list[Finding]]:
    """One glossary from several: a later file's entry replaces an earlier one with the same
    key (case-insensitive); replacing an entry that said something else is reported."""
    merged: dict[str, tuple[Term, LoadedGlossary]] = {}
    conflicts: list[Finding] = []
    names = []
    for item in loaded:
        names.append(item.glossary.name)
        for term in item.glossary.terms:
            key = term.term.casefold()
            previous = merged.get(key)
            if previous is not None and _says_otherwise(previous[0], term):
                conflicts.append(Finding(
                    code="glossary.conflict", severity=Severity.WARNING, file=item.path,
                    line=item.line_of(term), term=term.term,
                    message=f"{term.term!r} replaces the entry in {previous[1].path}"
                            f":{previous[1].line_of(previous[0]) or '?'}, which said otherwise"))
            merged[key] = (term, item)
    glossary = Glossary(name="+".join(names) or "glossary",
                        terms=[term for term, _ in merged.values()])
    return glossary, conflicts


def _says_otherwise(first: Term, second: Term) -> bool:
    return (first.translations, first.keep, first.forbidden) != (
        second.translations, second.keep, second.forbidden)


def load_glossaries(paths: Iterable[Path | str]) -> tuple[Glossary, list[Finding]]:
    """Load several glossary files and merge them in order."""
    return merge_glossaries([load_glossary(path) for path in paths])
