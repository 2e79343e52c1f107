"""Loading glossaries from YAML with errors that name the file and the line, and merging."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from localize.errors import InputError
from localize.findings import Finding, Severity
from localize.glossary.model import Glossary, Term
from localize.textfile import read_text


def _line_of(node: yaml.Node | None, location: tuple[int | str, ...]) -> int | None:
    """The 1-based line of the YAML node at a pydantic error location, as deep as it goes."""
    line = node.start_mark.line + 1 if node is not None else None
    for key in location:
        if isinstance(node, yaml.MappingNode):
            node = next((value for name, value in node.value if name.value == key), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(
                node.value):
            node = node.value[key]
        else:
            break
        if node is None:
            break
        line = node.start_mark.line + 1
    return line


def parse_glossary(text: str, path: str | None = None) -> tuple[Glossary, list[int]]:
    """A glossary and the line of each of its terms, in order, from YAML text."""
    try:
        root = yaml.compose(text)
        data: Any = yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        problem = getattr(error, "problem", None) or "invalid YAML"
        raise InputError(path, f"YAML: {problem}", line=mark.line + 1 if mark else None) from None
    if not isinstance(data, dict):
        raise InputError(path, "a glossary must be a mapping with a 'terms' list", line=1)
    _refuse_duplicate_keys(root, path)
    try:
        glossary = Glossary.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise InputError(path, f"{where}: {first['msg']}",
                         line=_line_of(root, tuple(first["loc"]))) from None
    terms_node = _child(root, "terms")
    lines = [node.start_mark.line + 1 for node in terms_node.value] if isinstance(
        terms_node, yaml.SequenceNode) else []
    return glossary, lines


def _refuse_duplicate_keys(node: yaml.Node | None, path: str | None) -> None:
    """YAML lets a repeated key silently replace the first; a glossary must not."""
    if isinstance(node, yaml.MappingNode):
        seen: set[str] = set()
        for key, value in node.value:
            if key.value in seen:
                raise InputError(path, f"key {key.value!r} is repeated in one mapping",
                                 line=key.start_mark.line + 1)
            seen.add(key.value)
            _refuse_duplicate_keys(value, path)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            _refuse_duplicate_keys(item, path)


def _child(node: yaml.Node | None, key: str) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        return next((value for name, value in node.value if name.value == key), None)
    return None


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
