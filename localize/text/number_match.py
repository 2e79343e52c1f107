"""Pairing the numbers of a text with those of its translation, as a bilingual editor does:
equal values first, then what is plausibly but not provably the same."""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

from localize.text.number_types import Kind, Number

DAYS = {"day": 1.0, "week": 7.0, "month": 30.44, "year": 365.25, "hour": 1 / 24,
        "minute": 1 / 1440}
COUNTS = (Kind.PLAIN, Kind.MULTIPLIER)
MAX_FUZZY_PAIRS = 10_000
"""Beyond this many (source, target) leftovers to compare, plausible equivalences are looked
for only between numbers at about the same place (both cut into aligned chunks): a hostile
text of thousands of unequal numbers is compared in linear time, not quadratic."""


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
    """Remove from both lists the numbers that share a key, each used once, each with the
    first one left on the other side; optional and vague numbers choose last, so they never
    take a count a plain number needs. Indexed by key: linear, however many numbers."""
    waiting: dict[tuple[float, str], deque[int]] = {}
    for index, other in enumerate(right):
        for key in keys(other):
            waiting.setdefault(key, deque()).append(index)
    taken: set[int] = set()
    paired: set[int] = set()
    order = sorted(range(len(left)), key=lambda i: left[i].optional or left[i].vague)
    for position in order:
        first: int | None = None
        for key in keys(left[position]):
            queue = waiting.get(key)
            while queue and queue[0] in taken:
                queue.popleft()
            if queue and (first is None or queue[0] < first):
                first = queue[0]
        if first is not None:
            taken.add(first)
            paired.add(position)
    left[:] = [number for index, number in enumerate(left) if index not in paired]
    right[:] = [number for index, number in enumerate(right) if index not in taken]


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
    missing: list[Number] = []
    extra: list[Number] = []
    for lefts, rights in _chunks(left, right):
        _pair_plausible(lefts, rights, approximate)
        missing.extend(lefts)
        extra.extend(rights)
    return NumberDifference(_reported(missing, extra), _reported(extra, missing), approximate)


def _chunks(left: list[Number], right: list[Number]
            ) -> list[tuple[list[Number], list[Number]]]:
    """The leftovers whole, or cut into aligned chunks of at most MAX_FUZZY_PAIRS pairs."""
    if len(left) * len(right) <= MAX_FUZZY_PAIRS:
        return [(left, right)]
    count = math.ceil(math.sqrt(len(left) * len(right) / MAX_FUZZY_PAIRS))
    return [(left[i * len(left) // count:(i + 1) * len(left) // count],
             right[i * len(right) // count:(i + 1) * len(right) // count])
            for i in range(count)]


def _plain(number: Number) -> bool:
    """A count no rule relates to another plain count: only equality pairs two of them."""
    return number.kind is Kind.PLAIN and not number.vague and number.unit not in DAYS


def _pair_plausible(left: list[Number], right: list[Number],
                    approximate: list[tuple[Number, Number, str]]) -> None:
    """Pair what is plausibly the same by the rules, then clock times written apart. Two
    plain counts are never compared: no rule applies to them."""
    for rule in RULES:
        special = [other for other in right if not _plain(other)]
        for number in list(left):
            for other in special if _plain(number) else right:
                reason = rule(number, other) or rule(other, number)
                if reason:
                    approximate.append((number, other, reason))
                    left.remove(number)
                    right.remove(other)
                    if not _plain(other):
                        special.remove(other)
                    break
    _pair_split_clock(left, right, False, approximate)
    _pair_split_clock(right, left, True, approximate)
