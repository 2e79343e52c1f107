"""The checks of `localize check`: one module per check, each with an `ID`. The first line
of a check's docstring is its title in `localize check --list`.

Two kinds, run in one order:
- *document checks* (`check(alignment, context)`) look at the two editions' structure:
  sections, timestamps, quotes, entities, segments marked as needing review;
- *pair checks* (`check_pair(pair, context)`) judge one source text and its translation.
  The checker runs them over every aligned pair; the translator's validator runs the very
  same functions on each answer of a model, so whatever it accepts the checker accepts.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from types import ModuleType

from localize.check.checks import (
    entity,
    glossary,
    markup,
    needs_review,
    number,
    omission,
    protected,
    quote,
    structure,
    timestamp,
    typography,
    untranslated,
)
from localize.check.context import CheckContext
from localize.check.pairs import TextPair
from localize.findings import Finding
from localize.text.unicode import to_nfc

DOCUMENT_CHECKS: dict[str, ModuleType] = {
    module.ID: module for module in (structure, timestamp, quote, entity, needs_review)}
"""Checks of the two editions' structure, by id."""
PAIR_CHECKS: dict[str, ModuleType] = {
    module.ID: module for module in (number, glossary, protected, untranslated, omission,
                                     markup, typography)}
"""Checks of one aligned pair of texts, by id."""
CHECKS: dict[str, ModuleType] = {**DOCUMENT_CHECKS, **PAIR_CHECKS}
"""Check id to module, in the order they run."""


def title(check: ModuleType) -> str:
    """The first line of the check's docstring."""
    return " ".join((check.__doc__ or check.ID).strip().split("\n\n")[0].split())


def check_pair(pair: TextPair, context: CheckContext,
               checks: Iterable[ModuleType] | None = None) -> list[Finding]:
    """The findings of every pair check (or of `checks`) on one pair of texts, compared in
    NFC (an answer or a file in NFD reads as the same text)."""
    chosen = PAIR_CHECKS.values() if checks is None else checks
    pair = replace(pair, source=to_nfc(pair.source), target=to_nfc(pair.target),
                   target_unit=to_nfc(pair.target_unit) if pair.target_unit else None)
    return [found for module in chosen for found in module.check_pair(pair, context)]
