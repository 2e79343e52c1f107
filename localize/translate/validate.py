"""Checking one translated segment at once, with the checker's own pair checks.

The validator adds only what belongs to transport: what may enter a segment at all
(`localize.translate.admission`: one line, readable back, bounded, no credential) and the
placeholders a model must give back. Every judgement of the translation itself is a pair
check of `localize.check`, so an answer accepted here passes `localize check` by
construction. Each error-level finding becomes a sentence the repair prompt quotes back.
"""

from __future__ import annotations

from collections.abc import Iterable

from localize.check import CheckContext, TextPair, check_pair
from localize.document.segments import SegmentKind
from localize.findings import Finding, Severity
from localize.translate.admission import admission_problems
from localize.translate.protect import Protector

MIN_SECRET_LENGTH = 8


class Validator:
    """The checks a model's answer must pass before it is accepted."""

    def __init__(self, context: CheckContext, protector: Protector,
                 secrets: Iterable[str] = ()) -> None:
        self.context = context
        self.protector = protector
        # A credential too short to be a real one (a test's `k`) would match ordinary words.
        self.secrets = tuple(secret for secret in secrets if len(secret) >= MIN_SECRET_LENGTH)

    def admitted(self, answer: str) -> str:
        """The text an answer would enter the edition as: marks removed, ends trimmed."""
        return self.protector.unprotect(answer).strip()

    def findings(self, segment: str, kind: SegmentKind, source: str, answer: str
                 ) -> list[Finding]:
        """What the checker's pair checks find in `answer` as a translation of `source`."""
        pair = TextPair(segment, kind, None, None, source, self.admitted(answer))
        return check_pair(pair, self.context)

    def violations(self, segment: str, kind: SegmentKind, source: str, answer: str
                   ) -> list[str]:
        """What is wrong with `answer` (empty when nothing), each as a repair instruction."""
        plain = self.admitted(answer)
        found = admission_problems(kind, source, plain, self.context.target_lang,
                                   self.secrets)
        if not plain or any("credential" in problem for problem in found):
            return found  # nothing else to say about an empty answer or a leaked secret
        found.extend(f"keep {span!r} exactly as written"
                     for span in self.protector.missing(source, answer))
        found.extend(f"{finding.message} ({finding.code})"
                     for finding in self.findings(segment, kind, source, answer)
                     if finding.severity is Severity.ERROR
                     and finding.code != "protected.altered")  # said above, from the marks
        return list(dict.fromkeys(found))
