"""The consistency checker: align two editions and report what is missing, altered or
untranslated, as findings with a code, a severity and a place in the source."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeVar

from pydantic import BaseModel

from localize.check.align import Alignment, align
from localize.check.checks import CHECKS, PAIR_CHECKS, check_pair
from localize.check.checks.markup import markup_counts
from localize.check.context import CheckContext
from localize.check.pairs import TextPair, section_place, text_pairs
from localize.document.model import Document
from localize.findings import Finding, Severity
from localize.glossary import Glossary
from localize.text.numbers import clear_cache as numbers_cache_clear
from localize.text.unicode import to_nfc

_Model = TypeVar("_Model", bound=BaseModel)


class CheckReport(BaseModel):
    """The findings of one comparison; `ok` when none is at or above the failing severity."""

    source: str
    target: str
    findings: list[Finding]

    def ok(self, fail_on: Severity = Severity.ERROR) -> bool:
        """True when no finding is at or above `fail_on`."""
        return all(finding.severity.rank < fail_on.rank for finding in self.findings)

    def as_json(self, fail_on: Severity = Severity.ERROR) -> dict[str, object]:
        """The stable JSON contract of `localize check --format json`."""
        keys = ("code", "severity", "section", "timestamp", "segment", "message",
                "source_text", "target_text")
        return {"ok": self.ok(fail_on), "source": self.source, "target": self.target,
                "findings": [{key: getattr(finding, key) if key != "severity"
                              else finding.severity.value for key in keys}
                             for finding in self.findings]}


def reset_caches() -> None:
    """Forget every text read so far (benchmarks measure cold runs with it)."""
    numbers_cache_clear()
    markup_counts.cache_clear()


def _nfc_value(value: Any) -> Any:
    if isinstance(value, str):
        return to_nfc(value)
    if isinstance(value, BaseModel):
        return _nfc_copy(value)
    if isinstance(value, list):
        items = [_nfc_value(item) for item in value]
        changed = any(new is not old for new, old in zip(items, value, strict=True))
        return items if changed else value
    return value


def _nfc_copy(model: _Model) -> _Model:
    """The model with its texts in NFC (front matter `extra` aside), or itself if it is."""
    changed = {}
    for name in type(model).model_fields:
        old = getattr(model, name)
        new = _nfc_value(old) if name != "extra" else old
        if new is not old:
            changed[name] = new
    return model.model_copy(update=changed) if changed else model


def check_editions(source: Document, target: Document, source_lang: str, target_lang: str,
                   glossary: Glossary | None = None, translate_quotes: bool = True,
                   checks: Iterable[str] | None = None, source_name: str = "source",
                   target_name: str = "target") -> tuple[CheckReport, Alignment]:
    """Align two editions in NFC and run the checks (all by default) over the alignment."""
    # A Korean edition saved decomposed (macOS) must read as composed; copies, so the files
    # stay as given, while the alignment and the findings hold the NFC texts.
    source, target = _nfc_copy(source), _nfc_copy(target)
    context = CheckContext.for_source(source, source_lang, target_lang, glossary,
                                      translate_quotes, target)
    alignment = align(source, target, context.length_ratio)
    chosen = [CHECKS[name] for name in checks] if checks is not None else list(CHECKS.values())
    pairs = list(text_pairs(alignment))
    findings: list[Finding] = []
    for module in chosen:
        if module.ID in PAIR_CHECKS:
            findings.extend(found for pair in pairs for found in module.check_pair(pair, context))
        else:
            findings.extend(module.check(alignment, context))
    findings.sort(key=lambda found: (found.section if found.section is not None else -1,
                                     -found.severity.rank))
    return CheckReport(source=source_name, target=target_name, findings=findings), alignment


__all__ = ["CHECKS", "PAIR_CHECKS", "Alignment", "CheckContext", "CheckReport", "TextPair",
           "align", "check_editions", "check_pair", "reset_caches", "section_place", "text_pairs"]
