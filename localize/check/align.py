"""Aligning two editions: sections, then the units within each pair of sections.

Structures that match pair by position, which is pairing by segment id. Otherwise timed
sections pair by timestamp and untimed ones by order, sections left over between the same
two anchors pair by order (a changed timestamp), and the rest are missing or extra; a pair
out of order is reordered. Within a pair, units of each kind pair by dynamic programming
on features every language shares (numbers, Latin names, length), so one dropped paragraph
does not shift every paragraph after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from localize.document.model import Document, Section
from localize.document.segments import Unit, section_units
from localize.text.numbers import find_numbers
from localize.text.timestamps import to_seconds

MATCH_THRESHOLD = 0.45
_LATIN_NAME = re.compile(r"\b[A-Z][A-Za-z0-9.+-]*[A-Za-z0-9]\b")


@dataclass
class UnitPair:
    """A unit of the source and its counterpart in the target; either may be missing."""

    kind: str
    source: Unit | None
    target: Unit | None


@dataclass
class SectionPair:
    """Two sections that correspond; numbers are 1-based positions (0 for the overview)."""

    source: Section | None
    target: Section | None
    source_number: int | None
    target_number: int | None
    units: list[UnitPair] = field(default_factory=list)
    reordered: bool = False


@dataclass
class Alignment:
    """Two editions side by side."""

    source: Document
    target: Document
    sections: list[SectionPair]
    length_ratio: float


def _key(section: Section) -> int | None:
    return to_seconds(section.timestamp) if section.timestamp else None


def _pair_sections(source: list[Section], target: list[Section]) -> list[tuple[int | None,
                                                                                int | None]]:
    if [_key(s) for s in source] == [_key(t) for t in target]:
        return [(index, index) for index in range(len(source))]
    pairs: dict[int, int] = {}
    used: set[int] = set()
    by_time: dict[int, list[int]] = {}
    for index, section in enumerate(target):
        key = _key(section)
        if key is not None:
            by_time.setdefault(key, []).append(index)
    for index, section in enumerate(source):
        key = _key(section)
        candidates = [other for other in by_time.get(key, []) if other not in used] \
            if key is not None else []
        if candidates:
            pairs[index] = candidates[0]
            used.add(candidates[0])
    untimed_source = [index for index, s in enumerate(source) if s.timestamp is None]
    untimed_target = [index for index, t in enumerate(target) if t.timestamp is None]
    for index, other in zip(untimed_source, untimed_target, strict=False):
        pairs[index] = other
        used.add(other)
    _pair_gaps(source, target, pairs, used)
    result: list[tuple[int | None, int | None]] = [(index, pairs.get(index))
                                                   for index in range(len(source))]
    result.extend((None, index) for index in range(len(target)) if index not in used)
    return result


def _pair_gaps(source: list[Section], target: list[Section], pairs: dict[int, int],
               used: set[int]) -> None:
    """Pair sections left over between the same two anchors, in order (a changed time)."""
    anchors = sorted(pairs.items())
    previous_target = -1
    for position in range(len(source)):
        if position in pairs:
            previous_target = max(previous_target, pairs[position])
            continue
        next_target = next((target_index for source_index, target_index in anchors
                            if source_index > position), len(target))
        free = [index for index in range(previous_target + 1, next_target)
                if index not in used and (source[position].timestamp is None) ==
                (target[index].timestamp is None)]
        if free:
            pairs[position] = free[0]
            used.add(free[0])
            previous_target = free[0]


def _longest_increasing(values: list[int]) -> set[int]:
    """Positions of a longest increasing subsequence (the pairs that are in order), in
    n log n: the smallest tail of each length, with a link back from every position."""
    tails: list[int] = []  # values[tails[k]] is the smallest tail of a run of length k + 1
    previous: list[int | None] = []
    for position, value in enumerate(values):
        length = _bisect_tails(values, tails, value)
        previous.append(tails[length - 1] if length else None)
        if length == len(tails):
            tails.append(position)
        else:
            tails[length] = position
    chain: set[int] = set()
    at = tails[-1] if tails else None
    while at is not None:
        chain.add(at)
        at = previous[at]
    return chain


def _bisect_tails(values: list[int], tails: list[int], value: int) -> int:
    """The first run length whose smallest tail is not below `value`."""
    low, high = 0, len(tails)
    while low < high:
        middle = (low + high) // 2
        if values[tails[middle]] < value:
            low = middle + 1
        else:
            high = middle
    return low


def _features(text: str) -> tuple[set[float], set[str]]:
    return ({number.key[0] for number in find_numbers(text)},
            {match.group() for match in _LATIN_NAME.finditer(text)})


def similarity(source: str, target: str, ratio: float) -> float:
    """How likely two texts in two languages say the same thing, from 0 to 1."""
    if not source or not target:
        return 0.0 if source or target else 1.0
    expected = max(1.0, len(source) * ratio)
    closeness = min(len(target) / expected, expected / len(target))
    source_numbers, source_names = _features(source)
    target_numbers, target_names = _features(target)
    scores = [closeness]
    for a, b in ((source_numbers, target_numbers), (source_names, target_names)):
        if a or b:
            scores.append(len(a & b) / len(a | b))
    return sum(scores) / len(scores)


def align_units(source: list[Unit], target: list[Unit], ratio: float) -> list[UnitPair]:
    """Pair the units of two sections, kind by kind, in source order."""
    pairs: list[UnitPair] = []
    for kind in dict.fromkeys([unit.kind for unit in source + target]):
        left = [unit for unit in source if unit.kind == kind]
        right = [unit for unit in target if unit.kind == kind]
        if len(left) == len(right):
            pairs.extend(UnitPair(kind, a, b) for a, b in zip(left, right, strict=True))
        else:
            pairs.extend(_dynamic(kind, left, right, ratio))
    return pairs


def _dynamic(kind: str, left: list[Unit], right: list[Unit], ratio: float) -> list[UnitPair]:
    rows, columns = len(left), len(right)
    score = [[0.0] * (columns + 1) for _ in range(rows + 1)]
    for i in range(rows - 1, -1, -1):
        for j in range(columns - 1, -1, -1):
            matched = similarity(left[i].text, right[j].text, ratio) - MATCH_THRESHOLD
            score[i][j] = max(score[i + 1][j + 1] + matched, score[i + 1][j], score[i][j + 1])
    pairs, i, j = [], 0, 0
    while i < rows or j < columns:
        if i < rows and j < columns and score[i][j] == score[i + 1][j + 1] + similarity(
                left[i].text, right[j].text, ratio) - MATCH_THRESHOLD:
            pairs.append(UnitPair(kind, left[i], right[j]))
            i, j = i + 1, j + 1
        elif i < rows and (j == columns or score[i][j] == score[i + 1][j]):
            pairs.append(UnitPair(kind, left[i], None))
            i += 1
        else:
            pairs.append(UnitPair(kind, None, right[j]))
            j += 1
    return pairs


def align(source: Document, target: Document, ratio: float = 1.0) -> Alignment:
    """Align two editions; `ratio` is the expected target/source length ratio."""
    source_units, target_units = section_units(source), section_units(target)
    overview = SectionPair(Section(heading="", blocks=source.overview),
                           Section(heading="", blocks=target.overview), 0, 0,
                           align_units(source_units[0], target_units[0], ratio))
    sections = [overview]
    raw = _pair_sections(source.sections, target.sections)
    in_order = _longest_increasing([t for s, t in raw if s is not None and t is not None])
    paired_position = 0
    for source_index, target_index in raw:
        left = source.sections[source_index] if source_index is not None else None
        right = target.sections[target_index] if target_index is not None else None
        units = align_units(
            source_units[source_index + 1] if source_index is not None else [],
            target_units[target_index + 1] if target_index is not None else [], ratio)
        pair = SectionPair(left, right, None if source_index is None else source_index + 1,
                           None if target_index is None else target_index + 1, units)
        if left is not None and right is not None:
            pair.reordered = paired_position not in in_order
            paired_position += 1
        sections.append(pair)
    return Alignment(source, target, sections, ratio)
