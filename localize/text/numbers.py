"""Numbers in English, Korean and Chinese text, normalised to values for comparison.

`$63 billion`, `630억 달러` and `630亿美元` are all 63,000,000,000; `850K` and `85만` are
850,000; `1억 5천만 명` is 150 million; `15-20x`, `15~20배` and `15-20 倍` are the
multipliers 15 and 20; `13 per cent`, `13%` and `百分之十三` the percentage 13. Dates, clock
times, decades, ordinals and fractions have kinds of their own (see `number_types`), and
vague quantities (`hundreds`, `수백`, `数百`) give an order of magnitude. Hedges (`about`,
`약`, `约`, `多`, `여`) are allowed and ignored. Timestamps (`0:02:44`, `[03:26]`) are not
numbers of the text.

One reading pass per form, most specific first, each taking its span for good; ranges
(`30-43%`, `between 30 and 43 percent`, `3~5억`) then share their unit and scale.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from localize.text.number_dates import dates, periods, times
from localize.text.number_match import NumberDifference, match_numbers
from localize.text.number_types import Collector, Kind, Number, half_at, suffix_at, unit_at
from localize.text.number_words import (
    HAN_NUMERAL,
    chinese_numerals,
    chinese_value,
    english_phrases,
    english_runs,
    korean_words,
)

ENGLISH_SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6,
                  "billion": 1e9, "b": 1e9, "bn": 1e9, "trillion": 1e12, "t": 1e12,
                  "tn": 1e12}
CJK_BIG_UNITS = {"万": 1e4, "만": 1e4, "亿": 1e8, "억": 1e8, "조": 1e12, "万亿": 1e12}
CJK_SMALL_UNITS = {"千": 1e3, "천": 1e3, "百": 1e2, "백": 1e2}
CURRENCY_SIGNS = "$£€¥₩"

# Possessive quantifiers: a run of digits is never split to try other readings (which made
# long lists of numbers take exponential time).
_DIGITS = re.compile(r"\d{1,3}(?:,\d{3})++(?:\.\d++)?+|\d++(?:\.\d++)?+")
_TIMESTAMP = re.compile(
    r"\[\d{1,2}(?::\d{2}){1,2}\]|\[\d{1,2},\s?\d{1,2}\]|(?<![\d:])\d{1,2}:\d{2}:\d{2}(?![\d:])")
_HANGUL = re.compile(r"[가-힣]")
# One unit after CJK digits: `천`/`百`-style (glued, and not the start of a word such as
# `백화점`), then `만`/`亿`-style (not `만큼`, `조사`); `多`/`余`/`여` say `more than`.
_CJK_UNIT = re.compile(
    r"\s?(?:[多余여]\s?)?(?:(?P<small>[千百]|[천백](?=[만억조여]|[명원개건번곳대달배]|[^가-힣]|$)))?"
    r"\s?(?P<big>万亿|[万亿억]|만(?!큼)|조(?![사건치정직합항작성]))?(?:[여多余](?![가-힣]))?")
_CJK_NEXT = re.compile(r"\s?(\d{1,3}(?:,\d{3})++|\d++)")
_NOT_A_PART = re.compile(r"\s?(?:[년월일세살시분위%％.]|번째|[年月日岁])")
_ENGLISH_SCALE = re.compile(
    r"(?:\s|-|\s-\s)?(?i:(thousand|million|billion|trillion))\b"
    r"|(mn|bn|tn|[kKmMbBtT])(?![A-Za-z\d])")
_PERCENT_WORD = re.compile(rf"百分之\s?(\d+(?:\.\d+)?|[{HAN_NUMERAL}点]+)")
_KOREAN_FRACTION = re.compile(r"(\d+)\s?분의\s?(\d+)")
_RANGE_GAP = re.compile(r"\s?(?:[-–—~〜～]|至|到|에서|또는|或)\s?|\s(?i:to|or|and)\s")


_NUMBER_SIGN = re.compile(r"\b(?:No\.|no\.|#)\s?$")  # `No.1`, `No. 10`, `#3`


def _inside_name(text: str, start: int) -> bool:
    """A number glued to letters (`H100`) or hyphened to a capitalised name (`GPT-4`,
    `S-1`, `COVID-19`) is part of the name; `mid-2000s` and `top-10` are not names."""
    before = text[max(0, start - 12):start]
    if before[-1:].isascii() and before[-1:].isalpha():
        return True
    if before[-1:] not in ("-", ".") or len(before) < 2 or not before[-2].isascii() or \
            not before[-2].isalnum() or before[-2].isdigit():
        return False
    word = re.split(r"[^A-Za-z0-9]", before[:-1])[-1]
    return any(character.isupper() or character.isdigit() for character in word)


def _number(digits: str) -> float:
    return float(digits.replace(",", ""))


def _cjk_scaled(m: str, end: int, first: float) -> tuple[float, int] | None:
    """`1억 5천만`, `2만 9천`, `37만 5,000`, `550多万`, `1만여`: the value and where it ends."""
    total, amount, position, smallest = 0.0, first, end, float("inf")
    seen = False
    while True:
        unit = _CJK_UNIT.match(m, position)
        if unit is None or not (unit.group("small") or unit.group("big")):
            break
        if unit.group("small"):
            amount *= CJK_SMALL_UNITS[unit.group("small")]
        big = unit.group("big")
        if big:
            if CJK_BIG_UNITS[big] >= smallest:
                break
            total += amount * CJK_BIG_UNITS[big]
            amount, smallest = 0.0, CJK_BIG_UNITS[big]
        position, seen = unit.end(), True
        following = _CJK_NEXT.match(m, position) if big else None
        if following is None:
            break
        value = _number(following.group(1))
        again = _CJK_UNIT.match(m, following.end())
        if again is not None and (again.group("small") or again.group("big")):
            amount, position = value, following.end()
            continue
        if value < smallest and not _NOT_A_PART.match(m, following.end()):
            amount, position = value, following.end()
        break
    return (total + amount, position) if seen else None


def _digit_numbers(c: Collector) -> None:
    """Numbers written with digits, their scale (`million`, `만`), suffix and unit."""
    m = c.masked
    for match in _DIGITS.finditer(m):
        start, end = match.span()
        signed = start > 0 and m[start - 1] in ". #" and _NUMBER_SIGN.search(
            m, max(0, start - 4), start) is not None
        if not c.free(start, end) or (_inside_name(m, start) and not signed):
            continue
        raw = _number(match.group())
        value, alternatives = raw, tuple[float, ...]()
        cjk = _cjk_scaled(m, end, raw) if c.hangul or c.han else None
        if cjk is not None:
            value, end = cjk
        else:
            scale = _ENGLISH_SCALE.match(m, end)
            if scale is not None:
                word = (scale.group(1) or scale.group(2)).lower()
                value = raw * ENGLISH_SCALES[word]
                money = start > 0 and m[start - 1] in CURRENCY_SIGNS
                measured = scale.group(2) in ("m", "t", "T", "M") and not money
                if measured:  # `200m`, `7,000t`: metres and tonnes, unless money
                    value, alternatives = (raw, (value,)) if scale.group(2) in "mt" else \
                        (value, (raw,))
                end = scale.end()
        kind, stop = suffix_at(m, end)
        ordinal = kind is Kind.ORDINAL or m[max(0, start - 2):start].strip()[-1:] == "第" \
            or signed \
            or (m[start - 1:start] == "제" and not (start > 1 and _HANGUL.match(m, start - 2)))
        unit = unit_at(m, stop) if kind is None else ""
        half = half_at(m, stop) if kind is None and (c.hangul or c.han) else None
        if half is not None:
            value, (unit, stop) = value + 0.5, half
        elif raw % 10 == 0 and (10 <= raw < 100 or 1000 <= raw <= 2100) and value == raw and \
                m.startswith("대", stop) and not m.startswith(("대학", "대표", "대회"), stop):
            unit, stop = "age-decade", stop + 1  # `20대`: in their twenties; `2000대`
        elif raw % 10 == 0 and 10 <= raw < 100 and m.startswith(("多岁", "几岁", "来岁"), stop):
            unit = "age-decade"  # `40多岁`: in their forties
        # A rank of ten or more written in digits (`89th`, `第34`, `21번째`) is meant; a
        # small one comes and goes like words do (`topped` is `1위`, `一战` `제1차 세계대전`).
        c.add(value, Kind.ORDINAL if ordinal else kind or Kind.PLAIN, start, stop,
              optional=ordinal and value < 10, alternatives=alternatives, unit=unit,
              stated=kind is not None, scale=value / raw if raw and value != raw else 1.0)


def _percent_and_fractions(c: Collector) -> None:
    m = c.masked
    for match in _PERCENT_WORD.finditer(m):
        written = match.group(1)
        value = float(written) if written[0].isdigit() else chinese_value(written)
        c.add(value, Kind.PERCENT, *match.span(), stated=True)
    for match in _KOREAN_FRACTION.finditer(m):
        if int(match.group(1)):
            c.add(int(match.group(2)) / int(match.group(1)), Kind.FRACTION, *match.span())


def _join_ranges(c: Collector, numbers: list[Number]) -> list[Number]:
    """Give the low end of a range the kind, scale and unit its high end states."""
    m = c.masked
    joined = list(numbers)
    for index in range(len(joined) - 1):
        low, high = joined[index], joined[index + 1]
        gap = _RANGE_GAP.fullmatch(m, low.end, high.start)
        if gap is None or low.kind not in (Kind.PLAIN, high.kind) or low.vague or high.vague:
            continue
        if gap.group().strip().lower() == "and" and not \
                m[max(0, low.start - 9):low.start].lower().rstrip().endswith("between"):
            continue
        if low.kind is Kind.PLAIN and high.start in c.stated and high.kind in (
                Kind.PERCENT, Kind.PERCENT_POINT, Kind.MULTIPLIER):
            low = replace(low, kind=high.kind)
        elif high.kind is Kind.PLAIN and low.start in c.stated and low.kind in (
                Kind.PERCENT, Kind.PERCENT_POINT) and high.start not in c.scaled:
            joined[index + 1] = replace(high, kind=low.kind)
        scale = c.scaled.get(high.start, 1.0)
        if scale != 1.0 and low.start not in c.scaled and low.value * scale <= high.value:
            low = replace(low, value=low.value * scale,
                          alternatives=tuple(value * scale for value in low.alternatives))
        if not low.unit and high.unit and low.kind is Kind.PLAIN:
            low = replace(low, unit=high.unit)
        joined[index] = low
    return joined


def find_numbers(text: str) -> list[Number]:
    """Every number of a text with its value and kind, in order."""
    return list(_numbers_of(text))


# The checker reads each text for its alignment, its number check and its sentences: read
# it once. Numbers are frozen, so the cached tuple is safe to share.
@lru_cache(maxsize=8192)
def _numbers_of(text: str) -> tuple[Number, ...]:
    masked = _TIMESTAMP.sub(lambda match: " " * len(match.group()), text) \
        if ":" in text or "[" in text else text
    c = Collector(text, masked)
    times(c)
    dates(c)
    periods(c)
    if c.hangul or c.han:
        _percent_and_fractions(c)
    english_phrases(c)
    _digit_numbers(c)
    english_runs(c)
    if c.hangul:
        korean_words(c)
    if c.han:
        chinese_numerals(c)
    return tuple(_join_ranges(c, sorted(c.found, key=lambda number: number.start)))


def clear_cache() -> None:
    """Forget the texts read so far."""
    _numbers_of.cache_clear()


def compare_numbers(source: str, target: str) -> NumberDifference:
    """What differs between the numbers of two texts: equal values pair first (as multisets),
    then plausible equivalents (`60 days` ~ `두 달`) go to `approximate`."""
    return match_numbers(find_numbers(source), find_numbers(target))


__all__ = ["Kind", "Number", "NumberDifference", "clear_cache", "compare_numbers",
           "find_numbers"]
