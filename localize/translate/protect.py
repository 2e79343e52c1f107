"""Protected spans: names, keep-terms, timestamps, URLs and inline code travel to the
model wrapped in ⟦ ⟧, stay visible (so Korean particles can agree with a name), and must
come back unchanged."""

from __future__ import annotations

import re
from collections.abc import Iterable

OPEN, CLOSE = "⟦", "⟧"
_FIXED = re.compile(
    r"https?://\S+[^\s.,;:!?)\]]|`[^`\n]+`|\b\d{1,2}:\d{2}(?::\d{2})?\b")


class Protector:
    """Marks protected spans in source texts and checks and unmarks them in answers."""

    def __init__(self, names: Iterable[str]) -> None:
        cleaned = sorted({name.strip() for name in names if len(name.strip()) > 1},
                         key=len, reverse=True)
        alternatives = "|".join(re.escape(name) for name in cleaned)
        names_pattern = rf"(?<![A-Za-z0-9]){alternatives}(?![A-Za-z0-9])" if cleaned else None
        parts = [_FIXED.pattern, *([names_pattern] if names_pattern else [])]
        self._pattern = re.compile("|".join(f"(?:{part})" for part in parts))

    def spans(self, text: str) -> list[str]:
        """The protected spans of a text, in order."""
        return [match.group() for match in self._pattern.finditer(text)]

    def protect(self, text: str) -> str:
        """The text with each protected span wrapped in ⟦ ⟧."""
        return self._pattern.sub(lambda match: f"{OPEN}{match.group()}{CLOSE}", text)

    @staticmethod
    def unprotect(text: str) -> str:
        """The text without the ⟦ ⟧ marks."""
        return text.replace(OPEN, "").replace(CLOSE, "")

    def missing(self, source: str, answer: str) -> list[str]:
        """Protected spans of the source that the answer lost or altered."""
        plain = self.unprotect(answer)
        return [span for span in dict.fromkeys(self.spans(source)) if span not in plain]
