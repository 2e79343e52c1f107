"""Timestamps as written in summaries: `MM:SS`, `H:MM:SS`, `HH:MM:SS`, and the `[M, S]` variant."""

from __future__ import annotations

import re

TIMESTAMP_PATTERN = r"\d{1,2}:\d{2}(?::\d{2})?"
_TIMESTAMP = re.compile(rf"^{TIMESTAMP_PATTERN}$")
_PAIR = re.compile(r"^\[?\s*(\d{1,3})\s*,\s*(\d{1,2})\s*\]?$")


def is_timestamp(text: str) -> bool:
    """True when text is a timestamp in one of the written forms (`05:02`, `1:02:44`)."""
    if not _TIMESTAMP.match(text):
        return False
    parts = [int(part) for part in text.split(":")]
    return all(part < 60 for part in parts[1:])


def to_seconds(text: str) -> int:
    """Seconds from the start for a written timestamp."""
    if not is_timestamp(text):
        raise ValueError(f"not a timestamp: {text!r}")
    seconds = 0
    for part in text.split(":"):
        seconds = seconds * 60 + int(part)
    return seconds


def from_seconds(seconds: int) -> str:
    """The canonical written form: `MM:SS` under an hour, `H:MM:SS` from an hour on."""
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes:02d}:{secs:02d}"


def from_minute_second_pair(text: str) -> str | None:
    """Read the `[2, 43]` form (2 min 43 s) some pages use; None when text is not that form."""
    match = _PAIR.match(text.strip())
    if not match:
        return None
    minutes, seconds = int(match.group(1)), int(match.group(2))
    if seconds >= 60:
        return None
    return from_seconds(minutes * 60 + seconds)
