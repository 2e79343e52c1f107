"""The language of one piece of text: `en`, `ko`, `zh`, `und` or `other`.

Mixed text takes the label of its matrix language, the one whose grammar carries it:
Korean prose full of Latin names is Korean (Hangul particles and endings carry it),
Chinese with English terms is Chinese, English with one Chinese name is English. Known
names are masked first, then words are weighed by script: a Latin word or a Korean word
(eojeol) counts one, Han and kana count one per character and a half, because Chinese and
Japanese write no spaces between words.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from pydantic import BaseModel, ConfigDict

from localize.detect.latin import identify_latin, langdetect_language
from localize.text.script import script_of

SUPPORTED_LANGUAGES = ("en", "ko", "zh")
LABELS = (*SUPPORTED_LANGUAGES, "und", "other")

HAN_CHARACTERS_PER_WORD = 1.5
KOREAN_MATRIX_SHARE = 0.2
CHINESE_MATRIX_SHARE = 0.3
CHINESE_GRAMMAR_SHARE = 0.15
# Characters that carry Chinese grammar (particles, copula, prepositions, measure words).
CHINESE_FUNCTION_CHARACTERS = frozenset("的了是在把被和也就都而与为着过们这那个吗呢吧从对将让给")
KANA_SHARE_FOR_JAPANESE = 0.1

_NOISE = re.compile(
    # An address or domain starts where no word character, dot or hyphen precedes it: else
    # the match restarts inside every run like `1.1.1.` or `a-a-a` (quadratic time).
    r"https?://\S+|www\.\S+|(?<![\w.-])[\w.-]+@[\w.-]+\b"
    r"|(?<![\w.-])\w[\w-]*\.(?:com|ai|io|org|net|dev)\S*"
    r"|\[\s*\d{1,3}\s*,\s*\d{1,2}\s*\]|\d{1,2}:\d{2}(?::\d{2})?|`[^`]*`"
)
_HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
_CHINESE_PUNCTUATION = re.compile(r"[。，、：；！？“”（）]")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


class Detection(BaseModel):
    """A language label, its confidence from 0 to 1, and for `other` the language when known."""

    model_config = ConfigDict(frozen=True)

    lang: str
    confidence: float
    other: str | None = None

    def as_json(self) -> dict[str, object]:
        """The stable JSON shape: `lang`, `confidence`, and `other` only for `other`."""
        data: dict[str, object] = {"lang": self.lang, "confidence": self.confidence}
        if self.lang == "other":
            data["other"] = self.other
        return data


UNDETERMINED = Detection(lang="und", confidence=1.0)


class NameMask:
    """Names and terms removed before deciding: a document's entities, glossary keep-terms."""

    def __init__(self, names: Iterable[str] = ()) -> None:
        cleaned = sorted({name.strip() for name in names if len(name.strip()) > 1},
                         key=len, reverse=True)
        self.names = cleaned
        if not cleaned:
            self._pattern: re.Pattern[str] | None = None
            return
        alternatives = "|".join(re.escape(name) for name in cleaned)
        # Latin names end on a word boundary, but a Korean particle may follow directly.
        self._pattern = re.compile(rf"(?<![^\W_])(?:{alternatives})(?![A-Za-z0-9])",
                                   re.IGNORECASE)

    def apply(self, text: str) -> str:
        """The text with every known name replaced by a space."""
        return self._pattern.sub(" ", text) if self._pattern is not None else text


class _Counts:
    """Weighted words of each script in one text."""

    def __init__(self, text: str) -> None:
        self.latin_words: list[str] = []
        self.korean = 0.0
        self.han = 0.0
        self.kana = 0.0
        self.other = 0.0
        self.han_grammar = 0
        for word in _WORD.findall(text):
            self._add(word)

    def _add(self, word: str) -> None:
        if word.isascii():
            self.latin_words.append(word)
            return
        if _HANGUL.search(word):
            self.korean += 1  # `Benioff가`: a Korean particle makes the word Korean grammar
            return
        scripts = [script_of(character) for character in word]
        han = scripts.count("han")
        kana = scripts.count("kana")
        if han or kana:
            self.han += han / HAN_CHARACTERS_PER_WORD
            self.kana += kana / HAN_CHARACTERS_PER_WORD
            self.han_grammar += sum(1 for character in word
                                    if character in CHINESE_FUNCTION_CHARACTERS)
            latin = "".join(character if kind == "latin" else " "
                            for character, kind in zip(word, scripts, strict=True)).split()
            self.latin_words.extend(latin)
            return
        if all(kind == "latin" for kind in scripts):
            self.latin_words.append(word)
        else:
            self.other += 1

    @property
    def total(self) -> float:
        return len(self.latin_words) + self.korean + self.han + self.kana + self.other


def _other_script(text: str) -> Detection:
    guessed = langdetect_language(text)
    name = guessed[0] if guessed is not None else None
    return Detection(lang="other", confidence=0.8 if name else 0.5, other=name)


def detect_text(text: str, mask: NameMask | None = None) -> Detection:
    """The language of a piece of text, after masking known names."""
    normalised_text = text  # before NFKC, which folds `，：（）` into ASCII
    normalised = unicodedata.normalize("NFKC", text)
    if mask is not None:
        normalised = mask.apply(normalised)
    normalised = _NOISE.sub(" ", normalised)
    counts = _Counts(normalised)
    total = counts.total
    if total == 0:
        return UNDETERMINED
    if counts.kana and counts.kana >= KANA_SHARE_FOR_JAPANESE * (counts.kana + counts.han):
        return Detection(lang="other", confidence=round(min(0.99, 0.5 + counts.kana / total), 3),
                         other="ja")
    if counts.other > total / 2:
        return _other_script(normalised)
    korean_share = counts.korean / total
    han_share = counts.han / total
    if korean_share >= KOREAN_MATRIX_SHARE:
        return Detection(lang="ko", confidence=round(min(0.99, 0.5 + korean_share), 3))
    chinese_punctuation = counts.han and _CHINESE_PUNCTUATION.search(normalised_text)
    grammar = (counts.han_grammar > 0 or bool(chinese_punctuation)) and \
        han_share >= CHINESE_GRAMMAR_SHARE
    if han_share >= CHINESE_MATRIX_SHARE or grammar:
        return Detection(lang="zh", confidence=round(min(0.99, 0.5 + han_share), 3))
    if not counts.latin_words:
        return _other_script(normalised)
    language, confidence = identify_latin(counts.latin_words)
    latin_share = len(counts.latin_words) / total
    confidence = round(confidence * min(1.0, 0.5 + latin_share), 3)
    if language == "en":
        return Detection(lang="en", confidence=confidence)
    return Detection(lang="other", confidence=confidence, other=language)
