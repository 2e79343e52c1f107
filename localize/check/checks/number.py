"""Numbers: values that differ after normalisation (`$63 billion` = `630억 달러`).

A small plain number (under ten) missing on one side is only information: such numbers
come and go with articles and words (`a year earlier` is `1년 전`, `one of them`). A larger
number only the target has is a warning: translations sometimes make explicit what the
source implied.
"""

from __future__ import annotations

from collections.abc import Iterator

from localize.check.checks.common import pair_finding
from localize.check.context import CheckContext
from localize.check.pairs import NAME_KINDS, TextPair
from localize.findings import Finding, Severity
from localize.text.numbers import Kind, Number, compare_numbers

ID = "number"
WORDED_BELOW = 10


def _small(number: Number) -> bool:
    return number.kind is Kind.PLAIN and number.value < WORDED_BELOW


def _severity(number: Number, otherwise: Severity = Severity.ERROR) -> Severity:
    return Severity.INFO if _small(number) else otherwise


def check_pair(pair: TextPair, context: CheckContext) -> Iterator[Finding]:
    """Yield a finding per number missing, altered or added."""
    if pair.kind in NAME_KINDS:
        return
    difference = compare_numbers(pair.source, pair.target)
    extra = list(difference.extra)
    for number in difference.missing:
        replacement = None if _small(number) else next(
            (other for other in extra if other.kind is number.kind and not _small(other)),
            None)
        if replacement is not None:
            extra.remove(replacement)
            yield pair_finding("number.altered", Severity.ERROR,
                               f"the number {number.text!r} became {replacement.text!r}", pair)
        else:
            yield pair_finding("number.missing", _severity(number),
                               f"the number {number.text!r} is missing from the target", pair)
    for number in extra:
        yield pair_finding("number.extra", _severity(number, Severity.WARNING),
                           f"the number {number.text!r} in the target is not in the source", pair)
