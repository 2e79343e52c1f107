"""The checks of `localize check`: one module per check, each with an `ID` and a `check()`
generator of findings. The first line of a check's docstring is its title in
`localize check --list`."""

from __future__ import annotations

from types import ModuleType

from localize.check.checks import (
    entity,
    glossary,
    markup,
    number,
    omission,
    quote,
    structure,
    timestamp,
    typography,
    untranslated,
)

CHECKS: dict[str, ModuleType] = {
    module.ID: module
    for module in (structure, timestamp, quote, entity, number, glossary, untranslated,
                   omission, markup, typography)
}
"""Check id to module, in the order they run."""


def title(check: ModuleType) -> str:
    """The first line of the check's docstring."""
    return " ".join((check.__doc__ or check.ID).strip().split("\n\n")[0].split())
