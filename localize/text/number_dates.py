"""Dates, clock times, decades and centuries: numbers that name a point in time.

`June 5`, `6월 5일` and `6月5日` are the date 605; `7.55am`, `오전 7시 55분` and `7:55` the
time 7 × 60 + 55; `the 1980s`, `1980년대` and `上世纪八十年代` the decade 1980, and `80年代`
the decade 80, whose century is left implicit.
"""

from __future__ import annotations

import re

from localize.text.number_types import Collector, Kind
from localize.text.number_words import CHINESE_DIGITS, HAN_NUMERAL, ORDINALS, chinese_value

MONTHS = {"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
          "july": 7, "august": 8, "september": 9, "october": 10, "november": 11,
          "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
          "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
_FULL_MONTHS = "|".join(sorted((name.capitalize() for name in MONTHS if len(name) > 4
                               or name in ("may", "june", "july")), key=len, reverse=True))
_SHORT_MONTHS = "|".join(sorted((name.capitalize() for name in MONTHS if len(name) <= 4
                                and name not in ("may", "june", "july")), key=len,
                               reverse=True))
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
# Patterns start with a digit, a numeral or a literal, never with a look-behind or an
# optional group, so the engine skips most positions at once; what must not come before a
# number is tested in code (`_after_number`).
# `1 October`, `30th of September`, `October 1st`, `Oct. 31`; an abbreviation needs its dot
# or a day, and `May`/`March` alone a word that makes them months (`in May`, not `may`).
_ENGLISH_DATE = re.compile(
    rf"(?:({_FULL_MONTHS})\b|({_SHORT_MONTHS})\b(\.)?)(?:,?\s{_DAY}\b(?![,.]?\d|:))?")
_DAY_BEFORE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s(?:of\s)?$")
_MONTH_HINT = re.compile(r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec")
_MONTH_CONTEXT = re.compile(
    r"(?i:in|on|of|since|until|till|by|from|last|next|early|late|mid|this|through|before"
    r"|after|during|each|every|between|and|to|until|end|start)[\s-]$")
_KOREAN_DATE = re.compile(r"(\d{1,2})\s?월(?:\s?(\d{1,2})\s?일)?")
_HAN_SMALL = "一二三四五六七八九十"
_CHINESE_DATE = re.compile(
    rf"(\d{{1,2}}|[{_HAN_SMALL}]{{1,3}})\s?月份?(?:\s?(\d{{1,2}}|[{_HAN_SMALL}]{{1,3}})\s?[日号])?")
_MERIDIEM = r"\s?([aApP])\.?[mM]\b\.?"
_MERIDIEM_AHEAD = r"\s?[aApP]\.?[mM]\b"
# `10:15`, `5：30`, `7.55am`, `10.15 BST`, `2pm`; `0:02:44` was masked as a timestamp.
_CLOCK = re.compile(
    r"(\d{1,2})(?:[:：](\d{2})(?![\d:])|\.(\d{2})(?="
    rf"{_MERIDIEM_AHEAD}|\s?(?:BST|GMT|UTC|[ECMP][SD]?T)\b))(?:{_MERIDIEM})?"
    rf"|(\d{{1,2}}){_MERIDIEM}")
_CLOCK_HINT = re.compile(r"\d[:：.]\d|\d\s?[aApP]\.?[mM]\b")
# `5시 30분`, `오후 5.30`, `3분 35초` (a game clock).
_KOREAN_TIME = re.compile(
    r"(\d{1,2})\s?시(?![간대즌작장])(?:\s?(\d{1,2})\s?분|\s?(반))?"
    r"|(\d{1,2})[.:](\d{2})(?!\d)|(\d{1,3})\s?분\s?(\d{1,2})\s?초")
_KOREAN_HALF_DAYS = "전후벽녁침밤낮"  # 오전, 오후, 새벽, 저녁, 아침, 밤, 낮
_HAN_CLOCK = rf"\d{{1,2}}|[{_HAN_SMALL}两]{{1,3}}"
# `13点10分`, `三点半`, `下午三点`, `3分35秒` (a game clock).
_CHINESE_TIME = re.compile(
    rf"({_HAN_CLOCK})\s?[点时]\s?(?:({_HAN_CLOCK})\s?分(?!钟)|(半))"
    rf"|({_HAN_CLOCK})\s?[点时](?![\d间])|(\d{{1,3}})\s?分\s?(\d{{1,2}})\s?秒")
_CHINESE_HALF_DAYS = ("上午", "下午", "中午", "早上", "晚上", "凌晨", "清晨", "早晨", "傍晚")
_ENGLISH_DECADE = re.compile(r"(\d{2}|\d{4})s\b")
_DECADE_WORDS = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
                 "seventies": 70, "eighties": 80, "nineties": 90}
# These two read the lowercased text (`Collector.lower`).
_ENGLISH_DECADE_WORD = re.compile(
    rf"\b(?:the|their|his|her|its|our|my|your|mid|early|late)[\s-]+"
    rf"({'|'.join(_DECADE_WORDS)})\b")
_ENGLISH_CENTURY = re.compile(
    rf"\b(?:(\d{{1,2}})(?:st|nd|rd|th)|(?:(twenty)-)?({'|'.join(ORDINALS)}))"
    r"[\s-](?:century|centuries)\b")
_CJK_DECADE = re.compile(rf"(\d{{2,4}}|[{_HAN_SMALL}]{{1,3}})\s?(?:年代|년대)")
_CJK_CENTURY = re.compile(r"世纪|세기")
_CENTURY_BEFORE = re.compile(
    rf"(?:(上个?|本)|(\d{{1,2}})\s?|([{_HAN_SMALL}]{{1,3}}))(?:世纪|세기)\s?$")
_CENTURY_NAMED = re.compile(rf"(?:(上个?|本)|(\d{{1,2}})\s?|([{_HAN_SMALL}]{{1,3}}))$")


def _value(written: str) -> float:
    return float(written) if written[0].isdigit() else chinese_value(written)


def _after_number(m: str, start: int, also: str = "") -> bool:
    """Whether the number at `start` continues a number (`123:45`, `1.5`, `二十`)."""
    return start > 0 and (m[start - 1].isdigit() or m[start - 1] in "." + also)


def dates(c: Collector) -> None:
    """Days and months: `October 1` = `10월 1일` = `十月一日` (the date 1001)."""
    m = c.masked
    for match in _ENGLISH_DATE.finditer(m) if _MONTH_HINT.search(m) else ():
        full, short, dot, after = match.groups()
        start = match.start()
        if start > 0 and m[start - 1].isalpha():
            continue
        name = full or short
        before = _DAY_BEFORE.search(m, max(0, start - 12), start)
        if before is not None and c.free(before.start(), start):
            start = before.start()
        day = int(after or (before.group(1) if start < match.start() and before else 0))
        if day > 31 or (short and not (dot or day)):
            continue
        if name in ("May", "March") and not day and not _MONTH_CONTEXT.search(
                m, max(0, start - 8), start) and not re.match(
                    r"\s\d{4}\b", m[match.end():match.end() + 6]):
            continue  # `may` the verb, `march` the walk
        c.add(MONTHS[name.lower()] * 100 + day, Kind.DATE, start, match.end())
    for pattern, wanted, also in ((_KOREAN_DATE, c.hangul and "월" in m, ""),
                                  (_CHINESE_DATE, c.han and "月" in m, "第个" + HAN_NUMERAL)):
        for match in pattern.finditer(m) if wanted else ():
            if _after_number(m, match.start(), also):
                continue
            which = _value(match.group(1))
            of_month = _value(match.group(2)) if match.group(2) else 0
            if 1 <= which <= 12 and of_month <= 31:
                c.add(which * 100 + of_month, Kind.DATE, *match.span())


def times(c: Collector) -> None:
    """Clock times and game clocks: `10:15`, `7.55am`, `오전 7시 55분`, `13点10分`, `3分35秒`."""
    m = c.masked
    for match in _CLOCK.finditer(m) if _CLOCK_HINT.search(m) else ():
        hours, colon, dot, _, hour_only, _ = match.groups()
        if _after_number(m, match.start(), ":,"):
            continue
        if hour_only is not None:
            if int(hour_only) <= 12:
                c.add(int(hour_only) * 60, Kind.TIME, *match.span())
            continue
        past = int(colon or dot)
        if past < 60:
            c.add(int(hours) * 60 + past, Kind.TIME, *match.span())
    korean = c.hangul and ("시" in m or "초" in m or "." in m or ":" in m)
    for match in _KOREAN_TIME.finditer(m) if korean else ():
        hours, minutes, half, clock_hours, clock_minutes, long_minutes, seconds = \
            match.groups()
        start = match.start()
        if _after_number(m, start):
            continue
        if clock_hours is not None:  # `오후 5.30`
            if m[max(0, start - 2):start].strip()[-1:] in _KOREAN_HALF_DAYS and \
                    m[max(0, start - 2):start].strip() and int(clock_minutes) < 60:
                c.add(int(clock_hours) * 60 + int(clock_minutes), Kind.TIME, *match.span())
        elif long_minutes is not None:
            c.add(int(long_minutes) * 60 + int(seconds), Kind.TIME, *match.span())
        elif int(hours) <= 24:
            rest = 30 if half else int(minutes or 0)
            c.add(int(hours) * 60 + rest, Kind.TIME, *match.span())
    chinese = c.han and ("点" in m or "时" in m or "秒" in m)
    for match in _CHINESE_TIME.finditer(m) if chinese else ():
        hours, minutes, half, hour_only, long_minutes, seconds = match.groups()
        start = match.start()
        if _after_number(m, start, HAN_NUMERAL):
            continue
        if long_minutes is not None:
            c.add(int(long_minutes) * 60 + int(seconds), Kind.TIME, *match.span())
        elif hour_only is not None:
            if m[max(0, start - 2):start] in _CHINESE_HALF_DAYS and _value(hour_only) <= 24:
                c.add(_value(hour_only) * 60, Kind.TIME, *match.span())
        elif _value(hours) <= 24:
            c.add(_value(hours) * 60 + (30 if half else _value(minutes)), Kind.TIME,
                  *match.span())


def _century(relative: str | None, written: str | None) -> tuple[float, bool]:
    """The century a prefix names, and whether it is relative to today (`上世纪`)."""
    if relative:
        return (21.0 if relative == "本" else 20.0), True
    return _value(written or "0"), False


def periods(c: Collector) -> None:
    """Decades (`1980s`, `1980년대`, `20世纪80年代`, `80年代`) and centuries."""
    m = c.masked
    value: float
    for match in _ENGLISH_DECADE.finditer(m) if "0s" in m else ():
        value = int(match.group(1))
        start = match.start()
        if start > 0 and m[start - 1] in "'’":
            start -= 1  # `the '80s`
        if value % 10 or (start > 0 and (m[start - 1].isalnum() or m[start - 1] in ".,_")):
            continue
        if value in (1000, 100) or value > 2100:
            c.add(value, Kind.PLAIN, start, match.end(), vague=True)  # `1000s of`
        else:
            c.add(value, Kind.DECADE, start, match.end())
    for match in _ENGLISH_DECADE_WORD.finditer(c.lower) if "ties" in c.lower else ():
        c.add(_DECADE_WORDS[match.group(1)], Kind.DECADE, *match.span(1))
    for match in _ENGLISH_CENTURY.finditer(c.lower) if "centur" in c.lower else ():
        if match.group(1):
            value = int(match.group(1))
        else:
            value = ORDINALS[match.group(3)] + (20 if match.group(2) else 0)
        c.add(value, Kind.CENTURY, *match.span())
    for match in _CJK_DECADE.finditer(m) if "年代" in m or "년대" in m else ():
        start = match.start()
        value = _value(match.group(1))
        if _after_number(m, start, HAN_NUMERAL) or value % 10 or 100 <= value < 1000:
            continue
        prefix = _CENTURY_BEFORE.search(m, max(0, start - 8), start)
        if prefix is not None:
            number, _ = _century(prefix.group(1), prefix.group(2) or prefix.group(3))
            value, start = (number - 1) * 100 + value % 100, prefix.start()
        c.add(value, Kind.DECADE, start, match.end())
    for match in _CJK_CENTURY.finditer(m) if "世纪" in m or "세기" in m else ():
        named = _CENTURY_NAMED.search(m, max(0, match.start() - 4), match.start())
        if named is None or _after_number(m, named.start(), HAN_NUMERAL):
            continue
        value, is_relative = _century(named.group(1), named.group(2) or named.group(3))
        if 1 <= value <= 30:
            c.add(value, Kind.CENTURY, named.start(), match.end(), optional=is_relative)


__all__ = ["CHINESE_DIGITS", "dates", "periods", "times"]
