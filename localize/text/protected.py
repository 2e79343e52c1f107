"""Spans a translation carries over character for character: proper names, keep-terms,
URLs and inline code. The translator wraps them for the model; the checks verify them."""

from __future__ import annotations

import re
from collections.abc import Iterable

URL_OR_CODE = r"https?://\S+[^\s.,;:!?)\]]|`[^`\n]+`"


def names_pattern(names: Iterable[str]) -> str | None:
    """A pattern matching any of the names as a whole word (longest first), or None."""
    cleaned = sorted({name.strip() for name in names if len(name.strip()) > 1}, key=len,
                     reverse=True)
    if not cleaned:
        return None
    alternatives = "|".join(re.escape(name) for name in cleaned)
    return rf"(?<![A-Za-z0-9])(?:{alternatives})(?![A-Za-z0-9])"


class ProtectedSpans:
    """Finds the protected spans of a text and the ones a translation lost."""

    def __init__(self, names: Iterable[str], extra: Iterable[str] = ()) -> None:
        names_part = names_pattern(names)
        parts = [URL_OR_CODE, *extra, *([names_part] if names_part else [])]
        self.pattern = re.compile("|".join(f"(?:{part})" for part in parts))

    def spans(self, text: str) -> list[str]:
        """The protected spans of a text, in order."""
        return [match.group() for match in self.pattern.finditer(text)]

    def missing(self, source: str, target: str) -> list[str]:
        """Protected spans of the source that the target lost or altered, each once."""
        return [span for span in dict.fromkeys(self.spans(source)) if span not in target]
