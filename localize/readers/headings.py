"""Recovering where a heading ends when a page lost the line break after it.

`## [00:18] AI in Systematic Trading Man Group manages over $200 billion` must become the
heading `AI in Systematic Trading` and a paragraph starting `Man Group manages`. Every
possible split is scored with general evidence, never with a list of known headings: each
piece of evidence is a named predicate (`heading_shape_evidence`, `heading_start_evidence`,
`heading_page_evidence`) and counts with its weight from the one table in
`heading_weights`. `explain` says which evidence fired for a split and with what weight.

When the best split does not beat the next best by a clear margin, the split is marked
uncertain so that `show` can ask a person to review it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from statistics import median

from localize.readers import heading_page_evidence, heading_shape_evidence, heading_start_evidence
from localize.readers.heading_candidate import HeadingText, Split
from localize.readers.heading_evidence import Evidence, collect
from localize.readers.heading_page import PageStatistics
from localize.readers.heading_weights import WEIGHTS
from localize.readers.heading_words import INNER_SENTENCE_END, ends_sentence

__all__ = ["EVIDENCE", "HeadingSplit", "PageStatistics", "explain", "split_heading"]

MAX_HEADING_WORDS = 24
UNCERTAIN_MARGIN = 1.0

EVIDENCE: tuple[Evidence, ...] = collect(
    heading_shape_evidence, heading_start_evidence, heading_page_evidence)
# Evidence that compares a split with the summary's other headings, split without it first.
_COMPARING = frozenset({"length_unlike_other_headings"})


@dataclass(frozen=True)
class Fired:
    """One piece of evidence that fired for a split: its strength and weight."""

    name: str
    strength: float
    weight: float

    @property
    def contribution(self) -> float:
        return self.strength * self.weight


@dataclass(frozen=True)
class ScoredSplit:
    """A candidate heading of `words` tokens, its score and the evidence behind it."""

    words: int
    score: float
    fired: tuple[Fired, ...]


@dataclass(frozen=True)
class HeadingSplit:
    """A heading, the text that followed it, and whether the split is a guess.

    `candidates` holds every split that was scored, best first (none when the text was
    taken whole), so that `explain` can show why this one won.
    """

    heading: str
    rest: str
    uncertain: bool
    tokens: tuple[str, ...] = ()
    candidates: tuple[ScoredSplit, ...] = ()

    @property
    def words(self) -> int:
        return len(self.heading.split())


def score_split(split: Split, weights: Mapping[str, float] = WEIGHTS) -> ScoredSplit:
    """Every piece of evidence with a weight, evaluated on one candidate split."""
    fired = []
    for piece in EVIDENCE:
        weight = weights.get(piece.name, 0.0)
        if weight == 0.0:
            continue
        strength = piece(split)
        if strength:
            fired.append(Fired(piece.name, strength, weight))
    # rounded so that equal evidence gives equal scores whatever the order of the sum
    score = round(sum(item.contribution for item in fired), 9)
    return ScoredSplit(split.words, score, tuple(fired))


def _is_whole_heading(tokens: list[str]) -> bool:
    """Short text with no sentence end (or only a final `?`/`!`): a heading with no body."""
    ends = [index for index, token in enumerate(tokens)
            if ends_sentence(token) or INNER_SENTENCE_END.search(token[:-1])]
    only_a_question = ends == [len(tokens) - 1] and tokens[-1].endswith(("?", "!"))
    return len(tokens) <= MAX_HEADING_WORDS and (not ends or only_a_question)


def _scored_candidates(heading_text: HeadingText, weights: Mapping[str, float]
                       ) -> list[ScoredSplit]:
    """Every split of the text scored with the evidence that does not compare it with the
    summary's other headings; remembered, since those comparisons split every heading."""
    key = ("candidates", heading_text.raw.strip(), heading_text.lang, tuple(weights.items()))
    remembered: list[ScoredSplit] | None = heading_text.statistics.memo.get(key)
    if remembered is None:
        limit = min(len(heading_text.tokens) - 1, MAX_HEADING_WORDS)
        remembered = [score_split(Split(heading_text, words), weights)
                      for words in range(1, limit + 1)]
        heading_text.statistics.memo[key] = remembered
    return remembered


def _typical_words(text: str, lang: str | None, statistics: PageStatistics,
                   weights: Mapping[str, float]) -> float | None:
    """The median length of the summary's other headings, each split without comparing
    lengths, counting only splits that are not uncertain (at least three of them)."""
    summary = statistics.summary_of(text)
    if summary is None:
        return None
    base = {**weights, **dict.fromkeys(_COMPARING, 0.0)}
    key = ("lengths", summary, lang, tuple(base.items()))
    lengths: dict[str, int] | None = statistics.memo.get(key)
    if lengths is None:
        lengths = {}
        for other in statistics.headings[summary]:
            split = split_heading(other, lang, statistics, base)
            if not split.uncertain:
                lengths[other] = split.words
        statistics.memo[key] = lengths
    others = [words for other, words in lengths.items() if other != text.strip()]
    return float(median(others)) if len(others) >= 3 else None


def split_heading(text: str, lang: str | None, statistics: PageStatistics,
                  weights: Mapping[str, float] = WEIGHTS) -> HeadingSplit:
    """Split `text` (what followed `## [TS] `) into heading and the start of the body."""
    spans = [match.span() for match in re.finditer(r"\S+", text)]
    tokens = [text[start:end] for start, end in spans]
    if not tokens:
        return HeadingSplit("", "", False)
    if _is_whole_heading(tokens):
        return HeadingSplit(text.strip(), "", False, tuple(tokens))
    comparing = any(weights.get(name, 0.0) for name in _COMPARING)
    base = {**weights, **dict.fromkeys(_COMPARING, 0.0)} if comparing else weights
    scored = _scored_candidates(HeadingText(tokens, lang, statistics, text), base)
    if comparing:
        typical = _typical_words(text, lang, statistics, weights)
        if typical is not None:
            compared = HeadingText(tokens, lang, statistics, text, typical)
            only = {name: weight for name, weight in weights.items() if name in _COMPARING}
            scored = [_combine(candidate, score_split(Split(compared, candidate.words), only))
                      for candidate in scored]
    ranked = sorted(scored, key=lambda candidate: (candidate.score, candidate.words),
                    reverse=True)
    best = ranked[0]
    runner_up = ranked[1].score if len(ranked) > 1 else best.score - 10.0
    return HeadingSplit(
        heading=text[: spans[best.words - 1][1]].strip(),
        rest=text[spans[best.words][0] :].strip(),
        uncertain=best.score - runner_up < UNCERTAIN_MARGIN,
        tokens=tuple(tokens),
        candidates=tuple(ranked),
    )


def _combine(first: ScoredSplit, second: ScoredSplit) -> ScoredSplit:
    return ScoredSplit(first.words, round(first.score + second.score, 9),
                       first.fired + second.fired)


def _describe(split: HeadingSplit, scored: ScoredSplit, label: str) -> list[str]:
    heading = " ".join(split.tokens[: scored.words])
    opening = " ".join(split.tokens[scored.words : scored.words + 6])
    lines = [f"{label}: {scored.words} words, score {scored.score:+.2f}: "
             f"[{heading}] | {opening} ..."]
    for item in sorted(scored.fired, key=lambda fired: -abs(fired.contribution)):
        count = f" x{item.strength:g}" if item.strength != 1 else ""
        lines.append(f"    {item.contribution:+6.2f}  {item.name}{count}")
    if not scored.fired:
        lines.append("    (no evidence fired)")
    return lines


def explain(split: HeadingSplit, expected_words: int | None = None) -> str:
    """Which evidence fired for the chosen split, with what weight, against the runner-up
    (or against the split of `expected_words` words, when that is not the one chosen)."""
    if not split.candidates:
        return f"[{split.heading}]: taken whole (no sentence end, at most " \
               f"{MAX_HEADING_WORDS} words); no split was scored"
    chosen = split.candidates[0]
    margin = chosen.score - split.candidates[1].score if len(split.candidates) > 1 else 0.0
    lines = _describe(split, chosen, "chosen")
    lines[0] += f" (margin {margin:.2f}{', uncertain' if split.uncertain else ''})"
    other = next((scored for scored in split.candidates[1:]
                  if scored.words == expected_words), None)
    if other is not None:
        lines.extend(_describe(split, other, "expected"))
    elif expected_words is None and len(split.candidates) > 1:
        lines.extend(_describe(split, split.candidates[1], "runner-up"))
    return "\n".join(lines)
