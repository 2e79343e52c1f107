"""Recovering where a heading ends when a page lost the line break after it.

`## [00:18] AI in Systematic Trading Man Group manages over $200 billion` must become the
heading `AI in Systematic Trading` and a paragraph starting `Man Group manages`. Every
possible split is scored with general evidence, never with a list of known headings:

- a paragraph starts like a sentence: a capital letter, a digit, a quote mark, a pronoun
  or determiner, a name the page uses elsewhere, a Korean topic or subject particle, a
  switch from Latin to Han script in a Chinese summary;
- a heading does not end on a function word, a comma or colon, or a Korean case particle,
  and holds no full stop in its middle; it may end with `?` or `!`;
- two words that stand side by side elsewhere on the page (`Man Group`) are not split;
- headings keep one case style (Title Case or sentence case) to their last word;
- headings are usually 2 to 10 words long.

When the best split does not beat the next best by a clear margin, the split is marked
uncertain so that `show` can ask a person to review it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from localize.text.script import script_of

MAX_HEADING_WORDS = 24
UNCERTAIN_MARGIN = 1.0

_SMALL_WORDS = frozenset(
    "a an the of to in for with on at by from and or but nor as is are was were be vs vs. "
    "into onto over than that this its their his her our your via per about "
    "why how what when where who which whether".split()
)
_SENTENCE_STARTERS = frozenset(
    "the a an this that these those it its he she they we i you his her their our my your "
    "there here after while when as in at on by for from with without one two three four "
    "five most many some even over if since although though during before once default "
    "using beyond to both each every all what why how".split()
)
_STRONG_STARTERS = frozenset("the a an this these those he she they it we his her their".split())
_ABBREVIATIONS = frozenset(
    "vs. dr. mr. mrs. ms. st. inc. ltd. co. jr. sr. prof. e.g. i.e. u.s. no.".split())
_INITIAL = re.compile(r"^[A-Z]\.$")
_KOREAN_TOPIC_PARTICLES = ("은", "는", "이", "가")
_KOREAN_PARTICLES = ("에서", "으로", "은", "는", "이", "가", "을", "를", "에", "로", "와", "과",
                     "의", "도")
_KOREAN_STRONG_PARTICLES = ("은", "는", "을", "를", "에서", "으로")
# Korean words that only modify what follows (numerals, demonstratives): never a heading's end.
_KOREAN_MODIFIERS = frozenset("한 두 세 네 몇 이 그 저 모든 각 여러 어떤 이런 그런 새 첫".split())
# Korean question endings (a heading may ask without a question mark).
_KOREAN_QUESTIONS = ("인가", "는가", "을까", "할까", "일까", "는지", "나요", "까요")
# Korean connective endings (-면, -고, -며, -서, -지만): the clause goes on.
_KOREAN_CONNECTIVES = ("하고", "되고", "하며", "해서", "하면", "되면", "지만", "는데", "니까",
                       "하지", "되지", "않고", "않아", "하여", "따르면")
_KOREAN_PARTICLE_SUFFIX = re.compile(r"(?<=[A-Za-z0-9)\]'’\"”])[가-힣]{1,2}$")
_SENTENCE_END = re.compile(r"(?:[.!?。！？]|다\.)[\"'”’)*_]*$")
_INNER_SENTENCE_END = re.compile(r"[。！？]|다[.—,]|\.\S")
_MARKUP = "*_`"
# Chinese writes no space after its full-width punctuation: `。Oriol` is two words.
_CJK_THEN_LATIN = re.compile(
    r"(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])(?=[A-Za-z])")


def _normalise(token: str) -> str:
    """Lowercased token without surrounding punctuation, Korean particles after Latin cut off."""
    token = token.strip("\"'“”‘’()[]{}*_`,.:;!?。，、：；！？")
    token = _KOREAN_PARTICLE_SUFFIX.sub("", token)
    return token.lower()


def _first_letter(token: str) -> str:
    for character in token:
        if character.isalpha():
            return character
    return ""


def _is_capitalised(token: str) -> bool:
    letter = _first_letter(token)
    return bool(letter) and script_of(letter) == "latin" and letter.isupper()


def _is_lower_latin(token: str) -> bool:
    letter = _first_letter(token)
    mixed = any(character.isupper() for character in token[1:])  # iPhone, eBay
    return bool(letter) and script_of(letter) == "latin" and letter.islower() and not mixed


def _has_script(token: str, script: str) -> bool:
    return any(script_of(character) == script for character in token)


def _is_cjk_token(token: str) -> bool:
    return _has_script(token, "han") or _has_script(token, "hangul")


def _is_cjk_context(token: str) -> bool:
    """CJK letters or CJK punctuation (`。`, `，`): text in which capitals mark names only."""
    return _is_cjk_token(token) or any(
        "\u3000" <= character <= "\u303f" or "\uff00" <= character <= "\uffef"
        for character in token[-1:])


def _ends_sentence(token: str) -> bool:
    if token.lower() in _ABBREVIATIONS or _INITIAL.match(token):
        return False
    return bool(_SENTENCE_END.search(token))


def _is_content_word(token: str) -> bool:
    letter = _first_letter(token)
    return bool(letter) and script_of(letter) == "latin" and token.lower() not in _SMALL_WORDS


def _is_title_style(tokens: list[str], statistics: PageStatistics) -> bool:
    """True when the first content words that are not names (two or three of them) are all
    capitalised, as in Title Case headings."""
    content: list[str] = []
    for token in tokens[:8]:
        if _is_cjk_token(token):
            break
        if _is_content_word(token) and not statistics.is_name(token):
            content.append(token)
    return len(content) >= 2 and all(_is_capitalised(token) for token in content[:3])


def _case_key(token: str) -> str:
    return token.strip("\"'“”‘’()[]{}*_`,.:;!?")


def _title_runs(tokens: list[str]) -> list[bool]:
    """Which tokens stand in a Title Case run (three or more capitalised words, small words
    between them allowed): in headings every word is capitalised, so none counts as a name."""
    flags = [False] * len(tokens)
    start = 0
    while start < len(tokens):
        end = start
        capitalised = 0
        while end < len(tokens) and (_is_capitalised(tokens[end]) or
                                     tokens[end].lower() in _SMALL_WORDS):
            capitalised += _is_capitalised(tokens[end])
            end += 1
            if _ends_sentence(tokens[end - 1]) or tokens[end - 1].endswith((",", ":", ";")):
                break
        if capitalised >= 3:
            flags[start:end] = [True] * (end - start)
        start = max(end, start + 1)
    return flags


class PageStatistics:
    """What the rest of the page says: word pairs that belong together, names, vocabulary."""

    def __init__(self, texts: Iterable[str]) -> None:
        self.pairs: Counter[tuple[str, str]] = Counter()
        self.name_pairs: Counter[tuple[str, str]] = Counter()
        self.names: Counter[str] = Counter()
        self.vocabulary: set[str] = set()
        for text in texts:
            self.add(text)

    def add(self, text: str) -> None:
        """Count the adjacent word pairs and the mid-sentence capitalised words of a text."""
        tokens = _CJK_THEN_LATIN.sub(" ", text).split()
        in_title_run = _title_runs(tokens)
        for index, token in enumerate(tokens):
            self.vocabulary.add(_normalise(token))
            if index + 1 < len(tokens):
                following = tokens[index + 1]
                self.pairs[(_normalise(token), _normalise(following))] += 1
                if _is_capitalised(token) and _is_capitalised(following):
                    self.name_pairs[(_case_key(token), _case_key(following))] += 1
            # CJK scripts have no capitals: a capitalised word after CJK text is a name.
            after_cjk = index > 0 and _is_cjk_context(tokens[index - 1])
            sentence_start = index == 0 or (_ends_sentence(tokens[index - 1]) and not after_cjk)
            label = token.startswith("(")  # `(Software):` is a type label, not a name
            if not sentence_start and _is_capitalised(token) and not in_title_run[index] \
                    and not label:
                self.names[_normalise(token)] += 1

    def is_name(self, token: str) -> bool:
        """A word the page writes capitalised in mid-sentence at least twice."""
        return self.names[_normalise(token)] >= 2

    def has_particle(self, token: str, attested: bool = False) -> bool:
        """A Korean word ending in a case particle: after a Latin stem, after a stem the page
        uses elsewhere, or (unless `attested` is asked for) a particle that is rarely anything
        else (`을`, `를`, `에서`...)."""
        bare = token.rstrip("\"'”’),.")
        for particle in _KOREAN_PARTICLES:
            if bare.endswith(particle) and len(bare) > len(particle):
                stem = bare[: -len(particle)]
                if _KOREAN_PARTICLE_SUFFIX.search(bare) or stem.lower() in self.vocabulary:
                    return True
                if particle in _KOREAN_STRONG_PARTICLES and not attested:
                    return True
        return False


@dataclass(frozen=True)
class HeadingSplit:
    """A heading, the text that followed it, and whether the split is a guess."""

    heading: str
    rest: str
    uncertain: bool


def _length_prior(words: int, korean: bool) -> float:
    if korean:
        return 0.0 if words <= 6 else -1.0 if words <= 10 else -2.5 - 0.2 * (words - 10)
    if words == 1:
        return -1.0
    if words == 2:
        return -0.3
    if words <= 9:
        return 0.0
    if words <= 13:
        return -0.6
    return -1.5 - 0.2 * (words - 13)


class _Scorer:
    def __init__(self, tokens: list[str], lang: str | None, statistics: PageStatistics) -> None:
        self.tokens = tokens
        self.lang = lang
        self.statistics = statistics
        self.local_pairs = Counter((_normalise(a), _normalise(b))
                                   for a, b in pairwise(tokens))
        self.korean = _has_script(tokens[0], "hangul") or lang == "ko"
        self.title_style = _is_title_style(tokens, statistics)
        self.title_split = self._title_run_split()

    def pair_elsewhere(self, left: str, right: str) -> int:
        key = (_normalise(left), _normalise(right))
        return self.statistics.pairs[key] - self.local_pairs[key]

    def name_pair_elsewhere(self, left: str, right: str) -> bool:
        key = (_case_key(left), _case_key(right))
        local = sum(1 for a, b in pairwise(self.tokens)
                    if (_case_key(a), _case_key(b)) == key)
        return self.statistics.name_pairs[key] - local > 0

    def _title_run_split(self) -> int | None:
        """Where a heading ends when the first sentence opens with a capitalised run (a name)
        followed by a lowercase word (its verb) or a CJK word: just before that run."""
        stop = next((index for index, token in enumerate(self.tokens) if index > 0 and (
            _is_cjk_token(token) or (_is_lower_latin(token) and token.lower() not in _SMALL_WORDS)
        )), None)
        if stop is None:
            return None
        if _is_lower_latin(self.tokens[stop]) and self.lang in ("ko", "zh"):
            return None  # a lowercase term may open a Chinese or Korean sentence itself
        if not self.title_style and not self._verb_follows(self.tokens[stop : stop + 1]):
            return None  # in a sentence-case heading a lowercase word is no evidence
        run = stop - 1
        while run >= 1 and self.tokens[run].lower() in _SMALL_WORDS and not _is_capitalised(
                self.tokens[run]):
            run -= 1  # `Over the last`: the sentence opens on the capital before small words
        if run < 1 or not _is_capitalised(self.tokens[run]):
            return None
        while run - 1 >= 1 and _is_capitalised(self.tokens[run - 1]) and \
                self.name_pair_elsewhere(self.tokens[run - 1], self.tokens[run]):
            run -= 1
        return run if run >= 1 else None

    def start_score(self, index: int) -> float:
        """How much the word at `index` looks like the first word of a paragraph."""
        token = self.tokens[index]
        following = self.tokens[index + 1 : index + 4]
        score = 0.0
        if _is_lower_latin(token):
            if self.lang in ("ko", "zh") and any(_is_cjk_token(word) for word in following[:2]):
                score -= 0.5
            else:
                return -10.0
        bare = _normalise(token)
        if _is_capitalised(token) and bare in _SENTENCE_STARTERS and not _INITIAL.match(token):
            score += 1.5 if self.title_style and bare not in _STRONG_STARTERS else 2.5
        if token[:1] in "\"'“‘(`$" or token[:1].isdigit():
            score += 0.8
        if _is_capitalised(token) and self.statistics.is_name(token):
            score += 2.0
        if _is_capitalised(token) and token.endswith(":"):
            score += 1.0  # "Books: ..." opens a paragraph with a label
        if _has_script(token, "hangul"):
            score += self._korean_start(token)
        previous = self.tokens[index - 1]
        if self.lang == "zh" and _has_script(token, "han") and not _is_cjk_token(previous):
            score += 1.5
        if self.lang == "zh" and script_of(token[0]) == "han" and script_of(previous[-1]) == "han":
            score += 3.0  # Chinese prose puts no space between two Han characters
        if bare and bare in {_normalise(word) for word in self.tokens[:index]}:
            score += 1.0  # paragraphs often open by repeating the heading's subject
        if _is_capitalised(token) and self._verb_follows(following, token) and (
                self.lang != "zh" or self.statistics.is_name(token)):
            score += 1.0
        for offset, word in enumerate(following[:2], start=1):
            before = self.tokens[index + offset - 1]
            if _is_capitalised(word) and _normalise(word) in _STRONG_STARTERS and not (
                    _ends_sentence(before) or before.endswith((":", ";", ",", "—"))):
                score -= 2.0  # `Off The conversation`: the sentence opens at `The`, later
        if self.korean and _is_capitalised(token) and _has_script(self.tokens[index - 1],
                                                                   "hangul"):
            score += 1.0  # Korean sentences often open on a name in Latin script
        return score

    def _verb_follows(self, following: list[str], first: str | None = None) -> bool:
        """`Feldman describes`, `Host Tim Scarfe introduces`, `Jacob 先问`: a name, a verb.

        Capitalised words between `first` and the verb must be one name the page writes
        together (`Tim Scarfe`); otherwise only the word right before the verb is its subject.
        """
        previous = first
        for word in following:
            if _is_capitalised(word):
                if previous is not None and not self.name_pair_elsewhere(previous, word):
                    return False
                previous = word
                continue
            if self.lang == "zh" and _has_script(word, "han"):
                return True
            bare = _normalise(word)
            return len(bare) > 3 and _is_lower_latin(word) and bare.endswith(("s", "ed"))
        return False

    def _korean_start(self, token: str) -> float:
        stripped = token.rstrip(",.")
        if not stripped.endswith(_KOREAN_TOPIC_PARTICLES):
            return 0.0
        if _KOREAN_PARTICLE_SUFFIX.search(stripped):
            return 3.0
        if not self.statistics.has_particle(stripped, attested=True):
            return 0.0
        return 1.5 if stripped.endswith(("은", "는")) else 0.5

    def _is_topic(self, token: str) -> bool:
        bare = token.rstrip("\"'”’),.")
        return bare.endswith(("은", "는")) and self.statistics.has_particle(bare, attested=True)

    def end_score(self, index: int) -> float:
        """How much the word at `index` looks like the last word of a heading."""
        token = self.tokens[index].rstrip(_MARKUP)
        score = 0.0
        if token.lower() in _SMALL_WORDS or token in _KOREAN_MODIFIERS:
            score -= 4.0
        if token.endswith((":", ",", "—", "–", "-", ";", "：", "，", "、")) or token in ("&", "|"):
            score -= 4.0
        if token.endswith(("?", "!", "？", "！")):
            score += 2.5
        elif _ends_sentence(token):
            score -= 3.5
        if _has_script(token, "hangul"):
            score += self._korean_end(token)
        return score

    def _korean_end(self, token: str) -> float:
        bare = token.rstrip("\"'”’)")
        if bare.endswith(_KOREAN_QUESTIONS):
            return 2.5  # a question without its mark ends the heading like `?` does
        if bare.endswith("다"):
            return 0.0
        if bare.endswith(_KOREAN_CONNECTIVES) and not _KOREAN_PARTICLE_SUFFIX.search(bare):
            return -2.0
        if bare.endswith("의"):
            return -5.0  # a genitive always leans on the noun after it
        if self.statistics.has_particle(bare, attested=True):
            return -5.0
        if self.statistics.has_particle(bare):
            return -3.0
        return 0.0

    def inside_score(self, heading: list[str]) -> float:
        """Evidence against a heading from its own words: a sentence has begun inside it."""
        score = 0.0
        for position, token in enumerate(heading):
            last = position == len(heading) - 1
            if not last and _ends_sentence(token) and not token.endswith(("?", "!")):
                score -= 6.0
            elif not last and token.endswith(("?", "!")):
                score -= 3.0
            if _INNER_SENTENCE_END.search(token[:-1]) and _is_cjk_token(token):
                score -= 6.0
            if position == 0 or heading[position - 1].endswith((":", "—", "–", "-")):
                continue
            previous = heading[position - 1]
            if _is_capitalised(token) and _normalise(token) in _SENTENCE_STARTERS \
                    and not _INITIAL.match(token) and (not self.title_style or
                                                       _normalise(token) in _STRONG_STARTERS):
                score -= 2.0  # a capitalised "The"/"Using" mid-heading opens a sentence
            if self.korean and position > 0 and self._is_topic(token):
                score -= 3.0  # a topic inside a heading: a sentence has begun
            if not self.title_style and self.lang not in ("ko", "zh") and _is_capitalised(
                    token) and not self.statistics.is_name(token) and not _is_capitalised(
                    previous) and token.replace("-", "").isalpha() and not token.isupper():
                score -= 1.5  # sentence-case headings capitalise only names
            subject_start = position - 1
            while subject_start > 0 and _is_capitalised(heading[subject_start - 1]):
                subject_start -= 1
            if _is_capitalised(previous) and subject_start > 0 and self._verb_follows([token]):
                score -= 2.0  # "... Jordan describes": a sentence's subject and verb
        if self.title_style:
            lowercase = [token for token in heading[1:] if _is_content_word(token)
                         and _is_lower_latin(token)]
            score -= 1.5 * len(lowercase)
        if self.lang == "zh":
            score -= 3.0 * sum(1 for left, right in pairwise(heading)
                               if script_of(left[-1]) == "han" and script_of(right[0]) == "han")
        if self.lang == "zh" and not _is_cjk_token(heading[0]):
            score -= 3.0 * sum(1 for token in heading if _is_cjk_token(token))
        return score

    def score(self, words: int) -> float:
        """Score of a heading of `words` tokens."""
        heading = self.tokens[:words]
        total = _length_prior(words, self.korean) + self.end_score(words - 1)
        total += self.inside_score(heading)
        if words == self.title_split:
            total += 1.5
        if words < len(self.tokens):
            total += self.start_score(words)
            together = self.pair_elsewhere(self.tokens[words - 1], self.tokens[words])
            total -= 2.5 if together == 1 else 4.0 if together > 1 else 0.0
        return total


def split_heading(text: str, lang: str | None, statistics: PageStatistics) -> HeadingSplit:
    """Split `text` (what followed `## [TS] `) into heading and the start of the body."""
    spans = [match.span() for match in re.finditer(r"\S+", text)]
    tokens = [text[start:end] for start, end in spans]
    if not tokens:
        return HeadingSplit("", "", False)
    ends = [index for index, token in enumerate(tokens)
            if _ends_sentence(token) or _INNER_SENTENCE_END.search(token[:-1])]
    only_a_question = ends == [len(tokens) - 1] and tokens[-1].endswith(("?", "!"))
    if len(tokens) <= MAX_HEADING_WORDS and (not ends or only_a_question):
        return HeadingSplit(text.strip(), "", False)
    scorer = _Scorer(tokens, lang, statistics)
    limit = min(len(tokens) - 1, MAX_HEADING_WORDS)
    ranked = sorted(((scorer.score(words), words) for words in range(1, limit + 1)),
                    reverse=True)
    best_score, best_words = ranked[0]
    runner_up = ranked[1][0] if len(ranked) > 1 else best_score - 10.0
    return HeadingSplit(
        heading=text[: spans[best_words - 1][1]].strip(),
        rest=text[spans[best_words][0] :].strip(),
        uncertain=best_score - runner_up < UNCERTAIN_MARGIN,
    )
