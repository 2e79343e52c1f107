"""Evidence from the heading's own words: its length, its last word, what stands inside it."""

from __future__ import annotations

from itertools import pairwise

from localize.readers.heading_candidate import Split
from localize.readers.heading_evidence import evidence
from localize.readers.heading_words import (
    INNER_SENTENCE_END,
    KOREAN_MODIFIERS,
    MARKUP,
    OPEN_PUNCTUATION,
    SMALL_WORDS,
    STRONG_STARTERS,
    ends_question,
    ends_sentence,
    has_script,
    is_capitalised,
    is_cjk_token,
    is_content_word,
    is_lower_latin,
    is_sentence_starter,
    is_spaced_han_pair,
    korean_ending,
    normalise,
)

# --- length: headings are usually 2 to 10 words long (Korean ones up to 6 words) --------


@evidence("en zh")
def one_word_heading(split: Split) -> bool:
    """A heading of a single word (`Intro`): possible, but a short heading is more often
    the start of a longer one."""
    return not split.text.korean and split.words == 1


@evidence("en zh")
def two_word_heading(split: Split) -> bool:
    """A heading of two words."""
    return not split.text.korean and split.words == 2


@evidence("en zh")
def long_heading(split: Split) -> bool:
    """A heading of 10 to 13 words."""
    return not split.text.korean and 10 <= split.words <= 13


@evidence("en zh")
def very_long_heading(split: Split) -> bool:
    """A heading of more than 13 words."""
    return not split.text.korean and split.words > 13


@evidence("en zh")
def words_past_thirteen(split: Split) -> int:
    """Each word a heading has past its 13th."""
    return max(0, split.words - 13) if not split.text.korean else 0


@evidence("ko")
def long_korean_heading(split: Split) -> bool:
    """Korean: a heading of 7 to 10 words (Korean words carry their particles, so
    headings are shorter in words)."""
    return split.text.korean and 7 <= split.words <= 10


@evidence("ko")
def very_long_korean_heading(split: Split) -> bool:
    """Korean: a heading of more than 10 words."""
    return split.text.korean and split.words > 10


@evidence("ko")
def korean_words_past_ten(split: Split) -> int:
    """Korean: each word a heading has past its 10th."""
    return max(0, split.words - 10) if split.text.korean else 0


# --- the heading's last word --------------------------------------------------------------


def _last(split: Split) -> str:
    return split.last.rstrip(MARKUP)


@evidence("en")
def heading_ends_on_function_word(split: Split) -> bool:
    """The heading would end on an article, preposition, conjunction or question word
    (`of`, `the`, `and`, `why`): these lean on the word after them."""
    return _last(split).lower() in SMALL_WORDS


@evidence("ko")
def heading_ends_on_korean_modifier(split: Split) -> bool:
    """Korean: the heading would end on a numeral or demonstrative (`한`, `그`, `모든`),
    which only modifies the noun after it."""
    return _last(split) in KOREAN_MODIFIERS


@evidence("all")
def heading_ends_on_open_punctuation(split: Split) -> bool:
    """The heading would end on a comma, colon, dash, semicolon (or their CJK forms), `&`
    or `|`: the phrase goes on."""
    last = _last(split)
    return last.endswith(OPEN_PUNCTUATION) or last in ("&", "|")


@evidence("all")
def heading_ends_on_question_or_exclamation(split: Split) -> bool:
    """The heading would end on `?` or `!` (also full-width): headings may ask or exclaim."""
    return ends_question(_last(split))


@evidence("all")
def heading_ends_on_full_stop(split: Split) -> bool:
    """The heading would end on a full stop (`.`, `。`, `다.`): headings are not sentences;
    abbreviations and initials (`Dr.`, `J.`) do not count."""
    last = _last(split)
    return not ends_question(last) and ends_sentence(last)


def _korean_ending(split: Split) -> str | None:
    last = _last(split)
    if not has_script(last, "hangul"):
        return None
    statistics = split.statistics
    return korean_ending(last, statistics.has_particle(last, attested=True),
                         statistics.has_particle(last))


@evidence("ko")
def korean_question_ending(split: Split) -> bool:
    """Korean: the heading would end on a question ending (`-인가`, `-할까`, `-나요`), which
    closes a heading as `?` does."""
    return _korean_ending(split) == "question"


@evidence("ko")
def korean_connective_ending(split: Split) -> bool:
    """Korean: the heading would end on a connective ending (`-하고`, `-지만`, `-면`):
    the clause goes on."""
    return _korean_ending(split) == "connective"


@evidence("ko")
def korean_genitive_ending(split: Split) -> bool:
    """Korean: the heading would end on the genitive `-의`, which leans on the next noun."""
    return _korean_ending(split) == "genitive"


@evidence("ko")
def korean_particle_ending(split: Split) -> bool:
    """Korean: the heading would end on a case particle after a stem the page uses
    elsewhere (or after a Latin word: `OpenAI가`): a clause has begun."""
    return _korean_ending(split) == "particle"


@evidence("ko")
def korean_likely_particle_ending(split: Split) -> bool:
    """Korean: the heading would end on a particle that is rarely anything else (`-을`,
    `-를`, `-에서`, `-은`), even on a stem the page does not use elsewhere."""
    return _korean_ending(split) == "likely-particle"


# --- inside the heading --------------------------------------------------------------------


@evidence("all")
def full_stop_inside_heading(split: Split) -> int:
    """Each full stop on a word before the heading's last: a sentence ended inside it."""
    return sum(1 for token in split.heading[:-1]
               if ends_sentence(token) and not token.endswith(("?", "!")))


@evidence("all")
def question_inside_heading(split: Split) -> int:
    """Each `?` or `!` on a word before the heading's last (`Is the Moat Gone? What ...`)."""
    return sum(1 for token in split.heading[:-1] if token.endswith(("?", "!")))


@evidence("ko zh")
def cjk_sentence_end_inside_heading(split: Split) -> int:
    """Korean, Chinese: each CJK word with a sentence end inside it (`。`, `다.`, `다,`)."""
    return sum(1 for token in split.heading
               if INNER_SENTENCE_END.search(token[:-1]) and is_cjk_token(token))


def _inner_positions(split: Split) -> list[int]:
    """Positions inside the heading that do not follow a colon, dash, `?` or `!` (after
    which a heading may start a new phrase with a capital)."""
    heading = split.heading
    return [position for position in range(1, len(heading))
            if not heading[position - 1].endswith((":", "—", "–", "-", "?", "!"))]


@evidence("en")
def sentence_starter_inside_heading(split: Split) -> int:
    """Each capitalised pronoun, determiner or preposition inside the heading (`... Off
    The conversation`); in a Title Case heading only pronouns and determiners count."""
    heading = split.heading
    title_style = split.text.title_style
    return sum(1 for position in _inner_positions(split)
               if is_sentence_starter(heading[position]) and (
                   not title_style or normalise(heading[position]) in STRONG_STARTERS))


@evidence("ko")
def korean_topic_inside_heading(split: Split) -> int:
    """Korean: each word inside the heading marked as a topic (`-은`, `-는` on a stem the
    page attests): a sentence has begun."""
    statistics = split.statistics
    if not split.text.korean:
        return 0
    return sum(1 for position in _inner_positions(split)
               if split.heading[position].rstrip("\"'”’),.").endswith(("은", "는"))
               and statistics.has_particle(split.heading[position].rstrip("\"'”’),."),
                                           attested=True))


@evidence("en")
def capital_inside_sentence_case_heading(split: Split) -> int:
    """English: each capitalised word that is not a name, after a lowercase word, in a
    sentence-case heading: such headings capitalise only names, so a sentence began."""
    if split.text.title_style or split.text.cjk_summary:
        return 0
    heading = split.heading
    statistics = split.statistics
    return sum(1 for position in _inner_positions(split)
               if is_capitalised(heading[position]) and not statistics.is_name(heading[position])
               and not is_capitalised(heading[position - 1])
               and heading[position].replace("-", "").isalpha()
               and not heading[position].isupper())


@evidence("en")
def subject_and_verb_inside_heading(split: Split) -> int:
    """English: each verb inside the heading after a capitalised subject that does not open
    the heading (`... Jordan describes`): a sentence about a person has begun."""
    heading = split.heading
    count = 0
    for position in _inner_positions(split):
        subject_start = position - 1
        while subject_start > 0 and is_capitalised(heading[subject_start - 1]):
            subject_start -= 1
        if is_capitalised(heading[position - 1]) and subject_start > 0 and \
                split.text.verb_follows([heading[position]]):
            count += 1
    return count


@evidence("en")
def lowercase_word_in_title_case_heading(split: Split) -> int:
    """English: each lowercase content word in a Title Case heading (the heading's case
    style holds to its last word)."""
    if not split.text.title_style:
        return 0
    return sum(1 for token in split.heading[1:] if is_content_word(token)
               and is_lower_latin(token))


@evidence("zh")
def spaced_han_inside_heading(split: Split) -> int:
    """Chinese: each space between two Han characters inside the heading; Chinese headings
    write none, so the paragraph has begun."""
    if split.lang != "zh":
        return 0
    return sum(1 for left, right in pairwise(split.heading) if is_spaced_han_pair(left, right))


@evidence("zh")
def han_inside_latin_heading(split: Split) -> int:
    """Chinese: each CJK word inside a heading that opens in Latin script (`Intro Jacob
    用`): the Chinese prose of the paragraph has begun."""
    if split.lang != "zh" or is_cjk_token(split.heading[0]):
        return 0
    return sum(1 for token in split.heading if is_cjk_token(token))


@evidence("en")
def title_case_goes_on_after_question(split: Split) -> bool:
    """English: a Title Case heading with `?`, `!` or `:` on an inner word, and after it two
    to eight words still in Title Case (`Is the Moat Gone? What the 2019 Forecast Got
    Wrong`): a heading of two parts, not a heading and a sentence."""
    heading = split.heading
    if not split.text.title_style:
        return False
    marks = [position for position, token in enumerate(heading[:-1])
             if token.endswith(("?", "!", ":"))]
    if not marks:
        return False
    after = heading[marks[-1] + 1 :]
    content = [token for token in after if is_content_word(token)]
    return 2 <= len(after) <= 8 and bool(content) and is_capitalised(after[0]) and all(
        is_capitalised(token) for token in content)
