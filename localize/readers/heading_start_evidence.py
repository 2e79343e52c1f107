"""Evidence from the paragraph's first words: does a sentence begin where the heading ends?"""

from __future__ import annotations

from localize.readers.heading_candidate import Split
from localize.readers.heading_evidence import evidence
from localize.readers.heading_words import (
    KOREAN_PARTICLE_SUFFIX,
    KOREAN_TOPIC_PARTICLES,
    ROLE_NOUNS,
    SENTENCE_STARTERS,
    SMALL_WORDS,
    STRONG_STARTERS,
    ends_sentence,
    has_script,
    is_capitalised,
    is_cjk_token,
    is_lower_latin,
    is_sentence_starter,
    is_spaced_han_pair,
    normalise,
)
from localize.text.script import script_of


@evidence("all")
def paragraph_opens_lowercase(split: Split) -> bool:
    """The paragraph would open on a lowercase Latin word: English sentences never do,
    and in a Korean or Chinese summary only a term right before CJK text may."""
    if not is_lower_latin(split.first):
        return False
    return not (split.text.cjk_summary and any(is_cjk_token(word)
                                               for word in split.following[:2]))


@evidence("ko zh")
def paragraph_opens_with_lowercase_term(split: Split) -> bool:
    """Korean, Chinese: the paragraph would open on a lowercase Latin term followed by CJK
    text (`post-training 这块`): possible, a little unlikely."""
    return is_lower_latin(split.first) and split.text.cjk_summary and any(
        is_cjk_token(word) for word in split.following[:2])


@evidence("en")
def paragraph_opens_with_pronoun_or_article(split: Split) -> bool:
    """English: the paragraph would open on a capitalised pronoun or determiner (`The`,
    `She`, `Their`), the commonest way a sentence begins."""
    return is_sentence_starter(split.first) and normalise(split.first) in STRONG_STARTERS


@evidence("en")
def paragraph_opens_with_sentence_word(split: Split) -> bool:
    """English: the paragraph would open on another capitalised word sentences begin with
    (`After`, `Using`, `Most`, `When`), after a sentence-case heading."""
    return is_sentence_starter(split.first) and normalise(split.first) not in STRONG_STARTERS \
        and not split.text.title_style


@evidence("en")
def paragraph_opens_with_sentence_word_after_title_case(split: Split) -> bool:
    """English: as above after a Title Case heading, where such words (`In`, `Using`) are
    also capitalised inside the heading, so they say less."""
    return is_sentence_starter(split.first) and normalise(split.first) not in STRONG_STARTERS \
        and split.text.title_style


@evidence("all")
def paragraph_opens_with_quote_or_number(split: Split) -> bool:
    """The paragraph would open on a quotation mark, bracket, backtick, `$` or a digit."""
    first = split.first
    return first[:1] in "\"'“‘(`$" or first[:1].isdigit()


@evidence("en")
def paragraph_opens_with_label(split: Split) -> bool:
    """The paragraph would open on a capitalised label with a colon (`Books: ...`)."""
    return is_capitalised(split.first) and split.first.endswith(":")


def _korean_start(split: Split) -> str | None:
    """`latin-topic` (`Kang은`), `topic` (`바둑은`, a stem the page uses), `subject` (`-이`,
    `-가` on such a stem) or None."""
    stripped = split.first.rstrip(",.")
    if not has_script(stripped, "hangul") or not stripped.endswith(KOREAN_TOPIC_PARTICLES):
        return None
    if KOREAN_PARTICLE_SUFFIX.search(stripped):
        return "latin-topic"
    if not split.statistics.has_particle(stripped, attested=True):
        return None
    return "topic" if stripped.endswith(("은", "는")) else "subject"


@evidence("ko")
def paragraph_opens_with_latin_name_and_particle(split: Split) -> bool:
    """Korean: the paragraph would open on a Latin-script name with a topic or subject
    particle (`Kang은`, `OpenAI가`)."""
    return _korean_start(split) == "latin-topic"


@evidence("ko")
def paragraph_opens_with_korean_topic(split: Split) -> bool:
    """Korean: the paragraph would open on a topic (`-은`, `-는`) whose stem the page uses
    elsewhere (`바둑은`)."""
    return _korean_start(split) == "topic"


@evidence("ko")
def paragraph_opens_with_korean_subject(split: Split) -> bool:
    """Korean: the paragraph would open on a subject (`-이`, `-가`) whose stem the page
    uses elsewhere."""
    return _korean_start(split) == "subject"


@evidence("ko")
def latin_name_after_korean_heading(split: Split) -> bool:
    """Korean: a capitalised Latin word right after a Hangul word: Korean sentences often
    open on a name in Latin script (`... 중 Bloomberg 보도에`)."""
    return split.text.korean and is_capitalised(split.first) and has_script(split.last,
                                                                            "hangul")


@evidence("zh")
def han_paragraph_after_latin_heading(split: Split) -> bool:
    """Chinese: Han text would open the paragraph right after a word without CJK (`Intro
    雅各布`): English headings, Chinese prose."""
    return split.lang == "zh" and has_script(split.first, "han") and not is_cjk_token(
        split.last)


@evidence("zh")
def space_between_han_characters(split: Split) -> bool:
    """Chinese: the split falls on a space between two Han characters; Chinese prose writes
    none, so the space is the lost line break."""
    return split.lang == "zh" and script_of(split.first[0]) == "han" and is_spaced_han_pair(
        split.last, split.first)


@evidence("all")
def paragraph_repeats_heading_word(split: Split) -> bool:
    """The paragraph's first word is a word of the heading (an English plural counts as its
    singular): paragraphs often open by repeating the heading's subject."""
    bare = _stem(normalise(split.first))
    return bool(bare) and bare in {_stem(normalise(word)) for word in split.heading}


def _stem(word: str) -> str:
    """An English plural's singular, roughly (`humanoids`, `humanoid`): enough to see a
    word repeated."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") \
        else word


@evidence("en zh")
def paragraph_opens_with_name_and_verb(split: Split) -> bool:
    """A capitalised word, maybe a name the page writes together, then a verb (`Feldman
    describes`, `Jacob 先问`); in Chinese only for a name the page capitalises elsewhere."""
    first = split.first
    return is_capitalised(first) and split.text.verb_follows(split.following, first) and (
        split.lang != "zh" or split.statistics.is_name(first))


@evidence("en")
def sentence_opens_later(split: Split) -> int:
    """English: each capitalised pronoun or determiner among the paragraph's next two words
    that no punctuation explains (`Off The conversation`): the sentence opens there."""
    count = 0
    tokens = split.tokens
    for offset, word in enumerate(split.following[:2], start=1):
        before = tokens[split.words + offset - 1]
        if is_capitalised(word) and normalise(word) in STRONG_STARTERS and not (
                ends_sentence(before) or before.endswith((":", ";", ",", "—"))):
            count += 1
    return count


@evidence("ko zh")
def latin_run_opens_cjk_paragraph(split: Split) -> bool:
    """Korean, Chinese: the paragraph would open on three words without any CJK (`Omni a
    World`); in these summaries the prose is CJK, and a Latin name or term opening it is
    followed by CJK at once (`Oriol 给`, `Kang은`), so these words still belong to the
    heading."""
    if not split.text.cjk_summary:
        return False
    opening = [split.first, *split.following[:2]]
    return len(opening) == 3 and not any(is_cjk_token(word) for word in opening)


@evidence("en")
def paragraph_opens_on_the_speakers(split: Split) -> bool:
    """English: the paragraph would open on the people of the show: a capitalised role
    noun before a name (`Host Sarah Guo`), or a determiner before a role noun (`The guests`,
    `Both hosts`), the way a summary's sentences about its speakers begin."""
    first, following = split.first, split.following
    if not following or not is_capitalised(first):
        return False
    if normalise(first) in ROLE_NOUNS:
        return is_capitalised(following[0])
    return normalise(following[0]) in ROLE_NOUNS and normalise(first) in SENTENCE_STARTERS


@evidence("en")
def sentence_about_a_person_opens_later(split: Split) -> bool:
    """English: within the paragraph's first words (before any punctuation) a lowercase
    word is followed by a name the page uses and its verb (`... mislead young builders
    Jordan addresses`): a sentence about a person opens there, so the heading goes on."""
    tokens = split.tokens
    end = min(len(tokens) - 1, split.words + 12)
    for index in range(split.words + 1, end):
        before = tokens[index - 1]
        if before[-1:] in ",.;:!?—–\"'”’)" or not is_lower_latin(before) or \
                before.lower() in SMALL_WORDS:
            if before[-1:] in ".;:!?":
                return False  # the first sentence ended first
            continue
        subject, verb = tokens[index], tokens[index + 1]
        if is_capitalised(subject) and split.statistics.is_name(subject) and \
                verb[-1:].isalpha() and split.text.verb_follows([verb]):
            return True  # a verb that is not followed by a comma (`AR glasses,` is a noun)
    return False
