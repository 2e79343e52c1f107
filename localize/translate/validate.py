"""Checking one translated segment at once, with the checker's own pair checks.

The validator adds only what belongs to transport (an empty answer, a line break, a
placeholder the model lost); every judgement of the translation itself is a pair check of
`localize.check`, so an answer accepted here passes `localize check` by construction. Each
error-level finding becomes a sentence the repair prompt quotes back to the model.
"""

from __future__ import annotations

from localize.check import CheckContext, TextPair, check_pair
from localize.document.segments import SegmentKind
from localize.findings import Finding, Severity
from localize.translate.protect import Protector

LINE_BREAKS = ("\n", "\r", "\u2028", "\u2029", "\x0b", "\x0c", "\x85")
"""Everything a reader of the edition could take for the end of a line."""


class Validator:
    """The checks a model's answer must pass before it is accepted."""

    def __init__(self, context: CheckContext, protector: Protector) -> None:
        self.context = context
        self.protector = protector

    def findings(self, segment: str, kind: SegmentKind, source: str, answer: str
                 ) -> list[Finding]:
        """What the checker's pair checks find in `answer` as a translation of `source`."""
        pair = TextPair(segment, kind, None, None, source, self.protector.unprotect(answer))
        return check_pair(pair, self.context)

    def violations(self, segment: str, kind: SegmentKind, source: str, answer: str
                   ) -> list[str]:
        """What is wrong with `answer` (empty when nothing), each as a repair instruction."""
        plain = self.protector.unprotect(answer)
        if not plain.strip():
            return ["the translation is empty"]
        found: list[str] = []
        if any(mark in plain.strip() for mark in LINE_BREAKS):
            found.append("write the translation on one line, without line breaks")
        found.extend(f"keep {span!r} exactly as written"
                     for span in self.protector.missing(source, answer))
        found.extend(f"{finding.message} ({finding.code})"
                     for finding in self.findings(segment, kind, source, answer)
                     if finding.severity is Severity.ERROR
                     and finding.code != "protected.altered")  # said above, from the marks
        return list(dict.fromkeys(found))
