"""Writing a glossary as YAML in the project's format, keys in a fixed order, defaults left out."""

from __future__ import annotations

from typing import Any

import yaml

from localize.glossary.model import Glossary, Term

_ORDER = ("term", "kind", "keep", "case_sensitive", "reading", "translations", "variants",
          "forbidden", "note")


def _term_data(term: Term) -> dict[str, Any]:
    data = term.model_dump(exclude_defaults=True)
    return {key: data[key] for key in _ORDER if key in data}


def render_glossary(glossary: Glossary) -> str:
    """YAML text that `parse_glossary` reads back to the same glossary."""
    data: dict[str, Any] = {"name": glossary.name}
    if glossary.description:
        data["description"] = glossary.description
    data["terms"] = [_term_data(term) for term in glossary.terms]
    return str(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100))
