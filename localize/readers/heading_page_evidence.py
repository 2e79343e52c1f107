"""Evidence from the rest of the page: names it uses, words it writes side by side."""

from __future__ import annotations

import math

from localize.readers.heading_candidate import Split
from localize.readers.heading_evidence import evidence
from localize.readers.heading_words import is_capitalised


@evidence("all")
def paragraph_opens_with_page_name(split: Split) -> bool:
    """The paragraph would open on a word the page writes capitalised in mid-sentence at
    least twice: a name, the usual subject of a summary's first sentence."""
    return is_capitalised(split.first) and split.statistics.is_name(split.first)


@evidence("en")
def name_then_verb_after_title_run(split: Split) -> bool:
    """English: the split falls just before the capitalised run (a name) that is followed
    by the first lowercase word, a verb (`... Trading Man Group manages`)."""
    return split.words == split.text.title_run_split


@evidence("all")
def split_breaks_page_word_pair(split: Split) -> bool:
    """The heading's last word and the paragraph's first stand side by side elsewhere on
    the page (`Man Group`, `Claude Code`): a split there breaks a phrase."""
    return split.text.pair_elsewhere(split.last, split.first) >= 1


@evidence("all")
def split_breaks_frequent_word_pair(split: Split) -> bool:
    """As above, and the page writes the pair together more than once."""
    return split.text.pair_elsewhere(split.last, split.first) > 1


@evidence("all")
def paragraph_opens_with_entity(split: Split) -> bool:
    """The paragraph would open on a whole name of two words or more from the page's entity
    lists (`Sam Altman`, `Mira Murati의`): summaries open paragraphs on the people they
    list. (One-word names, `OpenAI`, stand in headings as often.)"""
    return split.statistics.opens_like_entity(split.tokens[split.words : split.words + 4])


@evidence("all")
def paragraph_opens_like_overview(split: Split) -> bool:
    """The paragraph's first two words stand side by side in the summary's overview
    (`Maria Lopez`, `host Sarah`): paragraphs open on what the overview introduced."""
    following = split.following
    return bool(following) and split.statistics.in_overview(split.text.summary, split.first,
                                                            following[0])


@evidence("all")
def length_unlike_other_headings(split: Split) -> float:
    """The heading would be much shorter or much longer than the summary's other headings
    (their median, as split without this evidence): a summary keeps one heading style.
    Strength grows with the ratio: 0 up to 1.4 times, 1 at 2.8 times."""
    typical = split.text.typical_words
    if typical is None:
        return 0.0
    return max(0.0, abs(math.log2(split.words / typical)) - 0.5)
