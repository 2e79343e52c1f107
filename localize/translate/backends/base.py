"""The backend interface."""

from __future__ import annotations

from abc import ABC, abstractmethod

from localize.translate.model import TranslationAnswer, TranslationRequest


class Backend(ABC):
    """Something that translates batches of segments."""

    name = "backend"
    model: str | None = None
    prompt_version: str | None = None
    secrets: tuple[str, ...] = ()
    """Credentials the backend holds, which no answer may ever carry into an edition."""
    needs_validation = True
    """Answers of a model are checked and repaired; remembered ones are trusted."""

    @abstractmethod
    def translate(self, request: TranslationRequest) -> TranslationAnswer:
        """Translate what it can of the request; may answer fewer ids than asked."""
