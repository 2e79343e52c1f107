"""The glossary entries a batch of text needs, rendered compactly for a translation prompt."""

from __future__ import annotations

from collections.abc import Iterable

from localize.glossary.matcher import Role, TermIndex
from localize.glossary.model import Glossary, Term


def terms_in(texts: Iterable[str], glossary: Glossary, source_lang: str,
             index: TermIndex | None = None) -> list[Term]:
    """The terms that occur in the texts (required forms or variants), in glossary order."""
    index = index or TermIndex(glossary, source_lang)
    found: set[str] = set()
    for text in texts:
        found.update(match.term.term for match in index.find(text)
                     if match.role in (Role.REQUIRED, Role.VARIANT))
    return [term for term in glossary.terms if term.term in found]


def render_terms(terms: Iterable[Term], source_lang: str, target_lang: str) -> str:
    """One line per term: `source → target`, what not to write, and the note."""
    lines = []
    for term in terms:
        source = term.form(source_lang) or term.term
        if term.keep:
            line = f"- {source} → keep as written: {term.term}"
        else:
            line = f"- {source} → {term.form(target_lang) or '(no rule)'}"
        forbidden = term.forbidden.get(target_lang, [])
        if forbidden:
            line += f" (never: {', '.join(forbidden)})"
        if term.note:
            line += f" — {term.note}"
        lines.append(line)
    return "\n".join(lines)
