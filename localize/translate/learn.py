"""Learning a memory from an existing pair of editions, aligned segment by segment."""

from __future__ import annotations

from localize.check import align, text_pairs
from localize.document.model import Document
from localize.translate.memory import Entry, TranslationMemory


def learn_pair(memory: TranslationMemory, source: Document, target: Document,
               source_lang: str, target_lang: str, origin: str = "learned") -> int:
    """Store every aligned pair of non-empty texts; the number stored."""
    entries = [Entry(source_lang, target_lang, pair.source, pair.target, origin)
               for pair in text_pairs(align(source, target))
               if pair.source.strip() and pair.target.strip()]
    return memory.store(entries)
