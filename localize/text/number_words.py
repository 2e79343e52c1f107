"""Numbers written in words: English number words, Korean native and Sino-Korean numerals,
Chinese numerals, fractions and vague quantities (`hundreds`, `수백`, `数百`)."""

from __future__ import annotations

import re

from localize.text.number_types import Collector, Kind, half_at, suffix_at, unit_at

UNITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
         "seven": 7, "eight": 8, "nine": 9}
TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
         "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
ENGLISH_WORDS: dict[str, float] = {**UNITS, **TEENS, **TENS, "hundred": 100, "dozen": 12,
                                   **SCALES}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
            "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
            "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
            "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
            "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
            "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
            "hundredth": 100}
FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
             "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
             "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10}
MULTIPLES = {"double": 2, "doubled": 2, "doubles": 2, "doubling": 2, "twice": 2,
             "twofold": 2, "two-fold": 2, "triple": 3, "tripled": 3, "triples": 3,
             "tripling": 3, "thrice": 3, "threefold": 3, "three-fold": 3, "quadruple": 4,
             "quadrupled": 4, "fourfold": 4, "four-fold": 4}
VAGUE_WORDS = {"dozens": 10, "tens": 10, "scores": 10, "hundreds": 1e2, "thousands": 1e3,
               "millions": 1e6, "billions": 1e9, "dozen": 10, "hundred": 1e2,
               "thousand": 1e3, "million": 1e6, "billion": 1e9}


def _words(table: dict[str, float] | dict[str, int]) -> str:
    return "|".join(sorted(table, key=len, reverse=True))


# The English patterns read the lowercased text (`Collector.lower`, same length), where a
# case-sensitive pattern scans two to three times faster than an `(?i)` one.
_WORD = rf"(?:{_words(ENGLISH_WORDS)})\b"
# Each word ends at a word boundary, so the possessive run never gives back a half word;
# `a` counts only before `hundred`, `million`..., the first-letter lookahead skips fast.
_ENGLISH_RUN = re.compile(
    r"\b(?=[aeofnstzhdbm])(?:an?\s+(?=(?:hundred|dozen|thousand|million|billion|trillion)\b))?"
    rf"{_WORD}(?:(?:\s+and\s+|\s*-\s*|\s+){_WORD})*+")
_RUN_TOKEN = re.compile(r"[a-z]+")
_ENGLISH_FRACTION = re.compile(rf"\b(a|one|{_words(UNITS)})[\s-]({_words(FRACTIONS)})\b")
# `a third of`, `well under a third in 2022`, `about a quarter`: fractions; `a third
# defeat` is a rank.
_FRACTION_END = re.compile(
    r"\s+(?:of|in|at|by|for|from|to|than|more|less|and|or|but|since|as|on|over|under"
    r"|with|the|this|that|last|each|per|a|an)\b|\s*(?:[^\w\s]|$)")
_ENGLISH_WORD_AFTER = re.compile(r"[\s-]+[a-z]")
_FRACTION_HEDGE = re.compile(
    r"\b(?:about|around|nearly|almost|roughly|some|over|under|than|just|only|least|most"
    r"|barely|exactly|approximately)\s+$")
_HALF_A_SCALE = re.compile(r"\bhalf\s+a\s+(million|billion|thousand)\b")
_AND_A_HALF = re.compile(
    rf"\b({_words(UNITS)}|{_words(TEENS)}|{_words(TENS)}|\d+)[\s-]and[\s-]a[\s-]half\b")
_ORDINAL_WORD = re.compile(rf"\b(?:({_words(TENS)})-)?({_words(ORDINALS)})\b")
_MULTIPLE_WORD = re.compile(rf"\b(?:{_words(MULTIPLES)})\b")
_HALF_WORD = re.compile(r"\b(?:half|halved|halving)\b")
_PERIOD_WORD = re.compile(
    r"\b(?:(quarter[\s-]hour|quarter\s+of\s+an\s+hour)|(half[\s-]hour|half\s+an\s+hour)"
    rf"|(?:(a|one|the\s+(?:past|last|next|previous|following))\s+decade\b)"
    rf"|({_words(UNITS)}|\d+)\s+decades\b|(decades)\b)")
_VAGUE_ENGLISH = re.compile(
    r"\b(?:(?:a\s+few|several|few|some)\s+(hundred|thousand|million|billion|dozen)"
    r"|(hundreds|thousands|millions|billions|dozens|(?:tens|scores)(?=\s+of\b))"
    r"(?:\s+of\s+(thousands|millions|billions))?)\b")
_TEEN_WORD = re.compile(r"\b(?:teens|teenagers?|teenaged?)\b")


def _english_runs(text: str, start: int, end: int, c: Collector
                  ) -> list[tuple[float, int, int]]:
    """The values of a run of number words (`five hundred thousand`, `fifty-eight`, `two
    and three`), split where the words stop making one number."""
    found: list[tuple[float, int, int]] = []
    total = current = 0.0
    first = last_end = -1
    previous = ""  # the category of the last word: unit, teen, tens, hundred, scale, a

    def close() -> None:
        nonlocal total, current, first, previous
        if first >= 0 and previous != "a":
            found.append((total + current, first, last_end))
        total = current = 0.0
        first = -1
        previous = ""

    for token in _RUN_TOKEN.finditer(text, start, end):
        word = token.group()
        if not c.free(*token.span()):  # `1.7 million four years`: `million` is read
            close()
            continue
        if word == "and":
            if previous not in ("hundred", "scale"):
                close()
            continue
        category = ("a" if word in ("a", "an") else "unit" if word in UNITS else "teen"
                    if word in TEENS else "tens" if word in TENS else "hundred"
                    if word in ("hundred", "dozen") else "scale")
        follows = {"": {"a", "unit", "teen", "tens", "hundred", "scale"},
                   "a": {"hundred", "scale"}, "unit": {"hundred", "scale"},
                   "teen": {"hundred", "scale"}, "tens": {"unit", "hundred", "scale"},
                   "hundred": {"unit", "teen", "tens", "scale"},
                   "scale": {"unit", "teen", "tens"}}[previous]
        if category not in follows or (category == "scale" and previous == "scale"):
            if previous == "a":
                previous, first = "", -1
            close()
        if first < 0:
            first = token.start()
        value = ENGLISH_WORDS.get(word, 1)
        if category == "hundred":
            current = (current or 1) * value
        elif category == "scale":
            total += (current or 1) * value
            current = 0.0
        elif category != "a":
            current += value
        previous, last_end = category, token.end()
    close()
    return found


_ENGLISH_HINTS = re.compile(
    "half|decade|quarter|third|fifth|sixth|seventh|eighth|ninth|tenth|hundred|thousand"
    "|million|billion|dozen|tens|scores|teen|doubl|twice|tripl|thrice|fold|quadrupl|first"
    "|second|fourth|eleventh|twelfth|tieth")


def english_phrases(c: Collector) -> None:
    """English fractions, periods, vague quantities, multiples and ordinals: read before
    digits, which they may hold (`2 decades`)."""
    m = c.lower
    hints = {match.group() for match in _ENGLISH_HINTS.finditer(c.lower)}
    if not hints:
        return
    if hints & {"half", "decade", "quarter"}:
        _halves_and_periods(c)
    if hints & {"third", "quarter", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}:
        _fractions(c)
    if hints & {"hundred", "thousand", "million", "billion", "dozen", "tens", "scores"}:
        for match in _VAGUE_ENGLISH.finditer(m):
            words = [word for word in match.groups() if word]
            value = 1.0
            for word in words:
                value *= VAGUE_WORDS[word]
            c.add_counted(value, *match.span(), vague=True)
    if "teen" in hints:
        for match in _TEEN_WORD.finditer(m):
            c.add(10, Kind.PLAIN, *match.span(), vague=True, optional=True)
    if hints & {"doubl", "twice", "tripl", "thrice", "fold", "quadrupl"}:
        for match in _MULTIPLE_WORD.finditer(m):
            c.add(MULTIPLES[match.group()], Kind.MULTIPLIER, *match.span(),
                  optional=True)
    if hints & {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                "ninth", "tenth", "eleventh", "twelfth", "teen", "tieth", "hundred"}:
        for match in _ORDINAL_WORD.finditer(m):
            tens = TENS[match.group(1)] if match.group(1) else 0
            c.add(tens + ORDINALS[match.group(2)], Kind.ORDINAL, *match.span(),
                  optional=True)
    if "half" in hints:
        for match in _HALF_WORD.finditer(m):
            c.add(0.5, Kind.FRACTION, *match.span(), optional=True)


def _halves_and_periods(c: Collector) -> None:
    m = c.lower
    for match in _HALF_A_SCALE.finditer(m):
        c.add(SCALES[match.group(1)] / 2, Kind.PLAIN, *match.span())
    for match in _AND_A_HALF.finditer(m):  # `four-and-a-half weeks`: 4.5
        whole = match.group(1)
        c.add_counted((int(whole) if whole.isdigit() else ENGLISH_WORDS[whole]) + 0.5,
                      *match.span())
    for match in _PERIOD_WORD.finditer(m):
        if match.group(1) or match.group(2):
            c.add(15 if match.group(1) else 30, Kind.PLAIN, *match.span(), unit="minute")
        elif match.group(3):
            c.add(10, Kind.PLAIN, *match.span(), unit="year")
        elif match.group(4):
            decades = match.group(4)
            c.add(10 * (UNITS[decades] if decades in UNITS else int(decades)), Kind.PLAIN,
                  *match.span(), unit="year")
        else:
            c.add(10, Kind.PLAIN, *match.span(), vague=True, unit="year")


def _fractions(c: Collector) -> None:
    m = c.lower
    for match in _ENGLISH_FRACTION.finditer(m):
        count = 1 if match.group(1) in ("a", "one") else UNITS[match.group(1)]
        ending = _FRACTION_END.match(m, match.end())
        noun = ending is None and _ENGLISH_WORD_AFTER.match(m, match.end()) is not None
        quarter = match.group(2) == "quarter" and "of" not in (
            ending.group() if ending else "")
        if count == 1 and (noun or quarter) and not _FRACTION_HEDGE.search(
                m, max(0, match.start() - 16), match.start()):
            continue  # `a third defeat`; `within a quarter`, the quarter of a year
        c.add(count / FRACTIONS[match.group(2)], Kind.FRACTION, *match.span())


def english_runs(c: Collector) -> None:
    """English number words (`Fifty-eight`, `five hundred thousand`), read after digits so
    that `5 million` is one number."""
    m = c.lower
    for match in _ENGLISH_RUN.finditer(m):
        for value, start, end in _english_runs(m, *match.span(), c):
            if c.free(start, end):
                last = m[start:end].rsplit(None, 1)[-1]
                c.add_counted(value, start, end, scale=SCALES.get(last, 1.0))


# --- Korean -------------------------------------------------------------------------------

NATIVE_TENS = {"열": 10, "스물": 20, "스무": 20, "서른": 30, "마흔": 40, "쉰": 50, "예순": 60,
               "일흔": 70, "여든": 80, "아흔": 90}
NATIVE_UNITS = {"하나": 1, "두": 2, "둘": 2, "세": 3, "셋": 3, "네": 4, "넷": 4,
                "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9}
NATIVE_DAYS = {"하루": 1, "이틀": 2, "사흘": 3, "나흘": 4, "닷새": 5, "엿새": 6, "열흘": 10,
               "보름": 15}
SINO_DIGITS = {"일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "칠": 7, "팔": 8, "구": 9}
SINO_UNITS = {"십": 10, "백": 100, "천": 1000}
SINO_BIG = {"만": 1e4, "억": 1e8, "조": 1e12}
# What Korean counts with: native numbers count only before one of these, where they
# cannot be anything else (`두 명`, `열다섯 마리`, `세 배`); glued to the number only the
# counters that make no other word with it (`세대`, `열대`, `한편`, `두통` are words).
GLUED_COUNTERS = "명|개|가지|번|차례|마리|살|달|배|곳|군데|시간|사람"
COUNTERS = (f"{GLUED_COUNTERS}|해|주|단계|층|권|종류|척|대|채|그루|병|잔|장|벌|켤레|쌍|편|통|건"
            "|점|팀|골|세트|경기|판|바퀴|발|걸음|줄|조각|분")
_AFTER_COUNTER = r"(?![가-힣])|(?=[은는이가을를의에도로와과만씩째간쯤나며부까보께])"
# These patterns start with the word itself, for speed; that it does not continue a word
# (`국세`, `교수십`) is tested in code (`_inside_word`).
_NATIVE = re.compile(
    rf"(?:({_words(NATIVE_TENS)})\s?({_words(NATIVE_UNITS)})?|"
    rf"({_words(NATIVE_UNITS)}))(?:\s?(번째)|(?:\s({COUNTERS})|({GLUED_COUNTERS}))"
    rf"(?:{_AFTER_COUNTER})|(?:{_AFTER_COUNTER}))")
COUNTER_UNITS = {"달": "month", "해": "year", "년": "year", "주": "week", "시간": "hour",
                 "분": "minute"}
_NATIVE_DAY = re.compile(rf"({_words(NATIVE_DAYS)})(?!달)(?:{_AFTER_COUNTER})")
_KOREAN_ORDINAL = re.compile(r"첫\s?번째|첫째|둘째|셋째|넷째")
_SINO = re.compile(
    r"((?:[이삼사오육칠팔구]십|십)[일이삼사오육칠팔구]?|[이삼사오육칠팔구][백천]|[백천])\s?"
    rf"(?=(?:년|명|개|세|살|배|번|곳|가지|분|초|일|주|개월|달러|원|퍼센트|층|권|건|위)"
    rf"(?:{_AFTER_COUNTER}))")
_KOREAN_VAGUE = re.compile(
    r"(?:([수몇])(?:\s?([십백천])|(?=[만억조]))([만억조])?|(십)[수여])")
_HALF_KO = re.compile(r"절반")


def _sino_value(numeral: str) -> float:
    total = 0.0
    digit = 0
    for character in numeral:
        if character in SINO_DIGITS:
            digit = SINO_DIGITS[character]
        else:
            total += (digit or 1) * SINO_UNITS[character]
            digit = 0
    return total + digit


def _inside_word(m: str, start: int) -> bool:
    return start > 0 and ("가" <= m[start - 1] <= "힣" or m[start - 1].isdigit())


def korean_words(c: Collector) -> None:
    """Native numerals before counters, Sino-Korean numeral words, vague quantities."""
    m = c.masked
    for match in _KOREAN_ORDINAL.finditer(m) if "째" in m else ():
        if _inside_word(m, match.start()):
            continue
        c.add(1 if match.group().startswith("첫") else
              {"둘": 2, "셋": 3, "넷": 4}[match.group()[0]], Kind.ORDINAL, *match.span(),
              optional=True)
    for match in _KOREAN_VAGUE.finditer(m):
        if _inside_word(m, match.start()):
            continue
        if match.group(4):
            c.add_counted(10, *match.span(), vague=True)
        elif match.group(2) or match.group(3):
            value = ({"십": 10, "백": 100, "천": 1000}.get(match.group(2) or "", 1)
                     * SINO_BIG.get(match.group(3) or "", 1))
            c.add_counted(value, *match.span(), vague=True)
    for match in _NATIVE_DAY.finditer(m):
        if _inside_word(m, match.start()):
            continue
        c.add(NATIVE_DAYS[match.group(1)], Kind.PLAIN, *match.span(1), unit="day")
    for match in _NATIVE.finditer(m):
        tens, unit, alone, ordinal, spaced, glued = match.groups()
        counter = spaced or glued
        if _inside_word(m, match.start()):
            continue
        value = NATIVE_TENS.get(tens or "", 0) + NATIVE_UNITS.get(unit or alone or "", 0)
        if ordinal:
            c.add(value, Kind.ORDINAL, *match.span(), optional=True)
        elif counter:
            c.add(value, Kind.MULTIPLIER if counter == "배" else Kind.PLAIN, *match.span(),
                  unit=COUNTER_UNITS.get(counter, ""))
        elif tens and unit:  # `열다섯`: a compound says it is a number by itself
            c.add(value, Kind.PLAIN, *match.span())
    for match in _SINO.finditer(m):
        if _inside_word(m, match.start()):
            continue
        c.add_counted(_sino_value(match.group(1)), *match.span(1))
    for match in _HALF_KO.finditer(m):
        c.add(0.5, Kind.FRACTION, *match.span(), optional=True)


# --- Chinese ------------------------------------------------------------------------------

CHINESE_DIGITS = {"零": 0, "〇": 0, "一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5,
                  "六": 6, "七": 7, "八": 8, "九": 9}
CHINESE_UNITS = {"十": 10, "百": 100, "千": 1000}
CHINESE_BIG = {"万": 1e4, "亿": 1e8}
HAN_NUMERAL = "零〇一二两三四五六七八九十百千万亿"
MEASURES = ("个月|个星期|个小时|个百分点|周年|分钟|英里|公里|英尺|厘米|公斤|千克|英亩|公顷|美元"
            "|英镑|欧元|日元|港元|多|余|个|年|天|日|次|倍|家|位|种|张|层|步|周|小时|项|名|元|人|款"
            "|条|支|头|只|匹|架|辆|艘|座|所|栋|间|本|部|场|届|轮|局|球|秒|岁|米|吨|件|片|份|批|群"
            "|队|国|例|票|枚|颗|套|台|块|首|句|段|篇|章|季|代|股|笔|户|幢|班|集|遍|趟|星期|世纪")
_MEASURE = re.compile(rf"\s?(?:{MEASURES})")
# `第` before a numeral makes an ordinal, `数`/`几` a vague quantity (`数百`, `几十`), `上`
# says `upwards of` (`上千万`); `多`/`余`/`来`/`几` after it say `more than` (`十多`).
_CHINESE_RUN = re.compile(
    rf"[{HAN_NUMERAL}](?:[{HAN_NUMERAL}几]|[多余](?=[十百千万亿]))*+([多余来几](?![{HAN_NUMERAL}]))?")
_NOT_NUMBERS = {"千万", "万万", "百万", "千千万万"}  # `千万不要`: by all means
# Each alternative starts only where its run starts: tried at every position inside a long
# run of numerals (`百百百...`) without `分之`, it would rescan the rest of it (quadratic).
_CHINESE_FRACTION = re.compile(
    rf"((?<!\d)\d++|(?<![{HAN_NUMERAL}])[{HAN_NUMERAL}]++)\s?分之\s?"
    rf"(\d+(?:\.\d+)?|[{HAN_NUMERAL}点]+)")
_HALF_ZH = re.compile(r"一半|半数|过半")
# `翻一番`, `加倍`, `增加一倍`: doubled; `翻两番`: quadrupled.
_DOUBLED_ZH = re.compile(r"翻了?([一两三])?番|加倍|翻倍|(?<=[加大高长])了?一倍")
_TOGETHER = re.compile(r"成千上万|成百上千|数以(千|万|百万|百)计")


def chinese_value(numeral: str) -> float:
    """`十八` → 18, `二十` → 20, `一千万` → 10,000,000, `二〇一七` → 2017, `三点五` → 3.5."""
    if "点" in numeral:
        whole, _, decimals = numeral.partition("点")
        digits = "".join(str(CHINESE_DIGITS.get(character, 0)) for character in decimals)
        return chinese_value(whole) + float(f"0.{digits or 0}")
    if len(numeral) > 1 and all(character in CHINESE_DIGITS for character in numeral):
        return float("".join(str(CHINESE_DIGITS[character]) for character in numeral))
    total = section = number = 0.0
    for character in numeral:
        if character in CHINESE_DIGITS:
            number = CHINESE_DIGITS[character]
        elif character in CHINESE_UNITS:
            section += (number or 1) * CHINESE_UNITS[character]
            number = 0
        elif character in CHINESE_BIG:
            total += (section + number) * CHINESE_BIG[character]
            section = number = 0
    return total + section + number


def _well_formed(numeral: str) -> bool:
    """A numeral, not two (`一一`, `五一`) nor a unit alone before its number (`万一`)."""
    if numeral[0] in CHINESE_BIG:
        return False
    if all(character in CHINESE_DIGITS for character in numeral):
        return len(numeral) == 1 or len(numeral) == 4  # a year written digit by digit
    previous = ""
    for character in numeral:
        if character in CHINESE_DIGITS and previous in CHINESE_DIGITS and previous != "零":
            return False
        previous = character
    return True


def chinese_numerals(c: Collector) -> None:
    """Chinese numerals that count something, fractions and vague quantities."""
    m = c.masked
    for match in _TOGETHER.finditer(m):
        value = {"千": 1e3, "万": 1e4, "百万": 1e6, "百": 1e2}.get(match.group(1) or "", 0)
        c.add_counted(value or (1e3 if match.group().startswith("成千") else 1e2),
                      *match.span(), vague=True)
    for match in _CHINESE_FRACTION.finditer(m):
        denominator, numerator = (
            float(part.replace(",", "")) if part[0].isdigit() else chinese_value(part)
            for part in match.groups())
        if denominator and not match.group(1).endswith("百"):
            c.add(numerator / denominator, Kind.FRACTION, *match.span())
    for match in _DOUBLED_ZH.finditer(m):
        times = 2 ** chinese_value(match.group(1)) if match.group(1) else 2
        c.add(times, Kind.MULTIPLIER, *match.span(), optional=True)
    for match in _HALF_ZH.finditer(m):
        c.add(0.5, Kind.FRACTION, *match.span(), optional=True)
    for match in _CHINESE_RUN.finditer(m):
        more = match.group(1)
        start, end = match.span()
        numeral = m[start:match.start(1) if more else end]
        before = m[start - 1] if start else ""
        if before.isdigit() or before in (".", ","):
            continue  # `1,500 万次`: the unit belongs to the digits before it
        prefix = ""
        if before == "第" or (before == " " and m[start - 2:start - 1] == "第"):
            prefix = "第"
        elif (before in ("数", "几") and numeral[0] in "十百千万亿") or (
                before == "上" and numeral[0] in "百千万亿"):
            prefix, start = before, start - 1
        core = numeral.replace("多", "").replace("余", "").replace("几", "")
        if not core or core in ("零", "〇") or not _well_formed(core):
            continue
        value = chinese_value(core)
        vague = prefix in ("数", "几") or numeral.startswith("十几")  # `上千万`: over 10M
        kind, stop = suffix_at(m, end)
        measure = _MEASURE.match(m, end) if kind is None else None
        counts = measure is not None or vague or (
            len(core) > 1 and core not in _NOT_NUMBERS and any(
                character in CHINESE_UNITS or character in CHINESE_BIG for character in core))
        if prefix == "第":  # `第二天`, the next day, may go; `第八十九分钟` is meant
            c.add(value, Kind.ORDINAL, m.rindex("第", 0, start), measure.end() if measure
                  else end, optional=value < 10)
        elif half_at(m, end) is not None:  # `四年半`: four and a half years
            unit, stop = half_at(m, end) or ("", end)
            c.add(value + 0.5, Kind.PLAIN, start, stop, vague=vague, unit=unit)
        elif numeral == "一" and not vague:
            continue  # `一个`, `一倍`, `一些`: the article, not a count
        elif len(core) == 4 and core.isalpha() and all(
                character in CHINESE_DIGITS for character in core):
            if m.startswith("年", end):  # `二〇一七年`
                c.add(value, Kind.PLAIN, start, end)
        elif kind is not None:
            c.add(value, kind, start, stop, vague=vague, stated=True)
        elif counts:
            unit = unit_at(m, end) if measure else ""
            if more and value % 10 == 0 and value < 100 and m.startswith("岁", end):
                unit = "age-decade"  # `四十多岁`: in their forties
            c.add(value, Kind.PLAIN, start, measure.end() if measure else end,
                  vague=vague, unit=unit)
