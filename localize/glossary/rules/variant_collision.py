"""A variant that is another term's key, required form or variant.

`RL` as a variant of `reinforcement learning` and as a term of its own would make every
`RL` in a source count twice, or as the wrong term.
"""

from __future__ import annotations

from collections.abc import Iterator

from localize.findings import Finding, Severity
from localize.glossary.loader import LoadedGlossary
from localize.glossary.rules.common import normalise, placed_terms, required_owners

ID = "variant-collision"


def check(glossaries: list[LoadedGlossary]) -> Iterator[Finding]:
    """Yield a finding for each variant that another term also claims."""
    terms = list(placed_terms(glossaries))
    claimed = required_owners(terms)
    for placed in terms:
        for language, variants in placed.term.variants.items():
            for variant in variants:
                key = (language, normalise(variant, placed.term))
                owner = claimed.get(key)
                if owner is not None and owner.term.term.casefold() != \
                        placed.term.term.casefold():
                    yield Finding(code=ID, severity=Severity.ERROR, file=placed.file,
                                  line=placed.line, term=placed.term.term,
                                  message=f"{language} variant {variant!r} is also "
                                          f"{owner.term.term!r} (line {owner.line or '?'})")
                claimed.setdefault(key, placed)
