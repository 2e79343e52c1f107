"""What every check knows about a comparison: languages, glossary, policies, names, ratios.

One context serves the checker (two whole editions) and the translator's validator (one
segment and a model's answer), so both judge with the same names, mask and glossary.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from localize.detect import NameMask, document_names
from localize.document.model import Document
from localize.glossary import Compliance, Glossary
from localize.text.protected import ProtectedSpans

# Expected characters of the target per character of the source, measured on the
# project's parallel samples (bench/calibrate_ratios.py prints them; median over paired
# paragraphs, quotes and descriptions of at least 40 characters).
LENGTH_RATIOS: dict[tuple[str, str], float] = {
    ("en", "ko"): 0.600, ("ko", "en"): 2.278, ("zh", "en"): 2.907, ("zh", "ko"): 1.536,
    ("en", "zh"): 0.344, ("ko", "zh"): 0.651,  # inverses: no sample goes this way yet
}


@dataclass
class CheckContext:
    """Languages, glossary, edition policies and protected names of one comparison.

    `source` and `target` are the whole editions when the checker compares documents;
    the validator judges single segments and may leave the target out.
    """

    source_lang: str
    target_lang: str
    glossary: Glossary | None = None
    translate_quotes: bool = True
    names: list[str] = field(default_factory=list)
    """Proper names kept as written: the source's entity names and the glossary's
    keep-terms (see `for_source`)."""
    source: Document | None = None
    target: Document | None = None

    @classmethod
    def for_source(cls, source: Document | None, source_lang: str, target_lang: str,
                   glossary: Glossary | None = None, translate_quotes: bool = True,
                   target: Document | None = None, names: list[str] | None = None
                   ) -> CheckContext:
        """The context of translating `source`: its names and the glossary's keep-terms."""
        keep = [term.term for term in glossary.terms if term.keep] if glossary else []
        found = document_names(source) if source is not None else []
        return cls(source_lang, target_lang, glossary, translate_quotes,
                   list(dict.fromkeys([*found, *keep, *(names or [])])), source, target)

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
        """Names masked before deciding a text's language."""
        return NameMask(self.names)

    @cached_property
    def protected(self) -> ProtectedSpans:
        """Spans a translation must carry over unchanged: names, keep-terms, URLs, code."""
        return ProtectedSpans(self.names)

    @cached_property
    def compliance(self) -> Compliance | None:
        """The glossary engine for this language pair, when a glossary was given."""
        if self.glossary is None or self.same_language:
            return None
        return Compliance(self.glossary, self.source_lang, self.target_lang)
