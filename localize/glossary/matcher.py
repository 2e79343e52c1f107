"""Finding glossary terms in text, in all three languages, in one pass.

The index is a trie over token keys built once per glossary and language; matching walks
it from each token, so time grows with the text, not with the glossary. Overlapping terms
resolve leftmost-longest (`Claude Code` before `Claude`). The last word of a Latin term may
carry an English plural (`agents`); a Korean particle after a term (`강화 학습은`,
`Anthropic이`) needs nothing, since Hangul is tokenised character by character.
"""

from __future__ import annotations

import gc
from dataclasses import dataclass, field
from enum import StrEnum
from typing import ClassVar

from localize.glossary.model import Glossary, Term
from localize.glossary.tokens import Tokens, english_bases, is_latin, term_keys, tokenize
from localize.text.unicode import nfc_with_origins, to_nfc


class Role(StrEnum):
    """What a form is to its term in one language."""

    REQUIRED = "required"
    """The form the edition must use (for keep-terms, the term itself)."""
    VARIANT = "variant"
    """Another spelling that counts as the term in a source."""
    FORBIDDEN = "forbidden"
    """A spelling the edition must not use."""
    READING = "reading"
    """A keep-term written out as it sounds (`앤트로픽` for Anthropic): an alteration."""


@dataclass(frozen=True)
class Match:
    """A term found in a text."""

    term: Term
    role: Role
    form: str
    start: int
    end: int
    inflected: bool = False


@dataclass
class _Node:
    children: dict[str, _Node] = field(default_factory=dict)
    entries: list[tuple[Term, Role, str]] = field(default_factory=list)


class _Trie:
    def __init__(self) -> None:
        self.root = _Node()

    def add(self, keys: tuple[str, ...], entry: tuple[Term, Role, str]) -> None:
        node = self.root
        for key in keys:
            node = node.children.setdefault(key, _Node())
        node.entries.append(entry)

    def longest(self, tokens: Tokens, start: int, exact: bool
                ) -> tuple[int, _Node, bool] | None:
        """(end token index, node, inflected) of the longest entry starting at `start`."""
        node = self.root
        best: tuple[int, _Node, bool] | None = None
        index = start
        keys = tokens.exact if exact else tokens.keys
        count = len(keys)
        while index < count:
            key = keys[index]
            if key[-1:] == "s" and node.children and is_latin(key):
                for base in english_bases(key):
                    inflected = node.children.get(base)
                    if inflected is not None and inflected.entries and (
                            best is None or best[0] <= index):
                        best = (index + 1, inflected, True)
            child = node.children.get(key)
            if child is None:
                break
            node = child
            index += 1
            if node.entries:
                best = (index, node, False)
        return best


class TermIndex:
    """Every form of every term of a glossary, for one language, ready to match.

    `TermIndex.of(glossary, language)` reuses an index already built for that glossary.
    """

    _built: ClassVar[dict[tuple[int, str], tuple[Glossary, TermIndex]]] = {}
    _BUILT_LIMIT: ClassVar[int] = 16

    @classmethod
    def of(cls, glossary: Glossary, language: str) -> TermIndex:
        """The index for a glossary and language, built once (glossaries are immutable)."""
        key = (id(glossary), language)
        cached = cls._built.get(key)
        if cached is not None and cached[0] is glossary:
            return cached[1]
        if len(cls._built) >= cls._BUILT_LIMIT:
            cls._built.clear()
        index = cls(glossary, language)
        cls._built[key] = (glossary, index)  # holding the glossary keeps its id unique
        return index

    def __init__(self, glossary: Glossary, language: str) -> None:
        self.language = language
        self._insensitive = _Trie()
        self._sensitive = _Trie()
        # The trie is many small objects made at once and never cycles: the cyclic garbage
        # collector would walk them again and again as they grow (50,000 terms took 3x the
        # time of a linear build), so it rests while they are made.
        collecting = gc.isenabled()
        gc.disable()
        try:
            self._add_terms(glossary, language)
        finally:
            if collecting:
                gc.enable()

    def _add_terms(self, glossary: Glossary, language: str) -> None:
        for term in glossary.terms:
            for role, forms in _forms(term, language):
                for written in forms:
                    form = to_nfc(written)  # a glossary saved decomposed matches all the same
                    trie = self._sensitive if term.case_sensitive else self._insensitive
                    keys = term_keys(form, term.case_sensitive)
                    if keys:
                        trie.add(keys, (term, role, form))

    def find(self, text: str) -> list[Match]:
        """Every term in the text (compared in NFC), leftmost-longest, in order; positions are
        those of `text` as given."""
        normal, origins = nfc_with_origins(text)
        tokens = tokenize(normal)
        starts = self._insensitive.root.children
        exact_starts = self._sensitive.root.children
        # Only a few tokens can start a term; find them in one pass before walking the tries.
        candidates = [index for index, (key, exact) in enumerate(zip(tokens.keys, tokens.exact,
                                                                      strict=True))
                      if key in starts or exact in exact_starts
                      or (key[-1:] == "s" and is_latin(key))]
        matches: list[Match] = []
        resume = 0
        for index in candidates:
            if index < resume:
                continue  # inside the previous match
            found = [candidate for candidate in (
                self._insensitive.longest(tokens, index, exact=False),
                self._sensitive.longest(tokens, index, exact=True))
                if candidate is not None]
            if not found:
                continue
            end, node, inflected = max(found, key=lambda candidate: candidate[0])
            term, role, form = node.entries[0]
            start, stop = tokens.starts[index], tokens.ends[end - 1]
            if origins is not None:
                start, stop = origins[start], origins[stop]
            matches.append(Match(term, role, form, start, stop, inflected))
            resume = end
        return matches


def _forms(term: Term, language: str) -> list[tuple[Role, list[str]]]:
    required = term.form(language)
    forms: list[tuple[Role, list[str]]] = [
        (Role.REQUIRED, [required] if required else []),
        (Role.VARIANT, term.variants.get(language, [])),
        (Role.FORBIDDEN, term.forbidden.get(language, [])),
    ]
    if term.keep and term.reading and language == "ko":
        forms.append((Role.READING, [term.reading]))
    return forms
