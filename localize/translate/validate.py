"""Checking one translated segment at once: glossary, numbers, protected spans, language,
length. Every violation is a sentence the repair prompt can quote back to the model."""

from __future__ import annotations

from localize.check.context import LENGTH_RATIOS
from localize.detect import NameMask, detect_text
from localize.glossary import Compliance
from localize.text.numbers import compare_numbers
from localize.translate.protect import Protector

MIN_LENGTH_SHARE = 0.4
MIN_CHARACTERS_FOR_LENGTH = 60


class Validator:
    """The checks a model's answer must pass before it is accepted."""

    def __init__(self, source_lang: str, target_lang: str, compliance: Compliance | None,
                 protector: Protector, mask: NameMask) -> None:
        self.source_lang = source_lang
        self.target_lang = target_lang
        self.compliance = compliance
        self.protector = protector
        self.mask = mask
        self.ratio = LENGTH_RATIOS.get((source_lang, target_lang), 1.0)

    def violations(self, kind: str, source: str, answer: str) -> list[str]:
        """What is wrong with `answer` as a translation of `source` (empty when nothing)."""
        found: list[str] = []
        plain = self.protector.unprotect(answer)
        if not plain.strip():
            return ["the translation is empty"]
        if "\n" in plain.strip():
            found.append("write the translation on one line, without line breaks")
        if self.compliance is not None:
            found.extend(finding.message for finding in self.compliance.check(source, plain))
        difference = compare_numbers(source, plain)
        found.extend(f"the number {number.text!r} of the source is missing or changed"
                     for number in difference.missing if number.value >= 10)
        found.extend(f"keep {span!r} exactly as written"
                     for span in self.protector.missing(source, answer))
        if kind not in ("entity_name", "term", "title", "heading") and \
                detect_text(plain, self.mask).lang == self.source_lang:
            found.append(f"the text is still in the source language, not {self.target_lang}")
        if len(source) >= MIN_CHARACTERS_FOR_LENGTH and \
                len(plain) < MIN_LENGTH_SHARE * self.ratio * len(source):
            found.append("the translation is much shorter than the source: nothing may be "
                         "left out")
        return found
