"""Recognising page chrome: the site's own words around the content."""

from __future__ import annotations

import re

# A channel or site name glued to the title when the page was scraped: `a16zBuilding the ...`.
_GLUED_PREFIX = re.compile(r"^(?P<prefix>[a-z0-9][a-z0-9]{2,})(?P<rest>[A-Z][a-z]{3,}\b.*)$")
_SENTENCE_END = re.compile(r"[.!?。！？]$")


def split_glued_prefix(title: str) -> tuple[str, str]:
    """(prefix, title) when a lowercase name is glued to the title; ('', title) otherwise."""
    match = _GLUED_PREFIX.match(title.strip())
    if match is None or (not any(character.isdigit() for character in match.group("prefix")) \
            and len(match.group("prefix")) < 4):
        return "", title.strip()
    return match.group("prefix"), match.group("rest")


def is_label_like(line: str, max_words: int = 4) -> bool:
    """A short line without sentence punctuation: a button, a tab, a section label."""
    stripped = line.strip()
    return bool(stripped) and len(stripped.split()) <= max_words and not _SENTENCE_END.search(
        stripped) and not stripped.startswith("- ")


def is_heading_like(line: str, max_words: int = 16) -> bool:
    """A line that can be a chapter heading: short, not a sentence."""
    stripped = line.strip()
    return bool(stripped) and len(stripped.split()) <= max_words and not _SENTENCE_END.search(
        stripped)


def is_paragraph_like(line: str) -> bool:
    """A line of prose: several words ending like a sentence."""
    stripped = line.strip()
    return len(stripped.split()) >= 6 and bool(_SENTENCE_END.search(stripped.rstrip("\"'”’)")))
