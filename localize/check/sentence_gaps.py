"""Sentences of a source paragraph that its translation left out.

The sentences of the two texts are aligned by dynamic programming over their lengths
(Gale and Church, 1993): a bead joins 0-3 source sentences to 0-3 target sentences, its
cost the improbability of their lengths given the expected ratio, plus how rare the bead
is (translators merge and split sentences, they seldom drop one). Numbers, dates and
Latin-script names found on both sides anchor the beads. A translator's length ratio
varies, so every alignment is scored at the best of a range of ratios around the expected
one, with a cost for straying from it. A source sentence aligned to nothing is reported
only when the target is clearly shorter than expected, the sentence accounts for the
shortfall, and aligning the texts without dropping any sentence costs much more (the
evidence, in nats).
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Hashable
from dataclasses import dataclass

from localize.text.numbers import Kind, Number, find_numbers
from localize.text.script import script_of
from localize.text.sentences import Sentence, split_sentences

# Characters of each language per English character: lengths are measured in English
# characters, Latin letters and digits (names, numbers) counting as they are.
DENSITY = {"en": 1.0, "ko": 0.6, "zh": 0.344}
# Variance of a translation's length per character (English units), a mixture: most
# sentences keep close to the ratio, some stray far (fitted on the NTREX references:
# ko 67% at 3.0 and 33% at 11.5, zh 89% at 5.0 and 11% at 21.6; Gale and Church measured
# one variance of 6.8 for English-French).
VARIANCES = ((0.75, 3.5), (0.25, 15.0))
# How often each bead (source sentences, target sentences) is met: merges, splits, drops.
BEADS: dict[tuple[int, int], float] = {(1, 1): 0.85, (2, 1): 0.05, (1, 2): 0.05, (2, 2): 0.01,
                                       (3, 1): 0.005, (1, 3): 0.005, (1, 0): 0.1, (0, 1): 0.1}
# The translator's own ratio: from 0.74 to 1.35 times the expected one, log-normal.
RATIO_STEPS = [step * 0.075 for step in range(-4, 5)]
RATIO_SPREAD = 0.1
# Nats for an anchor found where the bead puts it (or separated from it): a number of 10
# or more, a percentage or a name; a small number or a date counts half.
STRONG_ANCHOR = 1.5
WEAK_ANCHOR = 0.75
MAX_ANCHORS = 6.0
# Quotations, questions and brackets stay in the sentence that has them, in any language.
PUNCTUATION_ANCHORS = {"quote": "\"“”「」『』", "question": "?？", "bracket": "()（）"}
MARK_ANCHOR = 0.5
MISSING_NUMBER = 0.75
# Gates: the target at most this share of the expected length; once the dropped
# sentences are taken away, the rest at least this share; and evidence of this many nats
# (half a nat: a warning is cheap, and a dropped sentence without a number or name is
# only ever a warning; 1.0 caught 79% of dropped sentences on NTREX, 0.5 81%, with one
# more warning on the 124 clean pairs).
SHORT_SHARE = 0.9
REST_SHARE = 0.6
MIN_EVIDENCE = 0.5
# A sentence kept one to one but rendered in under this share of its length (at the
# translator's own ratio) lost part of itself. On the NTREX references 4 sentences of 40
# characters or more in 1,389 fall under 0.6, two of them real clause drops (`who is
# close to the administration` left out); 0.5 would catch 7 fewer dropped clauses.
PARTIAL_SHARE = 0.6
MIN_PARTIAL_LENGTH = 40.0
WHOLE_TEXT_SLACK = 1.1  # the spaces between sentences count in a whole text, not in them
MAX_SENTENCES = 40  # in both texts together: the time grows with the product

_NAME = re.compile(r"(?<![\w'’])[A-Z][A-Za-z'’-]*[A-Za-z]|(?<![\w'’])[a-z]+[A-Z][A-Za-z]*")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# `May` is a month before a day only: else it may be a name (`Theresa May`).
_ENGLISH_DATE = re.compile(
    r"\b(?:(?P<month>" + "|".join(name.capitalize() for name in MONTHS if name != "may")
    + r"|May(?=\s\d))"
    r"|(?P<short>Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
    r"|(?P<day>" + "|".join(name.capitalize() for name in WEEKDAYS) + r"))\b")
CALENDAR = frozenset(MONTHS + WEEKDAYS) - {"may"}  # capitalised, but dates, not names
_CHINESE_ORDINALS = "一二三四五六七八九十"
_CJK_DATE = re.compile(
    r"(?P<month>1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])\s?(?:월|月)"
    r"|(?P<korean_day>[월화수목금토일])요일"
    r"|(?:星期|周|礼拜)(?P<chinese_day>[一二三四五六日天])")
_POSSESSIVE = re.compile(r"['’]s?$")
_LATIN_OR_DIGIT = re.compile(r"[A-Za-z0-9]")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]")
_HANGUL_WORD = re.compile(r"[\uac00-\ud7a3]+")
# How Hangul writes the consonants of Latin names, in classes: K (ㄱㅋ), N, T (ㄷㅌ),
# L (ㄹ for l and r), M, P (ㅂㅍ for b, p, f, v) and S (ㅅㅈㅊ for s, z, j, ch).
VOWELS = frozenset("aeiouy") | {""}
LATIN_CLASSES = {**dict.fromkeys("bpfv", "P"), **dict.fromkeys("kq", "K"),
                 **dict.fromkeys("dt", "T"), **dict.fromkeys("szj", "S"),
                 **dict.fromkeys("lr", "L"), "m": "M", "n": "N"}
LATIN_DIGRAPHS = {"th": ["TS"], "ch": ["SK"], "sh": ["S"], "ph": ["P"], "gh": [], "ck": ["K"],
                  "qu": ["K"], "wh": [], "ts": ["S"], "tz": ["S"]}
HANGUL_INITIALS = "KKNTTLMPPSS-SSSKTP-"
HANGUL_FINALS = "-KKKNNNTLLLLLLLLMPPTTNTTKTP-"
Token = Hashable


@dataclass(frozen=True)
class SentenceGap:
    """A source sentence without counterpart in the target, and what it carried.

    `index` is its place among the source's sentences; `carries_number`: it has a number
    that identifies it (10 or more, a percentage, a multiple) found nowhere in the target;
    `carries_name`: a Latin-script name the target does not write (see `_carries_name`);
    `evidence`: the nats by which the best alignment beats the best without any drop."""

    sentence: Sentence
    index: int
    carries_number: bool
    carries_name: bool
    evidence: float
    partial: bool = False
    """The sentence has a counterpart, but one far shorter than it: part of it is gone."""


@dataclass(frozen=True)
class _Side:
    """The sentences of one text, with the length and the anchors of each."""

    sentences: list[Sentence]
    lengths: list[float]
    numbers: list[list[frozenset[Token]]]
    """The numbers that identify each sentence (`_identifies`), as the keys each matches."""
    anchors: list[dict[Token, float]]
    """Numbers, dates and names, and the weight of each."""
    names: list[frozenset[str]]


def sentence_gaps(source: str, target: str, source_lang: str, target_lang: str,
                  ratio: float) -> list[SentenceGap]:
    """The source sentences the target has no counterpart for, with strong evidence only.

    A target with no sentence at all is left to the omission check."""
    source_density = DENSITY.get(source_lang, 1.0)
    target_density = DENSITY.get(target_lang, source_density * ratio)
    # What the given ratio expects beyond the densities of the two languages.
    target_ratio = ratio * source_density / target_density
    if _length(target, target_density, target_ratio) > \
            WHOLE_TEXT_SLACK * SHORT_SHARE * _length(source, source_density, 1.0):
        return []  # clearly long enough: no need to split it (most texts end here)
    source_sentences = split_sentences(source, source_lang)
    target_sentences = split_sentences(target, target_lang)
    count, other = len(source_sentences), len(target_sentences)
    if count < 2 or other == 0 or count + other > MAX_SENTENCES:
        return []
    # The gates on length first: most paragraphs pass them and need no anchors at all.
    expected = sum(_length(item.text, source_density, 1.0) for item in source_sentences)
    found = sum(_length(item.text, target_density, target_ratio) for item in target_sentences)
    if found > SHORT_SHARE * expected:
        return []
    source_side = _side(source_sentences, source_lang, source_density, 1.0)
    target_side = _side(target_sentences, target_lang, target_density, target_ratio)
    _anchor_names(source_side, target_side, (source_lang, target_lang))
    aligner = _Aligner(source_side, target_side)
    best, path, factor = aligner.best()
    dropped = [index for index, (sources, targets) in path if targets == 0
               for index in range(index, index + sources)]
    if not dropped:
        return [SentenceGap(source_side.sentences[index], index,
                            carries_number=False, carries_name=False, evidence=0.0,
                            partial=True)
                for index in aligner.shortened(path, factor)]
    rest = expected - sum(source_side.lengths[index] for index in dropped)
    if rest <= 0 or found < REST_SHARE * rest:
        return []  # even without them the target is short: not sentences dropped
    evidence = aligner.best(forbid=frozenset(range(count)))[0] - best
    if evidence < MIN_EVIDENCE:
        return []
    return [SentenceGap(source_side.sentences[index], index,
                        carries_number=aligner.missing_numbers(index) > 0,
                        carries_name=_carries_name(source_side, index, dropped, target,
                                                   target_lang),
                        evidence=round(evidence, 2))
            for index in dropped]


def _length(text: str, density: float, ratio: float) -> float:
    """A sentence's length in English characters over the ratio (Latin and digits as is)."""
    latin = len(_LATIN_OR_DIGIT.findall(text))
    return (latin + (len(text) - latin) / density) / ratio


def _side(sentences: list[Sentence], lang: str, density: float, ratio: float) -> _Side:
    """Measure each sentence of a text and find its anchors."""
    lengths, numbers, anchors = [], [], []
    for sentence in sentences:
        lengths.append(_length(sentence.text, density, ratio))
        weights: dict[Token, float] = {("date", date): WEAK_ANCHOR
                                       for date in _dates(sentence.text)}
        for mark, characters in PUNCTUATION_ANCHORS.items():
            if any(character in sentence.text for character in characters):
                weights[("mark", mark)] = MARK_ANCHOR
        found = find_numbers(sentence.text)
        numbers.append([_keys(number) for number in found if _identifies(number)])
        for number in found:
            if number.value >= 2 or number.kind is not Kind.PLAIN:
                weights.update(dict.fromkeys(_keys(number), STRONG_ANCHOR if _identifies(
                    number) else WEAK_ANCHOR))
        anchors.append(weights)
    return _Side(sentences, lengths, numbers, anchors,
                 [_names(sentence.text, lang) for sentence in sentences])


def _identifies(number: Number) -> bool:
    """A number that identifies a sentence: a percentage or a multiple, or a count, date
    or time of 10 and above; not a rank, a fraction or a vague or optional word."""
    if getattr(number, "vague", False) or getattr(number, "optional", False):
        return False
    if str(number.kind) in ("percent", "multiplier", "percent-point"):
        return True
    return str(number.kind) in ("plain", "date", "time", "decade") and number.value >= 10


def _keys(number: Number) -> frozenset[Token]:
    """Every key the number may match (its other readings too, where it has them)."""
    readings = getattr(number, "keys", None)
    return frozenset({number.key, *(readings() if callable(readings) else ())})


def _dates(text: str) -> set[tuple[str, int]]:
    """Months and weekdays, which translations keep: `June` is `6월` and `六月`."""
    found = set()
    for match in _ENGLISH_DATE.finditer(text):
        if match.group("day"):
            found.add(("day", WEEKDAYS.index(match.group("day").lower())))
        else:
            month = (match.group("month") or match.group("short")).lower()[:3]
            found.add(("month", [name[:3] for name in MONTHS].index(month)))
    if text.isascii():
        return found
    for match in _CJK_DATE.finditer(text):
        if month := match.group("month"):
            # `6`, `六`, `十`, `十二`: a Chinese month is its ordinals' sum.
            value = int(month) if month.isdigit() else sum(
                _CHINESE_ORDINALS.index(character) + 1 for character in month)
            found.add(("month", value - 1))
        elif match.group("korean_day"):
            found.add(("day", "월화수목금토일".index(match.group("korean_day"))))
        else:
            found.add(("day", "一二三四五六日天".index(match.group("chinese_day")) % 7))
    return found


def _names(text: str, lang: str, leading: bool = False) -> frozenset[str]:
    """Latin-script names: capitalised words (`Elin`, `FBI`, `iPhone`), less an English
    sentence's first word unless it is shaped like a name (`FBI`, `McCain`) or `leading`
    (an anchor needs the other side to write it too); in Korean or Chinese every Latin
    word (`twp`), since a translation keeps them as they are."""
    if lang in ("ko", "zh"):
        return frozenset(_LATIN_WORD.findall(text))
    names = set()
    for match in _NAME.finditer(text):
        word = _POSSESSIVE.sub("", match.group())  # `Rosa's` is `Rosa`, `로사의`, `罗莎的`
        first = not any(script_of(character) in ("latin", "digit")
                        for character in text[:match.start()])
        shaped = sum(character.isupper() for character in word) > 1
        if (leading or not first or shaped) and word.lower() not in CALENDAR:
            names.add(word)
    return frozenset(names)


def _writes(text: str, lang: str, name: str) -> float:
    """How surely a text writes a name: as it is, or transliterated in Hangul (0 when not)."""
    if re.search(rf"(?<![A-Za-z]){re.escape(name)}", text):
        return STRONG_ANCHOR
    if lang != "ko":
        return 0.0
    skeleton = _latin_skeleton(name)
    required = sum(not element.endswith("?") for element in skeleton)
    if required < 3:
        return 0.0  # too short to tell from chance
    # A name that begins with a vowel (or w, y) is written from a syllable without an
    # initial consonant (ㅇ): `Elin` 엘린, `Washington` 워싱턴; h may go either way.
    vowel = None if name[0] in "Hh" else name[0].lower() in "aeiouwy"
    for word in _HANGUL_WORD.findall(text):
        silent = (ord(word[0]) - 0xAC00) // 588 == HANGUL_INITIALS.index("-")
        if (vowel is None or vowel == silent) and _skeleton_match(
                skeleton, _hangul_skeleton(word)):
            return STRONG_ANCHOR if required >= 4 else WEAK_ANCHOR
    return 0.0


def _anchor_names(source: _Side, target: _Side, languages: tuple[str, str]) -> None:
    """Add the names of each side to the anchors of its sentences that have them and of
    the sentences of the other side that write them."""
    for this, other, lang, other_lang in ((source, target, *languages),
                                          (target, source, *languages[::-1])):
        for anchors, sentence in zip(this.anchors, this.sentences, strict=True):
            for name in _names(sentence.text, lang, leading=True):
                weights = [_writes(sentence.text, other_lang, name)
                           for sentence in other.sentences]
                if not any(weights):
                    continue
                anchors[("name", name)] = max(weights)
                for other_anchors, weight in zip(other.anchors, weights, strict=True):
                    if weight:
                        other_anchors[("name", name)] = weight


def _carries_name(side: _Side, index: int, dropped: list[int], target: str,
                  target_lang: str) -> bool:
    """A name of the sentence the target does not write; in a Hangul or Han target only
    when it writes most other names, since translators often transliterate them."""
    if not any(_writes(target, target_lang, name) == 0 for name in side.names[index]):
        return False
    if target_lang == "en":
        return True
    others = {name for position, names in enumerate(side.names)
              if position not in dropped for name in names} - side.names[index]
    kept = [name for name in others if _writes(target, target_lang, name)]
    return bool(kept) and len(kept) >= 0.5 * len(others)


@functools.lru_cache(maxsize=4096)
def _latin_skeleton(name: str) -> tuple[str, ...]:
    """The consonants of a Latin name as Hangul would write them: each element the
    classes it may become, `?` when it may be left out (`Argos`: r before a consonant)."""
    word = name.lower()
    elements: list[str] = []
    position = 0
    while position < len(word):
        pair, letter = word[position:position + 2], word[position]
        following = word[position + 1:position + 2]
        step = 2
        if pair == "ng" and (word[position + 2:position + 3] or "-") not in VOWELS:
            elements.append("N")  # `Young` 영: ng is a final ㅇ
        elif pair in LATIN_DIGRAPHS:
            elements.extend(LATIN_DIGRAPHS[pair])
        else:
            step = 1
            if letter == "r" and following not in VOWELS:
                elements.append("L?")
            elif letter in "cg":
                soft = following != "" and following in "eiy"
                elements.append(("S" if letter == "c" else "SK") if soft else "K")
            elif letter == "x":
                elements.extend(["K", "S"])
            elif letter in LATIN_CLASSES:
                elements.append(LATIN_CLASSES[letter])
        position += step
    return tuple(element for position, element in enumerate(elements)
                 if position == 0 or element != elements[position - 1])


@functools.lru_cache(maxsize=4096)
def _hangul_skeleton(word: str) -> str:
    """The consonant classes of a Hangul word, initials and finals, doubled ones once."""
    classes: list[str] = []
    for character in word:
        code = ord(character) - 0xAC00
        for found in (HANGUL_INITIALS[code // 588], HANGUL_FINALS[code % 28]):
            if found != "-" and classes[-1:] != [found]:
                classes.append(found)
    return "".join(classes)


def _skeleton_match(skeleton: tuple[str, ...], hangul: str, element: int = 0,
                    consonant: int = 0) -> bool:
    """Whether the Hangul word begins with the name (particles may follow)."""
    if element == len(skeleton):
        return True
    classes = skeleton[element].rstrip("?")
    return ((consonant < len(hangul) and hangul[consonant] in classes
             and _skeleton_match(skeleton, hangul, element + 1, consonant + 1))
            # A doubled consonant was written once in Hangul (`Liverpool` 리버풀).
            or (consonant > 0 and hangul[consonant - 1] in classes
                and _skeleton_match(skeleton, hangul, element + 1, consonant))
            or (skeleton[element].endswith("?")
                and _skeleton_match(skeleton, hangul, element + 1, consonant)))


Path = list[tuple[int, tuple[int, int]]]


class _Aligner:
    """Gale-Church alignment of two sides, at the best ratio of a range."""

    def __init__(self, source: _Side, target: _Side) -> None:
        self.source = source
        self.target = target
        self.source_anchors: dict[Token, float] = {}
        self.target_anchors: dict[Token, float] = {}
        for side, merged in ((source, self.source_anchors), (target, self.target_anchors)):
            for anchors in side.anchors:
                merged.update(anchors)
        self.fixed: dict[tuple[int, int, int, int], float] = {}

    def best(self, forbid: frozenset[int] = frozenset()) -> tuple[float, Path, float]:
        """The cost of the best alignment, its beads (first source sentence, bead) and the
        translator's ratio it chose, with the source sentences of `forbid` not allowed to
        be dropped."""
        results = []
        for step in RATIO_STEPS:
            cost, path = self._align(math.exp(step), forbid)
            results.append((cost + step * step / (2 * RATIO_SPREAD ** 2), path,
                            math.exp(step)))
        return min(results, key=lambda result: result[0])

    def shortened(self, path: Path, factor: float) -> list[int]:
        """Source sentences kept one to one (or merged) whose translation is under
        `PARTIAL_SHARE` of their length at the chosen ratio: part of them is missing."""
        found = []
        first = 0
        for start, (sources, targets) in path:
            if sources == 1 and targets:
                length = self.source.lengths[start]
                rendered = sum(self.target.lengths[first:first + targets]) / factor
                if length >= MIN_PARTIAL_LENGTH and rendered < PARTIAL_SHARE * length:
                    found.append(start)
            first += targets
        return found

    def _align(self, factor: float, forbid: frozenset[int]) -> tuple[float, Path]:
        count, other = len(self.source.sentences), len(self.target.sentences)
        costs = [[math.inf] * (other + 1) for _ in range(count + 1)]
        back: list[list[tuple[int, int] | None]] = [[None] * (other + 1)
                                                    for _ in range(count + 1)]
        costs[0][0] = 0.0
        for row in range(count + 1):
            for column in range(other + 1):
                for bead in BEADS:
                    sources, targets = bead
                    start, first = row - sources, column - targets
                    if start < 0 or first < 0 or costs[start][first] == math.inf:
                        continue
                    if targets == 0 and start in forbid:
                        continue
                    cost = costs[start][first] + self._bead(start, first, bead, factor)
                    if cost < costs[row][column]:
                        costs[row][column] = cost
                        back[row][column] = bead
        path: Path = []
        row, column = count, other
        while step := back[row][column]:
            row, column = row - step[0], column - step[1]
            path.append((row, step))
        return costs[count][other], path[::-1]

    def _bead(self, start: int, first: int, bead: tuple[int, int], factor: float) -> float:
        sources, targets = bead
        key = (start, first, *bead)
        if key not in self.fixed:  # what does not depend on the ratio: rarity and anchors
            self.fixed[key] = -math.log(BEADS[bead]) + self._anchors(start, first, bead)
        cost = self.fixed[key]
        if sources and targets:
            source_length = sum(self.source.lengths[start:start + sources])
            target_length = sum(self.target.lengths[first:first + targets]) / factor
            deviation = abs(target_length - source_length) / math.sqrt(
                (source_length + target_length) / 2)
            cost += _tail_cost(deviation)
        return cost

    def _anchors(self, start: int, first: int, bead: tuple[int, int]) -> float:
        """Anchors the bead keeps together lower its cost; ones it separates from their
        counterpart on the other side raise it."""
        sources, targets = bead
        source: dict[Token, float] = {}
        target: dict[Token, float] = {}
        for anchors in self.source.anchors[start:start + sources]:
            source.update(anchors)
        for anchors in self.target.anchors[first:first + targets]:
            target.update(anchors)
        shared = sum(weight for token, weight in source.items() if token in target)
        separated = sum(weight for token, weight in source.items()
                        if token not in target and token in self.target_anchors)
        separated += sum(weight for token, weight in target.items()
                         if token not in source and token in self.source_anchors)
        if not targets:
            # Numbers that are nowhere in the target make a dropped sentence likelier.
            shared += MISSING_NUMBER * min(self.missing_numbers(start), 2)
        return min(separated, MAX_ANCHORS) - min(shared, MAX_ANCHORS)

    def missing_numbers(self, index: int) -> int:
        """How many identifying numbers of a source sentence the target has nowhere."""
        return sum(self.target_anchors.keys().isdisjoint(keys)
                   for keys in self.source.numbers[index])


def _tail_cost(deviation: float) -> float:
    """-log of the chance of a length deviation (per root of a character) at least this
    large, either way, under the mixture of normal laws."""
    chance = sum(weight * math.erfc(deviation / math.sqrt(2 * variance))
                 for weight, variance in VARIANCES)
    if chance > 1e-300:
        return -math.log(chance)
    # Where erfc underflows: the widest law's asymptotic tail.
    weight, variance = VARIANCES[-1]
    ratio = deviation / math.sqrt(variance)
    return ratio * ratio / 2 + math.log(ratio * math.sqrt(math.pi / 2)) - math.log(weight)
