"""Cutting segments into batches by a token budget, and estimating tokens."""

from __future__ import annotations

from localize.text.script import is_cjk
from localize.translate.model import SourceSegment

CHARACTERS_PER_TOKEN = 3.6
"""Latin text; CJK counts about a token per character."""


def estimate_tokens(text: str) -> int:
    """A rough token count: a token per CJK character, one per 3.6 other characters."""
    cjk = sum(1 for character in text if is_cjk(character))
    return int(cjk + (len(text) - cjk) / CHARACTERS_PER_TOKEN) + 1


def make_batches(segments: list[SourceSegment], budget: int) -> list[list[SourceSegment]]:
    """Consecutive segments grouped so that each batch's text stays within `budget` tokens
    (a longer segment goes alone)."""
    batches: list[list[SourceSegment]] = []
    current: list[SourceSegment] = []
    used = 0
    for segment in segments:
        cost = estimate_tokens(segment.text)
        if current and used + cost > budget:
            batches.append(current)
            current, used = [], 0
        current.append(segment)
        used += cost
    if current:
        batches.append(current)
    return batches
