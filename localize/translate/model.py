"""What travels between the pipeline and a backend, and the errors a backend raises."""

from __future__ import annotations

from dataclasses import dataclass, field

from localize.errors import LocalizeError


@dataclass(frozen=True)
class SourceSegment:
    """A segment to translate: its id, kind and (protected) text."""

    id: str
    kind: str
    text: str


@dataclass(frozen=True)
class TranslationRequest:
    """One batch: segments, the language pair, the glossary lines that concern them, and for
    a repair, the violations of each segment to fix."""

    source_lang: str
    target_lang: str
    segments: list[SourceSegment]
    glossary: str = ""
    violations: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class Usage:
    """Tokens a backend spent, and requests it made."""

    input_tokens: int = 0
    output_tokens: int = 0
    cache_read_tokens: int = 0
    cache_write_tokens: int = 0
    requests: int = 0

    def add(self, other: Usage) -> None:
        """Add another usage to this one."""
        self.input_tokens += other.input_tokens
        self.output_tokens += other.output_tokens
        self.cache_read_tokens += other.cache_read_tokens
        self.cache_write_tokens += other.cache_write_tokens
        self.requests += other.requests


@dataclass
class TranslationAnswer:
    """What a backend returns: translations by id (possibly fewer than asked) and usage."""

    translations: dict[str, str]
    usage: Usage = field(default_factory=Usage)


class BackendError(LocalizeError):
    """A backend could not translate a batch."""


class QuotaExhausted(BackendError):
    """The account's quota or credit is spent: retrying would not help."""

    exit_code = 4


class BackendUnavailable(BackendError):
    """The service kept failing (rate limits, overload, timeouts) after every retry."""

    exit_code = 4


class AnswerTruncated(BackendError):
    """The answer hit max_tokens before it was complete; the batch must be split."""


class AnswerRefused(BackendError):
    """The model refused to translate these segments."""


class MalformedAnswer(BackendError):
    """The answer was not the structured form asked for (ids missing, extra or repeated)."""

    def __init__(self, message: str, partial: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.partial = partial or {}


class MissingTranslations(LocalizeError):
    """No backend could answer these segments (the memory alone was asked)."""

    exit_code = 3

    def __init__(self, ids: list[str], hint: str, rejected: int = 0) -> None:
        self.ids = ids
        because = (f", {rejected} of them remembered but failing today's checks"
                   if rejected else "")
        super().__init__(f"{len(ids)} segment(s) not in the translation memory{because} "
                         f"({', '.join(ids[:6])}{'...' if len(ids) > 6 else ''}); {hint}")
