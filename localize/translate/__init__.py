"""Translation: glossary-constrained editions with Claude, a translation memory, and the
pipeline that keeps every translation checked, remembered and never paid for twice."""

from localize.translate.backends import Backend, FakeBackend, MemoryBackend
from localize.translate.memory import Entry, TranslationMemory
from localize.translate.model import (
    AnswerRefused,
    AnswerTruncated,
    BackendError,
    BackendUnavailable,
    MalformedAnswer,
    MissingTranslations,
    QuotaExhausted,
    SourceSegment,
    TranslationAnswer,
    TranslationRequest,
    Usage,
)
from localize.translate.pipeline import TranslationOutcome, Translator, translatable
from localize.translate.policy import DEFAULT_POLICIES, EditionPolicy, load_policies
from localize.translate.tmx import TmxImport, export_tmx, import_tmx, read_tmx

__all__ = [
    "DEFAULT_POLICIES",
    "AnswerRefused",
    "AnswerTruncated",
    "Backend",
    "BackendError",
    "BackendUnavailable",
    "EditionPolicy",
    "Entry",
    "FakeBackend",
    "MalformedAnswer",
    "MemoryBackend",
    "MissingTranslations",
    "QuotaExhausted",
    "SourceSegment",
    "TmxImport",
    "TranslationAnswer",
    "TranslationMemory",
    "TranslationOutcome",
    "TranslationRequest",
    "Translator",
    "Usage",
    "export_tmx",
    "import_tmx",
    "load_policies",
    "read_tmx",
    "translatable",
]
