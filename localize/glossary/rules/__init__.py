"""Glossary lint rules: one module per rule, each with an `ID` and a `check()` generator.

The first line of a rule's docstring is its title in `localize glossary lint --list`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from types import ModuleType

from localize.findings import Finding
from localize.glossary.loader import LoadedGlossary
from localize.glossary.rules import (
    ambiguous_source,
    duplicate_key,
    empty_form,
    forbidden_required,
    keep_with_translations,
    missing_translation,
    variant_collision,
)

Check = Callable[[list[LoadedGlossary]], Iterator[Finding]]

RULES: dict[str, ModuleType] = {
    module.ID: module
    for module in (duplicate_key, ambiguous_source, forbidden_required, empty_form,
                   keep_with_translations, variant_collision, missing_translation)
}
"""Rule id to module, in the order rules run."""


def title(rule: ModuleType) -> str:
    """The first line of the rule's docstring."""
    return (rule.__doc__ or rule.ID).strip().splitlines()[0]
