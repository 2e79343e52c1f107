"""What a single word of a flattened heading is: capitalised, lowercase, CJK, a sentence end.

The evidence in `heading_*_evidence` is built from these questions about one token (a run
of non-space characters) and from the word lists below, which are general English, Korean
and Chinese grammar, never words taken from a corpus.
"""

from __future__ import annotations

import re
from functools import lru_cache

from localize.text.script import script_of

SMALL_WORDS = frozenset(
    "a an the of to in for with on at by from and or but nor as is are was were be vs vs. "
    "into onto over than that this its their his her our your via per about "
    "why how what when where who which whether".split()
)
SENTENCE_STARTERS = frozenset(
    "the a an this that these those it its he she they we i you his her their our my your "
    "there here after while when as in at on by for from with without one two three four "
    "five most many some even over if since although though during before once default "
    "using beyond to both each every all what why how".split()
)
# Pronouns and determiners: even a Title Case heading does not capitalise them mid-way.
STRONG_STARTERS = frozenset("the a an this these those he she they it we his her their".split())
# Nouns naming the people of a show: `Host Sarah Guo introduces`, `The guests disagree`.
ROLE_NOUNS = frozenset(
    "host hosts co-host co-hosts guest guests panel panelists founder co-founder founders ceo "
    "cto moderator interviewer speaker speakers presenter narrator analyst investor "
    "researcher author professor reporter editor".split()
)
ABBREVIATIONS = frozenset(
    "vs. dr. mr. mrs. ms. st. inc. ltd. co. jr. sr. prof. e.g. i.e. u.s. no.".split())
INITIAL = re.compile(r"^[A-Z]\.$")
KOREAN_TOPIC_PARTICLES = ("은", "는", "이", "가")
KOREAN_PARTICLES = ("에서", "으로", "은", "는", "이", "가", "을", "를", "에", "로", "와", "과",
                    "의", "도")
# Particles that are rarely anything else at the end of a word.
KOREAN_STRONG_PARTICLES = ("은", "는", "을", "를", "에서", "으로")
# Korean words that only modify what follows (numerals, demonstratives): never a heading's end.
KOREAN_MODIFIERS = frozenset("한 두 세 네 몇 이 그 저 모든 각 여러 어떤 이런 그런 새 첫".split())
# Korean question endings (a heading may ask without a question mark).
KOREAN_QUESTIONS = ("인가", "는가", "을까", "할까", "일까", "는지", "나요", "까요")
# Korean connective endings (-면, -고, -며, -서, -지만): the clause goes on.
KOREAN_CONNECTIVES = ("하고", "되고", "하며", "해서", "하면", "되면", "지만", "는데", "니까",
                      "하지", "되지", "않고", "않아", "하여", "따르면")
KOREAN_PARTICLE_SUFFIX = re.compile(r"(?<=[A-Za-z0-9)\]'’\"”])[가-힣]{1,2}$")
SENTENCE_END = re.compile(r"(?:[.!?。！？]|다\.)[\"'”’)*_]*$")
INNER_SENTENCE_END = re.compile(r"[。！？]|다[.—,]|\.\S")
MARKUP = "*_`"
OPEN_PUNCTUATION = (":", ",", "—", "–", "-", ";", "：", "，", "、")
# Chinese writes no space after its full-width punctuation: `。Oriol` is two words.
CJK_THEN_LATIN = re.compile(
    r"(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])(?=[A-Za-z])")
# Every split of a heading asks the same questions about the same tokens: remember answers.
_remembered = lru_cache(maxsize=1 << 16)


@_remembered
def normalise(token: str) -> str:
    """Lowercased token without surrounding punctuation, Korean particles after Latin cut off."""
    token = token.strip("\"'“”‘’()[]{}*_`,.:;!?。，、：；！？")
    token = KOREAN_PARTICLE_SUFFIX.sub("", token)
    return token.lower()


@_remembered
def case_key(token: str) -> str:
    """The token as written, without the punctuation around it: `Group,` is `Group`."""
    return token.strip("\"'“”‘’()[]{}*_`,.:;!?")


@_remembered
def first_letter(token: str) -> str:
    for character in token:
        if character.isalpha():
            return character
    return ""


@_remembered
def is_capitalised(token: str) -> bool:
    letter = first_letter(token)
    return bool(letter) and script_of(letter) == "latin" and letter.isupper()


@_remembered
def is_lower_latin(token: str) -> bool:
    letter = first_letter(token)
    mixed = any(character.isupper() for character in token[1:])  # iPhone, eBay
    return bool(letter) and script_of(letter) == "latin" and letter.islower() and not mixed


@_remembered
def has_script(token: str, script: str) -> bool:
    return any(script_of(character) == script for character in token)


@_remembered
def is_cjk_token(token: str) -> bool:
    return has_script(token, "han") or has_script(token, "hangul")


@_remembered
def is_cjk_context(token: str) -> bool:
    """CJK letters or CJK punctuation (`。`, `，`): text in which capitals mark names only."""
    return is_cjk_token(token) or any(
        "\u3000" <= character <= "\u303f" or "\uff00" <= character <= "\uffef"
        for character in token[-1:])


@_remembered
def ends_sentence(token: str) -> bool:
    if token.lower() in ABBREVIATIONS or INITIAL.match(token):
        return False
    return bool(SENTENCE_END.search(token))


@_remembered
def ends_question(token: str) -> bool:
    return token.endswith(("?", "!", "？", "！"))


@_remembered
def is_content_word(token: str) -> bool:
    letter = first_letter(token)
    return bool(letter) and script_of(letter) == "latin" and token.lower() not in SMALL_WORDS


@_remembered
def is_sentence_starter(token: str) -> bool:
    """A capitalised pronoun, determiner or preposition, the way English sentences begin."""
    return is_capitalised(token) and normalise(token) in SENTENCE_STARTERS and not INITIAL.match(
        token)


def is_spaced_han_pair(left: str, right: str) -> bool:
    """Two Han characters with a space between: Chinese prose never writes one."""
    return bool(left) and bool(right) and script_of(left[-1]) == "han" and \
        script_of(right[0]) == "han"


def title_runs(tokens: list[str]) -> list[bool]:
    """Which tokens stand in a Title Case run (three or more capitalised words, small words
    between them allowed): in headings every word is capitalised, so none counts as a name."""
    flags = [False] * len(tokens)
    start = 0
    while start < len(tokens):
        end = start
        capitalised = 0
        while end < len(tokens) and (is_capitalised(tokens[end]) or
                                     tokens[end].lower() in SMALL_WORDS):
            capitalised += is_capitalised(tokens[end])
            end += 1
            if ends_sentence(tokens[end - 1]) or tokens[end - 1].endswith((",", ":", ";")):
                break
        if capitalised >= 3:
            flags[start:end] = [True] * (end - start)
        start = max(end, start + 1)
    return flags


def korean_ending(token: str, has_particle: bool, has_strong_particle: bool) -> str | None:
    """How a Korean word ends, the first that applies: `question` (-까, -인가), `statement`
    (-다), `connective` (-고, -면), `genitive` (-의), `particle` (a case particle the page
    attests), `likely-particle` (a particle that is rarely anything else), or None."""
    bare = token.rstrip("\"'”’)")
    if bare.endswith(KOREAN_QUESTIONS):
        return "question"
    if bare.endswith("다"):
        return "statement"
    if bare.endswith(KOREAN_CONNECTIVES) and not KOREAN_PARTICLE_SUFFIX.search(bare):
        return "connective"
    if bare.endswith("의"):
        return "genitive"
    if has_particle:
        return "particle"
    if has_strong_particle:
        return "likely-particle"
    return None
