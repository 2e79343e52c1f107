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


NOTE_LIMIT = 90


def _short_note(note: str) -> str:
    """The note's first sentence, if short: the prompt carries rules, not the reasoning."""
    first = note.split(". ")[0].strip().rstrip(".")
    return first if len(first) <= NOTE_LIMIT else ""


def render_terms(terms: Iterable[Term], source_lang: str, target_lang: str) -> str:
    """One line per term: `source → target`, what not to write, and a short note."""
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
        note = _short_note(term.note) if term.note and not term.keep else ""
        if note:
            line += f" — {note}"
        lines.append(line)
    return "\n".join(lines)
