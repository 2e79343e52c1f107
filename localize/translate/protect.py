"""Protected spans travel to the model wrapped in ⟦ ⟧, stay visible (so Korean particles
can agree with a name), and must come back unchanged. What is protected is decided by
`localize.text.protected`; timestamps are protected in transit too."""

from __future__ import annotations

from collections.abc import Iterable

from localize.text.protected import ProtectedSpans

OPEN, CLOSE = "⟦", "⟧"
_CLOCK = r"\b\d{1,2}:\d{2}(?::\d{2})?\b"


class Protector:
    """Marks protected spans in source texts and checks and unmarks them in answers."""

    def __init__(self, names: Iterable[str]) -> None:
        self._spans = ProtectedSpans(names, extra=[_CLOCK])

    def spans(self, text: str) -> list[str]:
        """The protected spans of a text, in order."""
        return self._spans.spans(text)

    def protect(self, text: str) -> str:
        """The text with each protected span wrapped in ⟦ ⟧."""
        return self._spans.pattern.sub(lambda match: f"{OPEN}{match.group()}{CLOSE}", text)

    @staticmethod
    def unprotect(text: str) -> str:
        """The text without the ⟦ ⟧ marks."""
        return text.replace(OPEN, "").replace(CLOSE, "")

    def missing(self, source: str, answer: str) -> list[str]:
        """Protected spans of the source that the answer lost or altered."""
        return self._spans.missing(source, self.unprotect(answer))
