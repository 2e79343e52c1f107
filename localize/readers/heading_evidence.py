"""Evidence about a candidate split: a named predicate, the languages it speaks for, and
how strongly it fired (0 when it did not; a count when it fires once per word).

Each predicate lives in one of three modules, by what it looks at: the heading's own
shape (`heading_shape_evidence`), the paragraph's first words (`heading_start_evidence`),
and the rest of the page (`heading_page_evidence`). Its weight is in `heading_weights`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType

from localize.readers.heading_candidate import Split

Predicate = Callable[[Split], float]


@dataclass(frozen=True)
class Evidence:
    """A named predicate over a split; its docstring says what it sees."""

    name: str
    languages: str
    """`all`, or the languages it concerns (`en`, `ko`, `zh`, `ko zh`)."""
    predicate: Predicate

    @property
    def description(self) -> str:
        return " ".join((self.predicate.__doc__ or "").split())

    def __call__(self, split: Split) -> float:
        return float(self.predicate(split))


def evidence(languages: str) -> Callable[[Predicate], Evidence]:
    """Decorator: the function becomes an `Evidence` named after it."""
    def wrap(predicate: Predicate) -> Evidence:
        return Evidence(predicate.__name__, languages, predicate)
    return wrap


def collect(*modules: ModuleType) -> tuple[Evidence, ...]:
    """Every piece of evidence the modules define, in the order they define it."""
    return tuple(value for module in modules for value in vars(module).values()
                 if isinstance(value, Evidence))
