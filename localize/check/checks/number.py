"""Numbers: values that differ after normalisation (`$63 billion` = `630억 달러`).

Numbers are compared by value and kind (counts, percentages, dates, decades, times...; see
`localize.text.numbers`). A small whole number (under ten) missing on one side is only
information: such numbers come and go with articles and words (`a year earlier` is `1년
전`, `one of them`); replaced by another digit it is an alteration. A larger number only
the target has is a warning: translations sometimes make explicit what the source implied.
A plausible but unprovable equivalence (`60 days` and `두 달`) is a warning, never an error.
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


def _written_in_digits(number: Number) -> bool:
    return any(character.isdigit() for character in number.text)


def _small(number: Number) -> bool:
    """A number under ten that articles and words make come and go (`a year` = `1년`,
    `a quarter`); a decimal written in digits (`2.5`) is never one."""
    return number.kind is Kind.PLAIN and number.value < WORDED_BELOW and (
        number.value == int(number.value) or not _written_in_digits(number))


def _severity(number: Number, otherwise: Severity = Severity.ERROR) -> Severity:
    return Severity.INFO if _small(number) else otherwise


def _replacement(number: Number, extra: list[Number]) -> Number | None:
    """The number of the target that took `number`'s place: one of its kind that the source
    lacks. A small number is replaced only by a small one written in digits, and only when
    it is not a lone `one` (which articles make: `one of them`, `a year` = `1년`)."""
    if not _small(number):
        return next((other for other in extra if other.kind is number.kind
                     and not _small(other)), None)
    if number.value < 2 and not _written_in_digits(number):
        return None
    return next((other for other in extra if _small(other) and _written_in_digits(other)),
                None)


def check_pair(pair: TextPair, context: CheckContext) -> Iterator[Finding]:
    """Yield a finding per number missing, altered or added."""
    if pair.kind in NAME_KINDS:
        return
    difference = compare_numbers(pair.source, pair.target)
    extra = list(difference.extra)
    for number in difference.missing:
        replacement = _replacement(number, extra)
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
    # One source number read as two of the target (`3:35` as `3분 35분`) is one finding.
    readings: dict[int, tuple[Number, list[Number], str]] = {}
    for source_number, target_number, reason in difference.approximate:
        readings.setdefault(source_number.start, (source_number, [], reason))[1].append(
            target_number)
    for source_number, targets, reason in readings.values():
        written = " … ".join(number.text for number in targets)
        yield pair_finding("number.approximate", Severity.WARNING,
                           f"{source_number.text!r} may be {written!r} ({reason}); "
                           "check the value", pair)
