"""CSV import and export: one row per term, lists joined with ` | `.

Columns: term, kind, keep, case_sensitive, reading, en, ko, zh, variants_en, variants_ko,
variants_zh, forbidden_en, forbidden_ko, forbidden_zh, note.
"""

from __future__ import annotations

import csv
import io

from pydantic import ValidationError

from localize.document.model import LANGUAGES
from localize.errors import InputError
from localize.glossary.model import Glossary, Term

SEPARATOR = " | "
COLUMNS = ["term", "kind", "keep", "case_sensitive", "reading", *LANGUAGES,
           *(f"variants_{language}" for language in LANGUAGES),
           *(f"forbidden_{language}" for language in LANGUAGES), "note"]


def _row(term: Term) -> dict[str, str]:
    row = {"term": term.term, "kind": term.kind or "", "keep": "yes" if term.keep else "",
           "case_sensitive": "yes" if term.case_sensitive else "",
           "reading": term.reading or "", "note": term.note or ""}
    for language in LANGUAGES:
        row[language] = term.translations.get(language, "")
        row[f"variants_{language}"] = SEPARATOR.join(term.variants.get(language, []))
        row[f"forbidden_{language}"] = SEPARATOR.join(term.forbidden.get(language, []))
    return row


def export_csv(glossary: Glossary) -> str:
    """The glossary as CSV text with a header row."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for term in glossary.terms:
        writer.writerow(_row(term))
    return buffer.getvalue()


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split(SEPARATOR.strip()) if part.strip()]


def _term(row: dict[str, str]) -> Term:
    def text(column: str) -> str:
        return (row.get(column) or "").strip()

    return Term(
        term=text("term"), kind=text("kind") or None,
        keep=text("keep").lower() in ("yes", "true", "1"),
        case_sensitive=text("case_sensitive").lower() in ("yes", "true", "1"),
        reading=text("reading") or None, note=text("note") or None,
        translations={language: text(language) for language in LANGUAGES if text(language)},
        variants={language: _split(text(f"variants_{language}")) for language in LANGUAGES
                  if _split(text(f"variants_{language}"))},
        forbidden={language: _split(text(f"forbidden_{language}")) for language in LANGUAGES
                   if _split(text(f"forbidden_{language}"))})


def import_csv(text: str, name: str = "glossary", path: str | None = None) -> Glossary:
    """A glossary from CSV with a header row naming at least `term`."""
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or "term" not in reader.fieldnames:
        raise InputError(path, "CSV needs a header row with a 'term' column", line=1)
    unknown = [column for column in reader.fieldnames if column not in COLUMNS]
    if unknown:
        raise InputError(path, f"unknown CSV column {unknown[0]!r} (expected: "
                               f"{', '.join(COLUMNS)})", line=1)
    terms = []
    for row in reader:
        try:
            terms.append(_term(row))
        except ValidationError as error:
            raise InputError(path, f"row for {row.get('term')!r}: "
                                   f"{error.errors()[0]['msg']}", line=reader.line_num) from None
    return Glossary(name=name, terms=terms)
