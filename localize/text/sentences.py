"""Sentences of English, Korean and Chinese text, with their offsets in the text.

A sentence ends at a run of end marks (`.` `!` `?` `…` and the full-width `。！？．`) with
the closing quotes and brackets that follow it (`."`, `?)`, `。”`, `！」`), and at a blank
line. An ASCII mark ends a sentence only before a space, the end of the text or, between
CJK characters, directly (Chinese written with ASCII punctuation). A period does not end
a sentence after an abbreviation (`Mr.`, `U.S.`, `e.g.`), an initial (`J. K. Rowling`) or
in a decimal (`3.5`), nor before a lowercase word in English; `..` counts as one end, an
ellipsis ends a sentence only before a capital. A Korean quotation goes on into its
quotative (`.” 라고`), and a short attribution after a quotation (`” 그가 말했다.`,
`”他说。`) joins it, as a stray mark does (`。 。`).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from localize.text.script import is_cjk

# Abbreviations that never end a sentence: a name or a number always follows them.
TITLES = frozenset(
    "mr mrs ms messrs dr prof st mt ft sr jr gen lt col maj capt cmdr cpl sgt pvt adm brig "
    "gov govs sen sens rep reps pres supt insp det cllr rt rev hon fr mme mlle vs v cf approx "
    "dept figs vol vols pp ca nos".split())
# Abbreviations that may also end a sentence: they end one before a word that commonly
# starts sentences (`... in the U.S. The next day`), not before a name (`U.S. Senate`).
ENDING = frozenset(
    "etc inc ltd co corp bros plc llc al a.m p.m u.s u.k u.n e.u u.s.a d.c ph.d".split())
# Abbreviations inside a sentence but only before a number: `No. 10`, `Jan. 5`.
BEFORE_NUMBER = frozenset(
    "no jan feb mar apr jun jul aug sep sept oct nov dec tel".split())
# Abbreviations a lowercase word follows: `e.g. the`; in Korean and Chinese, where the
# lowercase rule does not apply, these still keep a sentence together.
LOWERCASE_FOLLOWS = frozenset("e.g i.e viz".split())
SENTENCE_STARTERS = frozenset(
    "a an the this that these those there then it its he she his her they their we our "
    "i you my in on at for but and or so yet if when while after before as by from with "
    "however meanwhile also now today yesterday still since although though because "
    "what who why how where which one some many most all other another no not".split())
# A Korean quotation goes on after its closing mark: `"...했다." 라고 말했다`.
_KOREAN_QUOTATIVE = re.compile(
    r"\s*(?:라고|라며|라면서|라는|라던|이라고|하며|(?:란|하고|고|며|는)\s)")
# A short attribution after a quotation belongs to it: `"..." 그가 말했다.`, `”他说。`.
_ATTRIBUTION = {
    "ko": re.compile(r"^[^\"“‘'「『]{0,24}(?:말|밝|전|덧붙|물|답|설명|외치|강조|주장|보도|"
                     r"썼|적)(?:했|혔|였|었|쳤|한|합|하였)?(?:다|습니다|니다)[.!]?$"),
    "zh": re.compile(r"^[^\"“‘'「『]{0,10}(?:说|说道|表示|称|指出|补充|补充道|问道|写道)"
                     r"[。！.!]?$"),
}

END_MARKS = ".!?…。！？．"
CJK_END_MARKS = "。！？．"
CLOSERS = "\"'”’)]}»」』）》〉】〕"
OPENERS = "\"'“‘([{«「『（《〈【〔"
_END = re.compile(rf"[{re.escape(END_MARKS)}]+(?:[{re.escape(CLOSERS)}]+"
                  rf"[{re.escape(END_MARKS)}]+)*[{re.escape(CLOSERS)}]*")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")
_WORD = re.compile(r"\w+")
_STRAIGHT_QUOTE = re.compile('"')


@dataclass(frozen=True)
class Sentence:
    """One sentence: where it stands in the text, and its text without surrounding space."""

    start: int
    end: int
    text: str


def split_sentences(text: str, lang: str) -> list[Sentence]:
    """The sentences of a text in `en`, `ko` or `zh`, in order, offsets into the text."""
    ends = sorted({*_mark_ends(text, lang), *(match.start() for match in
                                                 _BLANK_LINE.finditer(text))})
    attribution = _ATTRIBUTION.get(lang)
    # Spans first, texts at the end: a long run of stray marks joining one sentence would
    # otherwise copy the growing sentence once per mark (quadratic).
    spans: list[tuple[int, int]] = []
    start = 0
    for end in [*ends, len(text)]:
        piece = text[start:end]
        stripped = piece.strip()
        start, offset = end, start + len(piece) - len(piece.lstrip())
        if not stripped:
            continue
        # A stray mark (`。 。`) or a short attribution joins the sentence before it.
        if spans and (
                not any(character.isalnum() for character in stripped)
                or (attribution is not None and text[spans[-1][1] - 1] in CLOSERS
                    and attribution.match(stripped))):
            spans[-1] = (spans[-1][0], offset + len(stripped))
            continue
        spans.append((offset, offset + len(stripped)))
    return [Sentence(first, last, text[first:last]) for first, last in spans]


def _mark_ends(text: str, lang: str) -> list[int]:
    """Where each sentence ended by a mark stops: just after its marks and closers."""
    ends = []
    quotes = [match.start() for match in _STRAIGHT_QUOTE.finditer(text)]
    for match in _END.finditer(text):
        end = _closed_end(text, match.start(), match.end(), quotes)
        if _ends_sentence(text, match.start(), end, lang):
            ends.append(end)
    return ends


def _closed_end(text: str, start: int, end: int, quotes: list[int]) -> int:
    """The end of the marks, short of a straight double quote that opens the next sentence:
    one glued to the next word after an even number of them (`入网。"我正好`)."""
    for position in range(start, end):
        if (text[position] == '"' and position + 1 < len(text) and text[position + 1].isalnum()
                and bisect.bisect_left(quotes, position) % 2 == 0):
            return position
    return end


def _ends_sentence(text: str, start: int, end: int, lang: str) -> bool:
    """Whether the end marks at `start:end` end a sentence."""
    closed = text[start:end]
    marks = closed.rstrip(CLOSERS)
    following = text[end:end + 1]
    before = text[start - 1:start] if start else ""
    if end == len(text):
        return True
    ellipsis = "…" in marks or "..." in marks
    if any(mark in CJK_END_MARKS for mark in marks) and not ellipsis:
        # A full-width stop between digits is a decimal point (`3．5`).
        return not (marks == "．" and before.isdigit() and following.isdigit())
    if not following.isspace():
        # ASCII marks glued to the next word end a sentence only in CJK prose
        # (`他来了.我走了`), and in Korean not before a quotative (`.”라고`).
        return (not ellipsis and is_cjk(following) and before != "" and is_cjk(before)
                and (lang == "zh" or marks == closed))
    next_word = _next_word(text, end)
    if not next_word:
        return True
    if lang == "ko" and marks != closed and _KOREAN_QUOTATIVE.match(text, end):
        return False
    if ellipsis:
        # An ellipsis ends a sentence only before a capital: `...and then`, `많습니다 ... 그들은`.
        return next_word[0].isascii() and next_word[0].isupper()
    if "." in marks and not set(marks) & set("!?"):
        return _period_ends(text, start, next_word, lang)
    # `?` and `!`: an English sentence goes on after a lowercase word (`"Why?" he asked`).
    return not (lang == "en" and next_word[0].islower())


def _period_ends(text: str, start: int, next_word: str, lang: str) -> bool:
    """Whether a period before the next word ends the sentence."""
    lowercase_next = next_word[0].isascii() and next_word[0].islower()
    # The Latin word the period stands after (it ends where the window ends).
    word_match = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if lowercase_next and (lang == "en" or word_match is not None):
        return False
    if word_match is None:
        return True  # after a digit, Hangul, Han or a bracket
    word = word_match.group(1)
    key = word.lower()
    starter = next_word.lower() in SENTENCE_STARTERS
    if key in TITLES or key in LOWERCASE_FOLLOWS:
        return False
    if key in BEFORE_NUMBER:
        return not next_word[0].isdigit()
    if key in ENDING or re.fullmatch(r"(?:[a-z]\.)+[a-z]", key):
        return starter  # `U.S. The` ends a sentence, `U.S. Senate` does not
    if len(word) == 1 and word.isupper():
        return starter  # an initial: `J. K. Rowling`, `George W. Bush`
    return True


def _next_word(text: str, end: int) -> str:
    """The first word after a position, past spaces and opening quotes or brackets."""
    position = end
    while position < len(text) and (text[position].isspace() or text[position] in OPENERS):
        position += 1
    match = _WORD.match(text, position)
    return match.group() if match else text[position:position + 1]
