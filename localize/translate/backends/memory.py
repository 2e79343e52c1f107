"""The memory backend: answers from the translation memory alone."""

from __future__ import annotations

from localize.translate.backends.base import Backend
from localize.translate.memory import TranslationMemory
from localize.translate.model import TranslationAnswer, TranslationRequest


class MemoryBackend(Backend):
    """Answers the segments the memory holds and leaves the rest unanswered."""

    name = "memory"
    needs_validation = False

    def __init__(self, memory: TranslationMemory, originals: dict[str, str]) -> None:
        self.memory = memory
        self.originals = originals
        """Segment id to the unprotected source text the memory is keyed by."""

    def translate(self, request: TranslationRequest) -> TranslationAnswer:
        """Translations the memory holds for the request's segments."""
        found = {}
        for segment in request.segments:
            entry = self.memory.lookup(self.originals.get(segment.id, segment.text),
                                       request.source_lang, request.target_lang)
            if entry is not None:
                found[segment.id] = entry.target_text
        return TranslationAnswer(found)
