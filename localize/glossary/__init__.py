"""Term glossaries: the model, loading and merging, linting, matching, compliance, exchange.

The same engine serves the translator (`terms_in`, `render_terms`: which terms go in the
prompt) and the checker (`Compliance`: what a finished edition violates).
"""

from localize.glossary.compliance import Compliance, check_documents
from localize.glossary.csv_exchange import export_csv, import_csv
from localize.glossary.lint import lint
from localize.glossary.loader import (
    LoadedGlossary,
    load_glossaries,
    load_glossary,
    merge_glossaries,
    parse_glossary,
)
from localize.glossary.matcher import Match, Role, TermIndex
from localize.glossary.model import Glossary, Term
from localize.glossary.prompt import render_terms, terms_in
from localize.glossary.rules import RULES
from localize.glossary.tbx import export_tbx, import_tbx

__all__ = [
    "RULES",
    "Compliance",
    "Glossary",
    "LoadedGlossary",
    "Match",
    "Role",
    "Term",
    "TermIndex",
    "check_documents",
    "export_csv",
    "export_tbx",
    "import_csv",
    "import_tbx",
    "lint",
    "load_glossaries",
    "load_glossary",
    "merge_glossaries",
    "parse_glossary",
    "render_terms",
    "terms_in",
]
