"""Pairing the numbers of a text with those of its translation, as a bilingual editor does:
equal values first, then what is plausibly but not provably the same."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from localize.text.number_types import Kind, Number

DAYS = {"day": 1.0, "week": 7.0, "month": 30.44, "year": 365.25, "hour": 1 / 24,
        "minute": 1 / 1440}
COUNTS = (Kind.PLAIN, Kind.MULTIPLIER)


@dataclass(frozen=True)
class NumberDifference:
    """Numbers of the source the target lacks, numbers of the target the source lacks, and
    pairs (source, target, reason) that are plausibly but not provably the same."""

    missing: list[Number]
    extra: list[Number]
    approximate: list[tuple[Number, Number, str]] = field(default_factory=list)


def _count(number: Number) -> bool:
    return number.kind in COUNTS and not number.vague


def _vague_magnitude(a: Number, b: Number) -> str | None:
    if a.vague and _count(b) and a.value <= b.value < a.value * 10:
        return "a vague quantity against an exact one"
    return None


def _implicit_century(a: Number, b: Number) -> str | None:
    if a.kind is b.kind is Kind.DECADE and a.value < 100 <= b.value and \
            b.value % 100 == a.value:
        return "a decade whose century is left implicit"
    return None


def _decade_in_century(a: Number, b: Number) -> str | None:
    if a.kind is Kind.DECADE and b.kind is Kind.CENTURY and a.value >= 1000 and \
            a.value // 100 + 1 == b.value:
        return "a decade within its century"
    return None


def _age_decade(a: Number, b: Number) -> str | None:
    if a.kind is Kind.DECADE and a.value < 100 and _count(b) and b.value == a.value:
        return "a decade of age written as a count"
    return None


def _period(a: Number, b: Number) -> str | None:
    if a.kind in COUNTS and b.kind in COUNTS and a.unit in DAYS and b.unit in DAYS and \
            a.unit != b.unit:
        days = a.value * DAYS[a.unit]
        other = b.value * DAYS[b.unit]
        if other and 0.9 <= days / other <= 1.1:
            return "the same period in other units"
    return None


def _percent_points(a: Number, b: Number) -> str | None:
    if a.kind is Kind.PERCENT_POINT and b.kind is Kind.PERCENT and a.value == b.value:
        return "percentage points written as a percentage"
    return None


def _rounded_fraction(a: Number, b: Number) -> str | None:
    if a.kind is Kind.FRACTION and b.kind is Kind.PERCENT and abs(a.value * 100 - b.value) < 1:
        return "a fraction rounded as a percentage"
    return None


def _clock_decimal(a: Number, b: Number) -> str | None:
    if a.kind is Kind.TIME and _count(b) and round(b.value * 100) == \
            a.value // 60 * 100 + a.value % 60 and b.value != int(b.value):
        return "a clock time written as a decimal"
    return None


def _decade_as_year(a: Number, b: Number) -> str | None:
    if a.kind is Kind.DECADE and a.value >= 1000 and _count(b) and b.value == a.value:
        return "a decade written as its first year"
    return None


def _day_of_date(a: Number, b: Number) -> str | None:
    if a.kind is Kind.DATE and a.value % 100 and _count(b) and b.value == a.value % 100:
        return "a date written as a day of a month named otherwise (`지난달 12일`)"
    return None


def _unsigned_percent(a: Number, b: Number) -> str | None:
    if a.kind is Kind.PERCENT and b.kind is Kind.PLAIN and _count(b) and b.value == a.value:
        return "a percentage written without its sign"
    return None


def _multiple_by_one(a: Number, b: Number) -> str | None:
    if a.kind is b.kind is Kind.MULTIPLIER and abs(a.value - b.value) == 1 and (
            "倍" in a.text or "倍" in b.text):
        return "an increase by N times read as N + 1 times (`翻了两倍` for tripled)"
    return None


RULES: list[Callable[[Number, Number], str | None]] = [
    _vague_magnitude, _implicit_century, _decade_in_century, _age_decade, _period,
    _percent_points, _rounded_fraction, _clock_decimal, _decade_as_year, _day_of_date,
    _unsigned_percent, _multiple_by_one]


def _pair_equal(left: list[Number], right: list[Number],
                keys: Callable[[Number], set[tuple[float, str]]]) -> None:
    """Remove from both lists the numbers that share a key, each used once; optional and
    vague numbers choose last, so they never take a count a plain number needs."""
    for number in sorted(left, key=lambda number: number.optional or number.vague):
        wanted = keys(number)
        other = next((other for other in right if wanted & keys(other)), None)
        if other is not None:
            left.remove(number)
            right.remove(other)


def _pair_split_clock(left: list[Number], right: list[Number], swap: bool,
                      found: list[tuple[Number, Number, str]]) -> None:
    """`10:15` against `10` and `15` written apart (`10시 ... 15분`, a typo's `3분 35분`)."""
    for clock in [number for number in left if number.kind is Kind.TIME]:
        hours, minutes = divmod(clock.value, 60)
        first = next((n for n in right if _count(n) and n.value == hours), None)
        second = next((n for n in right if _count(n) and n.value == minutes and n is not first
                       and (first is None or n.start > first.start)), None)
        if first is None or second is None:
            continue
        left.remove(clock)
        for part in (first, second):
            right.remove(part)
            pair = (part, clock) if swap else (clock, part)
            found.append((*pair, "a clock time written as two numbers"))


def _reported(numbers: list[Number], others: list[Number]) -> list[Number]:
    """Leftovers worth reporting: an optional or vague one (`half`, `second`, `hundreds`)
    only when the other side has a leftover of its kind, a sign it was altered."""
    kinds = {(other.kind, other.vague) for other in others}
    return [number for number in numbers
            if not (number.optional or number.vague) or (number.kind, number.vague) in kinds]


def match_numbers(source: list[Number], target: list[Number]) -> NumberDifference:
    """Pair equal numbers, then plausible equivalents; what is left differs."""
    left, right = list(source), list(target)
    _pair_equal(left, right, lambda number: {number.key})
    _pair_equal(left, right, Number.keys)
    approximate: list[tuple[Number, Number, str]] = []
    for rule in RULES:
        for number in list(left):
            for other in right:
                reason = rule(number, other) or rule(other, number)
                if reason:
                    approximate.append((number, other, reason))
                    left.remove(number)
                    right.remove(other)
                    break
    _pair_split_clock(left, right, False, approximate)
    _pair_split_clock(right, left, True, approximate)
    return NumberDifference(_reported(left, right), _reported(right, left), approximate)
