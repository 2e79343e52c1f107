"""A candidate split of one heading's text: what every piece of evidence looks at.

`HeadingText` holds what all the splits of one text share (its tokens, its language, the
page); `Split` is one of them: the first `words` tokens as the heading, the rest as the
paragraph.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cached_property
from itertools import pairwise

from localize.readers.heading_page import PageStatistics
from localize.readers.heading_words import (
    SMALL_WORDS,
    case_key,
    has_script,
    is_capitalised,
    is_cjk_token,
    is_content_word,
    is_lower_latin,
    normalise,
)


class HeadingText:
    """The tokens after `## [TS] `, in a summary of language `lang`, on a page."""

    def __init__(self, tokens: list[str], lang: str | None, statistics: PageStatistics,
                 raw: str = "", typical_words: float | None = None) -> None:
        self.tokens = tokens
        self.lang = lang
        self.statistics = statistics
        self.raw = raw
        self.local_pairs = Counter((normalise(a), normalise(b)) for a, b in pairwise(tokens))
        self.local_name_pairs = Counter((case_key(a), case_key(b)) for a, b in pairwise(tokens))
        self.korean = has_script(tokens[0], "hangul") or lang == "ko"
        self.cjk_summary = lang in ("ko", "zh")
        self.summary = statistics.summary_of(raw)
        self.typical_words = typical_words
        """The usual length of the other headings of the same summary, when known."""

    def pair_elsewhere(self, left: str, right: str) -> int:
        """How often the page writes these two words side by side outside this text."""
        key = (normalise(left), normalise(right))
        return self.statistics.pairs[key] - self.local_pairs[key]

    def name_pair_elsewhere(self, left: str, right: str) -> bool:
        """The page writes these two capitalised words together outside this text."""
        key = (case_key(left), case_key(right))
        return self.statistics.name_pairs[key] - self.local_name_pairs[key] > 0

    @cached_property
    def title_style(self) -> bool:
        """True when the first content words that are not names (two or three of them) are
        all capitalised, as in Title Case headings."""
        content: list[str] = []
        for token in self.tokens[:8]:
            if is_cjk_token(token):
                break
            if is_content_word(token) and not self.statistics.is_name(token):
                content.append(token)
        return len(content) >= 2 and all(is_capitalised(token) for token in content[:2])

    def verb_follows(self, following: list[str], first: str | None = None) -> bool:
        """`Feldman describes`, `Host Tim Scarfe introduces`, `Jacob 先问`: a name, a verb.

        Capitalised words between `first` and the verb must be one name the page writes
        together (`Tim Scarfe`); otherwise only the word right before the verb is its subject.
        """
        previous = first
        for word in following:
            if is_capitalised(word):
                if previous is not None and not self.name_pair_elsewhere(previous, word):
                    return False
                previous = word
                continue
            if self.lang == "zh" and has_script(word, "han"):
                return True
            bare = normalise(word)
            return len(bare) > 3 and is_lower_latin(word) and bare.endswith(("s", "ed"))
        return False

    @cached_property
    def title_run_split(self) -> int | None:
        """Where a heading ends when the first sentence opens with a capitalised run (a name)
        followed by a lowercase word (its verb) or a CJK word: just before that run."""
        tokens = self.tokens
        stop = next((index for index, token in enumerate(tokens) if index > 0 and (
            is_cjk_token(token) or (is_lower_latin(token) and token.lower() not in SMALL_WORDS)
        )), None)
        if stop is None:
            return None
        if is_lower_latin(tokens[stop]) and self.cjk_summary:
            return None  # a lowercase term may open a Chinese or Korean sentence itself
        if not self.title_style and not self.verb_follows(tokens[stop : stop + 1]):
            return None  # in a sentence-case heading a lowercase word is no evidence
        run = stop - 1
        while run >= 1 and tokens[run].lower() in SMALL_WORDS and not is_capitalised(
                tokens[run]):
            run -= 1  # `Over the last`: the sentence opens on the capital before small words
        if run < 1 or not is_capitalised(tokens[run]):
            return None
        while run - 1 >= 1 and is_capitalised(tokens[run - 1]) and \
                self.name_pair_elsewhere(tokens[run - 1], tokens[run]):
            run -= 1
        return run if run >= 1 else None


@dataclass(frozen=True)
class Split:
    """The first `words` tokens of `text` as the heading, the others as its paragraph."""

    text: HeadingText
    words: int

    @property
    def tokens(self) -> list[str]:
        return self.text.tokens

    @property
    def heading(self) -> list[str]:
        return self.text.tokens[: self.words]

    @property
    def last(self) -> str:
        """The heading's last word."""
        return self.text.tokens[self.words - 1]

    @property
    def first(self) -> str:
        """The paragraph's first word (there always is one: the whole text is never split)."""
        return self.text.tokens[self.words]

    @property
    def following(self) -> list[str]:
        """The three words after the paragraph's first."""
        return self.text.tokens[self.words + 1 : self.words + 4]

    @property
    def lang(self) -> str | None:
        return self.text.lang

    @property
    def statistics(self) -> PageStatistics:
        return self.text.statistics
