"""The glossary model (CONVENTIONS section 4): terms and how each edition must write them."""

from __future__ import annotations

import hashlib
import json

from pydantic import BaseModel, ConfigDict, Field, field_validator

from localize.document.model import LANGUAGES

Forms = dict[str, list[str]]


def _check_languages(value: dict[str, object]) -> dict[str, object]:
    unknown = sorted(set(value) - set(LANGUAGES))
    if unknown:
        raise ValueError(f"unknown language {unknown[0]!r} (expected one of "
                         f"{', '.join(LANGUAGES)})")
    return value


class Term(BaseModel):
    """One glossary entry."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    term: str = Field(min_length=1)
    """The key: usually the English form."""
    kind: str | None = None
    translations: dict[str, str] = Field(default_factory=dict)
    variants: Forms = Field(default_factory=dict)
    """Other spellings that count as the term in a source text."""
    forbidden: Forms = Field(default_factory=dict)
    """Forms that must not appear in that edition."""
    note: str | None = None
    keep: bool = False
    """Written exactly as the key in every edition."""
    case_sensitive: bool = False
    reading: str | None = None
    """How the term is read in Korean (`앤트로픽`), so particles after it can be checked."""

    @field_validator("translations", "variants", "forbidden")
    @classmethod
    def _known_languages(cls, value: dict[str, object]) -> dict[str, object]:
        return _check_languages(value)

    def form(self, language: str) -> str | None:
        """How an edition in `language` must write the term (the key for keep-terms and as
        the English form when no English translation is given)."""
        if self.keep:
            return self.term
        if language in self.translations:
            return self.translations[language]
        return self.term if language == "en" else None

    def source_forms(self, language: str) -> list[str]:
        """Every form that counts as this term in a source text in `language`."""
        forms = [self.form(language), *self.variants.get(language, [])]
        return [form for form in dict.fromkeys(forms) if form]


class Glossary(BaseModel):
    """A named list of terms."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = "glossary"
    description: str | None = None
    terms: list[Term] = Field(default_factory=list)

    def digest(self) -> str:
        """A short hash of the content: the glossary's version in reproducibility signatures."""
        canonical = json.dumps(self.model_dump(mode="json"), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:12]
