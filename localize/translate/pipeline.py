"""The translation pipeline: what to translate, from memory first, then batches to a model,
every answer checked at once and repaired, every accepted translation remembered at once.

    memory hits ─┐
                 ├─> edition (source structure, target texts) ─> checker
    model batches┘      ▲
        │ answer ─> validate ─> repair (at most twice) ─> remember
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from localize.check import CheckContext
from localize.detect import document_names
from localize.document.defects import find_defects
from localize.document.model import Document, Transcript
from localize.document.segments import (
    Segment,
    SegmentKind,
    document_segments,
    transcript_segments,
)
from localize.glossary import Glossary, TermIndex, render_terms, terms_in
from localize.translate.backends.base import Backend
from localize.translate.backends.memory import MemoryBackend
from localize.translate.batching import make_batches
from localize.translate.cancel import Cancellation, GuardedBackend, run_concurrently
from localize.translate.edition import build_edition, transcript_edition
from localize.translate.memory import Entry, TranslationMemory
from localize.translate.model import (
    AnswerRefused,
    AnswerTruncated,
    MalformedAnswer,
    MissingTranslations,
    SourceSegment,
    TranslationRequest,
    Usage,
)
from localize.translate.policy import (
    DEFAULT_POLICIES,
    EditionPolicy,
    entity_type,
    structural_heading,
)
from localize.translate.protect import Protector
from localize.translate.validate import Validator
from localize.writers import UnreadableEditionError, changed_segments, survives

DEFAULT_BATCH_TOKENS = 1500
DEFAULT_CONCURRENCY = 4
MAX_REPAIRS = 2
NO_KEY_HINT = "set ANTHROPIC_API_KEY to translate them with Claude"
UNREADABLE = "the translation would not read back as written; the source text is kept"


@dataclass
class Failure:
    """A segment left untranslated or translated with violations, and why."""

    segment: str
    reasons: list[str]


@dataclass
class TranslationOutcome:
    """An edition and how it was made."""

    document: Document | Transcript
    from_memory: int = 0
    translated: int = 0
    human_kept: int = 0
    failures: list[Failure] = field(default_factory=list)
    usage: Usage = field(default_factory=Usage)
    stale: dict[str, list[str]] = field(default_factory=dict)
    """Remembered model translations that today's checks reject, with what they find."""


@dataclass
class _Job:
    source: Document | Transcript
    source_lang: str
    target_lang: str
    protector: Protector
    validator: Validator
    index: TermIndex | None
    originals: dict[str, str]
    kinds: dict[str, SegmentKind]
    results: dict[str, str] = field(default_factory=dict)
    outcome: TranslationOutcome | None = None


Source = Document | Transcript


def segments_of(document: Source) -> list[Segment]:
    """The segments of a summary or a transcript."""
    if isinstance(document, Transcript):
        return transcript_segments(document)
    return document_segments(document)


def names_of(document: Source) -> list[str]:
    """The proper names to protect and mask (a transcript lists none)."""
    return [] if isinstance(document, Transcript) else document_names(document)


def translatable(document: Source, policy: EditionPolicy) -> list[Segment]:
    """The segments an edition translates: every cue of a transcript; of a summary, not
    proper names, not structural headings, and quotes or headings only when the policy
    translates them."""
    if isinstance(document, Transcript):
        return [segment for segment in transcript_segments(document) if segment.text.strip()]
    names = set(document_names(document))
    chosen = []
    for segment in document_segments(document):
        if segment.kind == "entity_name" and segment.text in names:
            continue
        if segment.kind == "entity_type" and entity_type(segment.text) in policy.entity_types:
            continue  # the edition's own word for a type it knows (build_edition writes it)
        if segment.kind == "heading" and (not policy.translate_headings or
                                          structural_heading(segment.text)):
            continue
        if segment.kind == "quote" and not policy.translate_quotes:
            continue
        if segment.text.strip():
            chosen.append(segment)
    return chosen


class Translator:
    """Translates documents through a chain of backends, with a memory and a glossary."""

    def __init__(self, backends: list[Backend], memory: TranslationMemory | None = None,
                 glossary: Glossary | None = None,
                 policies: dict[str, EditionPolicy] | None = None,
                 batch_tokens: int = DEFAULT_BATCH_TOKENS,
                 concurrency: int = DEFAULT_CONCURRENCY, max_repairs: int = MAX_REPAIRS,
                 allow_defects: bool = False,
                 progress: Callable[[int], None] | None = None,
                 cancellation: Cancellation | None = None) -> None:
        self.backends = backends
        self.memory = memory
        self.glossary = glossary
        self.policies = policies or DEFAULT_POLICIES
        self.batch_tokens = batch_tokens
        self.concurrency = concurrency
        self.max_repairs = max_repairs
        self.allow_defects = allow_defects
        self.progress = progress or (lambda done: None)
        self.cancellation = cancellation or Cancellation()
        """Set by an interrupt: no new request starts (see `localize.translate.cancel`)."""
        self._lock = threading.Lock()

    # -- planning ------------------------------------------------------------------------

    def _job(self, document: Source, source_lang: str, target_lang: str) -> _Job:
        policy = self.policies[target_lang]
        context = CheckContext.for_source(
            document if isinstance(document, Document) else None, source_lang, target_lang,
            self.glossary, policy.translate_quotes)
        protector = Protector(context.names)
        validator = Validator(context, protector,
                              [secret for backend in self.backends for secret in backend.secrets])
        index = TermIndex.of(self.glossary, source_lang) if self.glossary else None
        segments = translatable(document, self.policies[target_lang])
        return _Job(document, source_lang, target_lang, protector, validator, index,
                    {s.id: s.text for s in segments}, {s.id: s.kind for s in segments})

    def pending(self, document: Source, source_lang: str, target_lang: str
                ) -> list[SourceSegment]:
        """The segments the memory cannot answer (what a run would send to a model)."""
        job = self._job(document, source_lang, target_lang)
        segments = [SourceSegment(i, job.kinds[i], t) for i, t in job.originals.items()]
        if self.memory is None:
            return segments
        return [s for s in segments
                if self.memory.lookup(s.text, source_lang, target_lang) is None]

    def batches(self, document: Source, source_lang: str, target_lang: str
                ) -> list[TranslationRequest]:
        """The requests a run would send, for a dry run."""
        job = self._job(document, source_lang, target_lang)
        segments = [SourceSegment(s.id, s.kind, job.protector.protect(s.text))
                    for s in self.pending(document, source_lang, target_lang)]
        return [self._request(job, batch) for batch in make_batches(segments,
                                                                     self.batch_tokens)]

    def _request(self, job: _Job, batch: list[SourceSegment],
                 violations: dict[str, list[str]] | None = None) -> TranslationRequest:
        glossary = ""
        if self.glossary is not None:
            terms = terms_in([job.originals[s.id] for s in batch], self.glossary,
                             job.source_lang, job.index)
            # Keep-terms travel inside ⟦ ⟧ already; the prompt lists only what to translate.
            glossary = render_terms([term for term in terms if not term.keep], job.source_lang,
                                    job.target_lang)
        return TranslationRequest(job.source_lang, job.target_lang, batch, glossary,
                                  violations or {})

    # -- running -------------------------------------------------------------------------

    def translate(self, document: Source, source_lang: str, target_lang: str,
                  existing: Source | None = None, source_name: str | None = None
                  ) -> TranslationOutcome:
        """The edition of `document` in `target_lang`; `existing` is the edition already on
        disk, whose hand edits are learned and kept."""
        job = self._job(document, source_lang, target_lang)
        outcome = TranslationOutcome(document)
        job.outcome = outcome
        self._skip_defects(job, outcome)
        if existing is not None:
            outcome.human_kept = self._learn_edits(job, existing)
        remaining = [SourceSegment(i, job.kinds[i], job.protector.protect(text))
                     for i, text in job.originals.items()]
        for backend in self.backends:
            if not remaining:
                break
            if isinstance(backend, MemoryBackend):
                self._remembered(backend, job, remaining, outcome)
            elif not backend.needs_validation:
                answer = backend.translate(self._request(job, remaining))
                job.results.update(answer.translations)
                outcome.from_memory += len(answer.translations)
                self.progress(len(answer.translations))
            else:
                self._run_model(backend, job, remaining, outcome)
            remaining = [s for s in remaining if s.id not in job.results]
        unanswered = [s.id for s in remaining
                      if not any(f.segment == s.id for f in outcome.failures)]
        if unanswered and not any(b.needs_validation for b in self.backends):
            raise MissingTranslations(unanswered, NO_KEY_HINT,
                                      sum(i in outcome.stale for i in unanswered))
        texts = {i: job.protector.unprotect(t) for i, t in job.results.items()}
        if isinstance(document, Transcript):
            for segment_id in [i for i, text in texts.items() if not survives("cue", text)]:
                del texts[segment_id]
                self._fail(outcome, [segment_id], UNREADABLE)
            outcome.document = transcript_edition(document, texts, target_lang)
        else:
            outcome.document = self._readable_edition(document, texts, target_lang, outcome,
                                                      source_name)
        return outcome

    def _readable_edition(self, document: Document, texts: dict[str, str], target_lang: str,
                          outcome: TranslationOutcome, source_name: str | None) -> Document:
        """The edition, proven to read back as built: a segment that would not (one a
        person or an older version let into the memory) keeps its source text and is
        listed under `needs_review` with every other failure."""
        policy = self.policies[target_lang]
        while True:
            failed = [failure.segment for failure in outcome.failures]
            edition = build_edition(document, texts, target_lang, policy, source_name, failed)
            unreadable = changed_segments(edition)
            if unreadable is None:
                raise UnreadableEditionError(None)
            unreadable = [segment_id for segment_id in unreadable if segment_id in texts]
            if not unreadable:
                return edition
            for segment_id in unreadable:
                del texts[segment_id]
                self._fail(outcome, [segment_id], UNREADABLE)

    def _remembered(self, backend: MemoryBackend, job: _Job, remaining: list[SourceSegment],
                    outcome: TranslationOutcome) -> None:
        """Take the memory's answers; a model's remembered answer is judged again by today's
        checks and glossary, and one that fails them is translated anew (or reported)."""
        answer = backend.translate(self._request(job, remaining))
        taken = 0
        for segment_id, text in answer.translations.items():
            entry = backend.memory.lookup(job.originals[segment_id], job.source_lang,
                                          job.target_lang)
            if entry is not None and entry.origin == "model":
                problems = job.validator.violations(segment_id, job.kinds[segment_id],
                                                    job.originals[segment_id], text)
                if problems:
                    outcome.stale[segment_id] = problems
                    continue
            job.results[segment_id] = text
            taken += 1
        outcome.from_memory += taken
        self.progress(taken)

    def _skip_defects(self, job: _Job, outcome: TranslationOutcome) -> None:
        if self.allow_defects or isinstance(job.source, Transcript):
            return
        for defect in find_defects(job.source):
            if defect.segment in job.originals:
                del job.originals[defect.segment]
                outcome.failures.append(Failure(defect.segment, [
                    f"source defect ({defect.code}): {defect.message}; not translated"]))

    def _learn_edits(self, job: _Job, existing: Source) -> int:
        """Segments of the existing edition that differ from what the memory produced were
        edited by a person: remember them as human translations (they win from now on)."""
        if self.memory is None:
            return 0
        existing_texts = {s.id: s.text for s in segments_of(existing)}
        edits = []
        for segment_id, source_text in job.originals.items():
            entry = self.memory.lookup(source_text, job.source_lang, job.target_lang)
            current = existing_texts.get(segment_id)
            if entry is None or current is None or current == entry.target_text:
                continue  # the source changed, or nothing was edited
            edits.append(Entry(job.source_lang, job.target_lang, source_text, current, "human"))
        with self._lock:
            self.memory.store(edits)
        return len(edits)

    def _run_model(self, backend: Backend, job: _Job, segments: list[SourceSegment],
                   outcome: TranslationOutcome) -> None:
        """The batches, concurrently. Quota and availability errors stop the run: no new
        batch starts. So does an interrupt, and no new request (repairs and splits included):
        the requests in flight are awaited for the grace period, then `Interrupted`."""
        batches = make_batches(segments, self.batch_tokens)
        guarded = GuardedBackend(backend, self.cancellation)
        for _ in run_concurrently(lambda batch: self._batch(guarded, job, batch, outcome),
                                  batches, self.concurrency, self.cancellation):
            pass

    def _batch(self, backend: Backend, job: _Job, batch: list[SourceSegment],
               outcome: TranslationOutcome) -> None:
        """Translate one batch: split on truncation, repair violations, remember at once."""
        pending = {segment.id: segment for segment in batch}
        violations: dict[str, list[str]] = {}
        for attempt in range(self.max_repairs + 1):
            request = self._request(job, list(pending.values()), violations)
            try:
                answer = backend.translate(request)
            except AnswerTruncated:
                if len(pending) == 1:
                    self._fail(outcome, list(pending), "the answer was cut off at max_tokens")
                    return
                half = len(pending) // 2
                items = list(pending.values())
                self._batch(backend, job, items[:half], outcome)
                self._batch(backend, job, items[half:], outcome)
                return
            except AnswerRefused as error:
                self._fail(outcome, list(pending), f"the model refused: {error}")
                return
            except MalformedAnswer as error:
                answer_translations = error.partial
                self._account(outcome, Usage(requests=1))
                violations = {i: [f"your previous answer was malformed: {error}"]
                              for i in pending if i not in answer_translations}
                self._accept(backend, job, outcome, pending, answer_translations, violations)
                if not pending:
                    return
                continue
            self._account(outcome, answer.usage)
            violations = {}
            self._accept(backend, job, outcome, pending, answer.translations, violations)
            if not pending or attempt == self.max_repairs:
                break
        for segment_id in pending:
            # A rejected answer never enters the edition: the segment keeps its source text
            # and is listed under `needs_review`.
            reasons = violations.get(segment_id, ["no translation came back"])
            self._fail(outcome, [segment_id], "; ".join(reasons))

    def _accept(self, backend: Backend, job: _Job, outcome: TranslationOutcome,
                pending: dict[str, SourceSegment], translations: dict[str, str],
                violations: dict[str, list[str]]) -> None:
        accepted = []
        for segment_id, text in translations.items():
            if segment_id not in pending:
                continue
            problems = job.validator.violations(segment_id, job.kinds[segment_id],
                                                job.originals[segment_id], text)
            if problems:
                violations[segment_id] = problems
                continue
            accepted.append(segment_id)
        entries = []
        for segment_id in accepted:
            admitted = job.validator.admitted(translations[segment_id])
            job.results[segment_id] = admitted
            entries.append(Entry(job.source_lang, job.target_lang, job.originals[segment_id],
                                 admitted, "model",
                                 self.glossary.digest() if self.glossary else None,
                                 backend.prompt_version, backend.model))
            del pending[segment_id]
        with self._lock:
            if self.memory is not None and entries:
                self.memory.store(entries)
            outcome.translated += len(accepted)
        self.progress(len(accepted))

    def _account(self, outcome: TranslationOutcome, usage: Usage) -> None:
        with self._lock:
            outcome.usage.add(usage)

    def _fail(self, outcome: TranslationOutcome, ids: list[str], reason: str) -> None:
        with self._lock:
            outcome.failures.extend(Failure(segment_id, [reason]) for segment_id in ids)
