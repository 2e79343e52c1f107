"""What a number of a text is: its value, what it counts, and how sure its reading is."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class Kind(StrEnum):
    """What a number counts; a number only matches numbers its kind can stand for."""

    PLAIN = "plain"
    PERCENT = "percent"
    MULTIPLIER = "multiplier"
    PERCENT_POINT = "percent-point"
    FRACTION = "fraction"
    ORDINAL = "ordinal"
    DATE = "date"
    """A day of a month or a whole month: the value is month × 100 + day (0 for none)."""
    TIME = "time"
    """A clock time or a game clock: the value is hours (or minutes) × 60 + the rest."""
    DECADE = "decade"
    """`the 1980s` is 1980; `80年代`, whose century is left implicit, is 80."""
    CENTURY = "century"


# What a kind can be compared with: counts and multipliers share (`15 million times` may
# count or multiply), fractions are percentages.
FAMILIES = {Kind.PLAIN: "count", Kind.MULTIPLIER: "count", Kind.PERCENT: "percent",
            Kind.FRACTION: "percent", Kind.PERCENT_POINT: "percent-point",
            Kind.ORDINAL: "ordinal", Kind.DATE: "date", Kind.TIME: "time",
            Kind.DECADE: "decade", Kind.CENTURY: "century"}
HALF_DAY = 12 * 60


def _rounded(value: float) -> float:
    return float(f"{value:.6g}")


@dataclass(frozen=True)
class Number:
    """A value found in text, where it stands and how it was written.

    `vague` numbers give an order of magnitude only (`hundreds`, `수백`, `几十`: 100, 100,
    10); `optional` ones are words a translation may well render without a number
    (`half`, `doubled`, `second`, `上世纪`); `alternatives` are other values the same
    writing may mean (`200m`: 200 metres or 200 million); `unit` is the period a count
    measures (`day`, `week`, `month`, `year`), when it says.
    """

    value: float
    kind: Kind
    start: int
    end: int
    text: str
    vague: bool = False
    optional: bool = False
    alternatives: tuple[float, ...] = ()
    unit: str = ""

    @property
    def family(self) -> str:
        """The kinds this number can be compared with; vague numbers form their own."""
        return "vague" if self.vague else FAMILIES[self.kind]

    @property
    def key(self) -> tuple[float, str]:
        """What two numbers must share to be the same: the value to 6 significant digits
        (a percentage for a fraction, a time within half a day) and the family."""
        return _rounded(self._compared(self.value)), self.family

    def keys(self) -> set[tuple[float, str]]:
        """Every key this number may match: its own, its alternative readings, and the
        equal counts an ordinal or a fraction also is (`34th` = `34분`, `half` = 0.5)."""
        found = {self.key}
        found.update((_rounded(self._compared(value)), self.family)
                     for value in self.alternatives)
        if self.kind in (Kind.ORDINAL, Kind.FRACTION) and not self.vague:
            found.add((_rounded(self.value), "count"))
        if self.unit == "age-decade":  # `20대`: in their twenties; `10대`: teenagers
            found.add((self.value, "decade"))
            if self.value == 10:
                found.add((10.0, "vague"))
        if (self.kind is Kind.DECADE or self.unit == "age-decade") and self.value >= 1000 \
                and self.value % 100 == 0:
            found.add((self.value // 100 + 1, "century"))  # `the 1800s`: the 19th century
        return found

    def _compared(self, value: float) -> float:
        if self.kind is Kind.FRACTION:
            return value * 100
        if self.kind is Kind.TIME:
            return value % HALF_DAY
        return value


# After a number: what it is a percentage, multiple or rank of (`%p` before `%`).
_LATIN_END = r"(?![A-Za-z])"
SUFFIX = re.compile(
    rf"(?P<pp>\s?[%％]\s?(?:p{_LATIN_END}|포인트)|\s?퍼센트\s?포인트|\s?percentage[\s-]points?\b"
    r"|\s?个?百分点)"
    rf"|(?P<pct>\s?(?:[%％]|퍼센트|percent\b|per[\s-]cent\b))"
    rf"|(?P<mul>\s?(?:x{_LATIN_END}|×|배(?![우경달송추꼽])|倍|times\b|-?fold\b))"
    rf"|(?P<ord>(?:st|nd|rd|th){_LATIN_END}|\s?번째|위(?![가-힣])|위(?=[는를가로에의와도]))",
    re.IGNORECASE)
SUFFIX_KINDS = {"pp": Kind.PERCENT_POINT, "pct": Kind.PERCENT, "mul": Kind.MULTIPLIER,
                "ord": Kind.ORDINAL}
# The period a count measures, for `60 days` ~ `두 달`; `-year-old` is an age, not a period.
UNIT = re.compile(
    r"\s?(?:(?P<day>days?\b|일(?![가-힣])|일(?=[간동에은는이을])|天|日(?![元本报])|个?工作日)"
    r"|(?P<week>weeks?\b|주(?:일|간)?(?![가-힣])|个?星期|周(?![年岁])|个?礼拜)"
    r"|(?P<month>months?\b|개월|달(?!러)|个月)"
    r"|(?P<year>years?\b|년(?!대)|年(?!代))"
    r"|(?P<hour>hours?\b|시간|个?小时|个?钟头)"
    r"|(?P<minute>minutes?\b|분(?![의기])|分钟))",
    re.IGNORECASE)


_HANGUL = re.compile(r"[가-힣]")
_HAN = re.compile(r"[\u3400-\u9fff]")


# `4년 반`, `四年半`, `4个半月`: and a half, after the period.
_AND_HALF = re.compile(
    r"\s?(?:(년|개월|달|시간|주)\s?반(?![가-힣])|(年|个月|个小时|小时|天|周)半"
    r"|个半(月|小时|星期))")
_HALF_UNITS = {"년": "year", "개월": "month", "달": "month", "시간": "hour", "주": "week",
               "年": "year", "个月": "month", "个小时": "hour", "小时": "hour", "天": "day",
               "周": "week", "月": "month", "星期": "week"}


def half_at(text: str, end: int) -> tuple[str, int] | None:
    """The period of `4년 반`, `四年半`, `4个半月` right after `end`, and where it ends."""
    match = _AND_HALF.match(text, end)
    if match is None:
        return None
    return _HALF_UNITS[match.group(match.lastindex or 1)], match.end()


def suffix_at(text: str, end: int) -> tuple[Kind | None, int]:
    """The kind a suffix right after `end` gives (`%`, `배`, `th`), and where it ends."""
    match = SUFFIX.match(text, end)
    if match is None or match.lastgroup is None:
        return None, end
    return SUFFIX_KINDS[match.lastgroup], match.end()


def unit_at(text: str, end: int) -> str:
    """The period named right after `end` (`day`, `week`, `month`, `year`...), or ""."""
    match = UNIT.match(text, end)
    return match.lastgroup or "" if match else ""


class Collector:
    """The numbers found so far in a text: a span once read is not read again."""

    def __init__(self, text: str, masked: str) -> None:
        self.text = text
        self.masked = masked
        lower = masked.lower()
        self.lower = lower if len(lower) == len(masked) else "".join(
            character if len(character.lower()) > 1 else character.lower()
            for character in masked)
        """The masked text lowercased, each character kept at its place (`İ` stays)."""
        self.hangul = _HANGUL.search(masked) is not None
        self.han = _HAN.search(masked) is not None
        self.found: list[Number] = []
        self._taken = bytearray(len(masked))
        self.stated: set[int] = set()
        """Starts of numbers whose kind the writing states (`%`, `百分之`, `배`)."""
        self.scaled: dict[int, float] = {}
        """Starts of numbers written with a scale word or unit (`million`, `만`)."""

    def free(self, start: int, end: int) -> bool:
        """Whether no number was read in `start:end` yet."""
        return self._taken.find(1, start, end) == -1

    def add(self, value: float, kind: Kind, start: int, end: int, *, vague: bool = False,
            optional: bool = False, alternatives: tuple[float, ...] = (), unit: str = "",
            stated: bool = False, scale: float = 1.0) -> bool:
        """Record a number unless its span overlaps one read before."""
        if start >= end or not self.free(start, end):
            return False
        self.found.append(Number(value, kind, start, end, self.text[start:end], vague,
                                 optional, alternatives, unit))
        self._taken[start:end] = b"\x01" * (end - start)
        if stated:
            self.stated.add(start)
        if scale != 1.0:
            self.scaled[start] = scale
        return True

    def add_counted(self, value: float, start: int, end: int, *, vague: bool = False,
                    scale: float = 1.0) -> bool:
        """Record a count with the suffix (`%`, `배`) or period (`days`) written after it."""
        kind, stop = suffix_at(self.masked, end)
        unit = unit_at(self.masked, stop) if kind is None else ""
        return self.add(value, kind or Kind.PLAIN, start, stop, vague=vague, unit=unit,
                        stated=kind is not None, scale=scale)
