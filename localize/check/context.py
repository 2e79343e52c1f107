"""What every check knows about the comparison: languages, glossary, policies, ratios."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from localize.detect import NameMask, document_names
from localize.document.model import Document
from localize.glossary import Compliance, Glossary

# Expected characters of the target per character of the source, measured on the
# project's parallel samples (bench/calibrate_ratios.py prints them; median over paired
# paragraphs, quotes and descriptions of at least 40 characters).
LENGTH_RATIOS: dict[tuple[str, str], float] = {
    ("en", "ko"): 0.600, ("ko", "en"): 2.278, ("zh", "en"): 2.907, ("zh", "ko"): 1.536,
    ("en", "zh"): 0.344, ("ko", "zh"): 0.651,  # inverses: no sample goes this way yet
}


@dataclass
class CheckContext:
    """Languages, glossary and edition policies of one comparison."""

    source: Document
    target: Document
    source_lang: str
    target_lang: str
    glossary: Glossary | None = None
    translate_quotes: bool = True
    names: list[str] = field(default_factory=list)

    @property
    def same_language(self) -> bool:
        """Two versions of one edition rather than a translation."""
        return self.source_lang == self.target_lang

    @property
    def length_ratio(self) -> float:
        """Expected target length per source character for this language pair."""
        if self.same_language:
            return 1.0
        return LENGTH_RATIOS.get((self.source_lang, self.target_lang), 1.0)

    @cached_property
    def mask(self) -> NameMask:
        """Names masked before deciding a segment's language: both editions' proper names,
        the glossary's keep-terms, and any given."""
        keep = [term.term for term in self.glossary.terms if term.keep] if self.glossary else []
        return NameMask([*document_names(self.source), *document_names(self.target), *keep,
                         *self.names])

    @cached_property
    def compliance(self) -> Compliance | None:
        """The glossary engine for this language pair, when a glossary was given."""
        if self.glossary is None or self.same_language:
            return None
        return Compliance(self.glossary, self.source_lang, self.target_lang)
