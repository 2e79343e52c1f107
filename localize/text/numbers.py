"""Numbers in English, Korean and Chinese text, normalised to values for comparison.

`$63 billion`, `630억 달러` and `630亿美元` are all 63,000,000,000; `850K` and `85만` are
850,000; `1억 5천만 명` is 150 million; `15-20x`, `15~20배` and `15-20 倍` are the
multipliers 15 and 20. Hedges (`about`, `약`, `约`) are allowed and ignored. Timestamps
(`0:02:44`) are not numbers of the text.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from enum import StrEnum


class Kind(StrEnum):
    """What a number counts."""

    PLAIN = "plain"
    PERCENT = "percent"
    MULTIPLIER = "multiplier"


@dataclass(frozen=True)
class Number:
    """A value found in text, where it stands and how it was written."""

    value: float
    kind: Kind
    start: int
    end: int
    text: str

    @property
    def key(self) -> tuple[float, bool]:
        """What two numbers must share to be the same: the value to 6 significant digits,
        and whether it is a percentage (`15 million times` may count or multiply)."""
        return float(f"{self.value:.6g}"), self.kind is Kind.PERCENT


ENGLISH_SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6,
                  "billion": 1e9, "b": 1e9, "bn": 1e9, "trillion": 1e12, "t": 1e12}
CJK_BIG_UNITS = {"万": 1e4, "만": 1e4, "亿": 1e8, "억": 1e8, "조": 1e12, "万亿": 1e12}
CJK_SMALL_UNITS = {"千": 1e3, "천": 1e3, "百": 1e2, "백": 1e2}

# Possessive quantifiers: a run of digits is never split to try other readings (which made
# long lists of numbers take exponential time).
_DIGITS = r"\d{1,3}(?:,\d{3})++(?:\.\d++)?+|\d++(?:\.\d++)?+"
_TIMESTAMP = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\b")
# One CJK group: digits, an optional 천/百-style unit, an optional 만/억/조-style unit.
# One CJK group: digits and a unit (천/百-style, then optionally 만/억/조-style, or only the
# latter): `1억`, `5천만`, `1,800억`, `2만`, `9천`.
_CJK_GROUP = rf"(?:{_DIGITS})\s?(?:[千천百백]\s?(?:万亿|[万만亿억조])?|万亿|[万만亿억조])"
_NUMBER = re.compile(
    rf"(?P<cjk>(?:{_CJK_GROUP})(?:\s?(?:{_CJK_GROUP}))*+)"
    rf"|(?P<range>(?:{_DIGITS})\s?[-–~〜]\s?(?:{_DIGITS}))"
    rf"|(?P<plain>{_DIGITS})"
)
_ENGLISH_SCALE = re.compile(
    r"^[\s-]?(thousand|million|billion|trillion|mn|bn|[kmbt])(?![a-z])", re.IGNORECASE)
ENGLISH_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
                 "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
                 "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
                 "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
                 "hundred": 100}
# `a million`, `two billion`, `a 27-trillion`: a number word (or `a`) before a scale, or a
# bare scale (`per million tokens`); digits before a scale are read with the digits.
_WORDED_SCALE = re.compile(
    rf"(?<![\d,.])(?<![\d,.][\s-])\b(?:({'|'.join(ENGLISH_WORDS)}|a)[\s-])?"
    r"(thousand|million|billion|trillion)\b",
    re.IGNORECASE)
_FIRST_LETTERS = "".join(sorted({word[0] for word in ENGLISH_WORDS}))
# The lookahead on first letters lets the engine skip most positions at once.
_ENGLISH_WORD = re.compile(rf"\b(?=[{_FIRST_LETTERS}])({'|'.join(ENGLISH_WORDS)})\b",
                           re.IGNORECASE)
FRACTIONS = {"half": 1 / 2, "third": 1 / 3, "thirds": 1 / 3, "quarter": 1 / 4,
             "quarters": 1 / 4, "fifth": 1 / 5, "fifths": 1 / 5, "tenth": 1 / 10,
             "tenths": 1 / 10}
_ENGLISH_FRACTION = re.compile(
    rf"\b(a|one|two|three|four)[\s-]({'|'.join(FRACTIONS)})\b", re.IGNORECASE)
_CJK_FRACTION = re.compile(r"(\d+)\s?(?:분의|分之)\s?(\d+)")
KOREAN_NATIVE = {"두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7,
                 "여덟": 8, "아홉": 9, "열": 10}
CHINESE_DIGITS = {"零": 0, "一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6,
                  "七": 7, "八": 8, "九": 9}
CHINESE_UNITS = {"十": 10, "百": 100, "千": 1000}
CHINESE_BIG = {"万": 1e4, "亿": 1e8}
CHINESE_MEASURES = "个|年|月|天|次|倍|家|位|种|张|层|步|周|小时|项|名|美元|元|人|款|条"
# Native numbers count only before a counter word, where they cannot be anything else.
KOREAN_COUNTERS = "달|번|곳|명|개|가지|배|해|시간|주|살|차례|단계|층|권|군데|종류"
_KOREAN_NATIVE = re.compile(rf"(?<![가-힣])({'|'.join(KOREAN_NATIVE)}) ({KOREAN_COUNTERS})")
# A Chinese numeral counts before a measure word, or when it has a unit (十, 百, 万...);
# a lone 一 is the article `a`.
_CHINESE_NUMERAL = re.compile(rf"([零一两二三四五六七八九十百千万亿]+)({CHINESE_MEASURES})?")
_PERCENT = re.compile(r"^\s?(%|％|percent\b|퍼센트)")
_MULTIPLIER = re.compile(r"^\s?(x\b|×|배|倍|times\b)")


def _inside_name(text: str, start: int) -> bool:
    """A number glued to letters before it (`H100`, `GPT-4o`, `S-1`) is part of a name."""
    before = text[max(0, start - 2):start]
    if before[-1:].isascii() and before[-1:].isalpha():
        return True
    return len(before) == 2 and before[1] in "-." and before[0].isascii() and before[0].isalnum()


def _digits(text: str) -> float:
    return float(text.replace(",", ""))


def _cjk_value(text: str) -> float:
    """`1억 5천만` → 150,000,000; `2만 9천` → 29,000; `1,800억` → 180,000,000,000."""
    total = 0.0
    pending = 0.0
    for digits, small, big in re.findall(
            rf"({_DIGITS})\s?([千천百백])?\s?(万亿|[万만亿억조])?", text):
        amount = _digits(digits) * (CJK_SMALL_UNITS[small] if small else 1.0)
        if big:
            total += (pending + amount) * CJK_BIG_UNITS[big]
            pending = 0.0
        else:
            pending += amount
    return total + pending


def _suffix_kind(text: str, end: int) -> tuple[Kind, int]:
    following = text[end:end + 12]
    for pattern, kind in ((_PERCENT, Kind.PERCENT), (_MULTIPLIER, Kind.MULTIPLIER)):
        match = pattern.match(following)
        if match:
            return kind, end + match.end()
    return Kind.PLAIN, end


def find_numbers(text: str) -> list[Number]:
    """Every number of a text with its value and kind, in order."""
    masked = _TIMESTAMP.sub(lambda match: " " * len(match.group()), text)
    found = _worded(masked, text)
    taken = [(number.start, number.end) for number in found]
    for match in _NUMBER.finditer(masked):
        start, end = match.span()
        if _inside_name(masked, start) or any(a <= start < b for a, b in taken):
            continue  # part of a name or code (H100, GPT-4o, S-1), or read as a fraction
        if match.group("cjk"):
            kind, stop = _suffix_kind(masked, end)
            found.append(Number(_cjk_value(match.group("cjk")), kind, start, stop,
                                text[start:stop]))
            continue
        if match.group("range"):
            low, high = re.split(r"\s?[-–~〜]\s?", match.group("range"))
            kind, stop = _suffix_kind(masked, end)
            scale = _scale_after(masked, end) if kind is Kind.PLAIN else 1.0
            found.extend(Number(_digits(part) * scale, kind, start, stop, text[start:stop])
                         for part in (low, high))
            continue
        value = _digits(match.group("plain"))
        scale_match = _ENGLISH_SCALE.match(masked[end:end + 12])
        if scale_match and (len(scale_match.group(1)) > 1 or end == len(masked)
                            or not masked[end].isspace()):
            value *= ENGLISH_SCALES[scale_match.group(1).lower()]
            end += scale_match.end()
        kind, stop = _suffix_kind(masked, end)
        found.append(Number(value, kind, start, stop, text[start:stop]))
    return sorted(found, key=lambda number: number.start)


def _worded(masked: str, text: str) -> list[Number]:
    """Numbers written in words, fractions, and native Korean and Chinese numerals."""
    found: list[Number] = []

    def add(value: float, start: int, end: int, kind: Kind = Kind.PLAIN) -> None:
        if all(end <= number.start or start >= number.end for number in found):
            found.append(Number(value, kind, start, end, text[start:end]))

    lowered = masked.lower()
    if "분의" in masked or "分之" in masked:
        for match in _CJK_FRACTION.finditer(masked):
            add(int(match.group(2)) / int(match.group(1)), match.start(), match.end())
    if any(word in lowered for word in FRACTIONS):
        for match in _ENGLISH_FRACTION.finditer(masked):
            count = 1 if match.group(1).lower() in ("a", "one") else ENGLISH_WORDS[
                match.group(1).lower()]
            add(count * FRACTIONS[match.group(2).lower()], match.start(), match.end())
    if any(scale in lowered for scale in ("thousand", "million", "billion", "trillion")):
        for match in _WORDED_SCALE.finditer(masked):
            word = (match.group(1) or "a").lower()
            add((ENGLISH_WORDS.get(word, 1)) * ENGLISH_SCALES[match.group(2).lower()],
                match.start(), match.end())
    for match in _ENGLISH_WORD.finditer(masked):
        kind, stop = _suffix_kind(masked, match.end())
        add(ENGLISH_WORDS[match.group(1).lower()], match.start(), stop, kind)
    if masked.isascii():
        return found
    for match in _KOREAN_NATIVE.finditer(masked):
        add(KOREAN_NATIVE[match.group(1)], match.start(), match.end())
    for match in _CHINESE_NUMERAL.finditer(masked):
        numeral = match.group(1)
        before = masked[max(0, match.start() - 2):match.start()]
        if numeral[0] in CHINESE_BIG or any(character.isdigit() for character in before):
            continue  # `1,500 万次`: the unit belongs to the digits before it
        has_unit = any(character in CHINESE_UNITS or character in CHINESE_BIG
                       for character in numeral)
        if numeral == "一" or not (match.group(2) or (has_unit and len(numeral) > 1)):
            continue
        kind, stop = _suffix_kind(masked, match.end())
        add(chinese_value(numeral), match.start(), stop if kind is not Kind.PLAIN else
            match.end(), kind)
    return found


def chinese_value(numeral: str) -> float:
    """`十八` → 18, `二十` → 20, `一千万` → 10,000,000."""
    total = section = number = 0.0
    for character in numeral:
        if character in CHINESE_DIGITS:
            number = CHINESE_DIGITS[character]
        elif character in CHINESE_UNITS:
            section += (number or 1) * CHINESE_UNITS[character]
            number = 0
        else:
            total += (section + number) * CHINESE_BIG[character]
            section = number = 0
    return total + section + number


def _scale_after(text: str, end: int) -> float:
    match = _ENGLISH_SCALE.match(text[end:end + 12])
    return ENGLISH_SCALES[match.group(1).lower()] if match else 1.0


@dataclass(frozen=True)
class NumberDifference:
    """Numbers of the source the target lacks, and numbers of the target the source lacks."""

    missing: list[Number]
    extra: list[Number]


def compare_numbers(source: str, target: str) -> NumberDifference:
    """What differs between the numbers of two texts, as multisets of values."""
    source_numbers = find_numbers(source)
    target_numbers = find_numbers(target)
    return NumberDifference(_unmatched(source_numbers, target_numbers),
                            _unmatched(target_numbers, source_numbers))


def _unmatched(numbers: list[Number], others: list[Number]) -> list[Number]:
    """The numbers that find no equal among the others, each other used once."""
    available = Counter(number.key for number in others)
    unmatched = []
    for number in numbers:
        if available[number.key] > 0:
            available[number.key] -= 1
        else:
            unmatched.append(number)
    return unmatched
