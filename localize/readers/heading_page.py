"""What the rest of a page says, for judging one heading: word pairs, names, vocabulary,
the entity lists and overviews, and which headings belong to the same summary."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from itertools import pairwise
from typing import Any

from localize.readers.heading_words import (
    CJK_THEN_LATIN,
    KOREAN_PARTICLE_SUFFIX,
    KOREAN_PARTICLES,
    KOREAN_STRONG_PARTICLES,
    case_key,
    ends_sentence,
    is_capitalised,
    is_cjk_context,
    normalise,
    title_runs,
)
from localize.text.timestamps import TIMESTAMP_PATTERN, is_timestamp, to_seconds

# A heading piece as the page shows it: `[12:30] – Heading and then its paragraph` (the
# summary-page reader takes the time and dash off the same way before splitting).
TIMED_HEADING = re.compile(
    rf"^\[(?P<ts>{TIMESTAMP_PATTERN})\]\s*(?P<prefix>[–—-]\s+)?(?P<rest>.*)$", re.S)
# An entity item as the page shows it: `**Maria Lopez** (person): host of ...`.
_ENTITY_ITEM = re.compile(r"^\*\*(?P<name>[^*]{1,80})\*\*")


class PageStatistics:
    """What the rest of the page says: word pairs that belong together, names, vocabulary.

    Texts arrive in page order. A timed heading whose time does not move forward starts a
    new summary; the text before a summary's first heading is its overview.
    """

    def __init__(self, texts: Iterable[str]) -> None:
        self.pairs: Counter[tuple[str, str]] = Counter()
        self.name_pairs: Counter[tuple[str, str]] = Counter()
        self.names: Counter[str] = Counter()
        self.vocabulary: set[str] = set()
        self.entity_names: dict[str, set[tuple[str, ...]]] = {}
        """The names of the page's entity lists, by their first word."""
        self.overview_pairs: list[set[tuple[str, str]]] = [set()]
        self.headings: list[list[str]] = [[]]
        self.summary_of_heading: dict[str, int] = {}
        self._last_seconds = -1
        self.memo: dict[Any, Any] = {}
        """What the splitter worked out about the page once and asks again (heading lengths)."""
        for text in texts:
            self.add(text)

    def add(self, text: str) -> None:
        """Count the adjacent word pairs and the mid-sentence capitalised words of a text."""
        self._place(text)
        tokens = CJK_THEN_LATIN.sub(" ", text).split()
        in_title_run = title_runs(tokens)
        for index, token in enumerate(tokens):
            self.vocabulary.add(normalise(token))
            if index + 1 < len(tokens):
                following = tokens[index + 1]
                self.pairs[(normalise(token), normalise(following))] += 1
                if is_capitalised(token) and is_capitalised(following):
                    self.name_pairs[(case_key(token), case_key(following))] += 1
            # CJK scripts have no capitals: a capitalised word after CJK text is a name.
            after_cjk = index > 0 and is_cjk_context(tokens[index - 1])
            sentence_start = index == 0 or (ends_sentence(tokens[index - 1]) and not after_cjk)
            label = token.startswith("(")  # `(Software):` is a type label, not a name
            if not sentence_start and is_capitalised(token) and not in_title_run[index] \
                    and not label:
                self.names[normalise(token)] += 1

    def _place(self, text: str) -> None:
        """Note where on the page a text stands: heading, entity or overview of a summary."""
        timed = TIMED_HEADING.match(text)
        if timed is not None:
            # a time that is not one (`[00:75]`) is the reader's error to report, not ours
            written = timed.group("ts")
            seconds = to_seconds(written) if is_timestamp(written) else self._last_seconds + 1
            if seconds <= self._last_seconds:
                self.headings.append([])
                self.overview_pairs.append(set())
            self._last_seconds = seconds
            rest = timed.group("rest").strip()
            self.headings[-1].append(rest)
            self.summary_of_heading.setdefault(rest, len(self.headings) - 1)
            return
        entity = _ENTITY_ITEM.match(text)
        if entity is not None:
            name = tuple(normalise(word) for word in entity.group("name").split())
            if len(name) >= 2:
                self.entity_names.setdefault(name[0], set()).add(name)
        elif not self.headings[-1]:
            words = [normalise(word) for word in CJK_THEN_LATIN.sub(" ", text).split()]
            self.overview_pairs[-1].update(pairwise(words))

    def is_name(self, token: str) -> bool:
        """A word the page writes capitalised in mid-sentence at least twice."""
        return self.names[normalise(token)] >= 2

    def has_particle(self, token: str, attested: bool = False) -> bool:
        """A Korean word ending in a case particle: after a Latin stem, after a stem the page
        uses elsewhere, or (unless `attested` is asked for) a particle that is rarely anything
        else (`을`, `를`, `에서`...)."""
        bare = token.rstrip("\"'”’),.")
        for particle in KOREAN_PARTICLES:
            if bare.endswith(particle) and len(bare) > len(particle):
                stem = bare[: -len(particle)]
                if KOREAN_PARTICLE_SUFFIX.search(bare) or stem.lower() in self.vocabulary:
                    return True
                if particle in KOREAN_STRONG_PARTICLES and not attested:
                    return True
        return False

    def opens_like_entity(self, tokens: list[str]) -> bool:
        """The tokens begin with a whole name (of two words or more) from the page's entity
        lists."""
        words = tuple(normalise(token) for token in tokens[:4])
        return bool(words) and any(words[: len(name)] == name
                                   for name in self.entity_names.get(words[0], ()))

    def in_overview(self, summary: int | None, left: str, right: str) -> bool:
        """The overview of that summary writes these two words side by side."""
        if summary is None:
            return False
        return (normalise(left), normalise(right)) in self.overview_pairs[summary]

    def summary_of(self, heading_text: str) -> int | None:
        """Which summary of the page a heading's text (time and dash removed) belongs to."""
        return self.summary_of_heading.get(heading_text.strip())
