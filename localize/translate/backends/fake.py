"""A fake backend for tests and benchmarks: scripted answers, and a history of requests."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable

from localize.translate.backends.base import Backend
from localize.translate.model import TranslationAnswer, TranslationRequest, Usage

Responder = Callable[[TranslationRequest], TranslationAnswer]


class FakeBackend(Backend):
    """Answers from queued responses (answers, callables or exceptions to raise), or by a
    default responder; keeps every request it was sent in `history`."""

    name = "fake"
    model = "fake-model"
    prompt_version = "fake-prompts"

    def __init__(self, default: Responder | None = None) -> None:
        self.queue: deque[TranslationAnswer | Responder | Exception] = deque()
        self.history: list[TranslationRequest] = []
        self.default = default or self.echo

    @staticmethod
    def echo(request: TranslationRequest) -> TranslationAnswer:
        """Answer every segment with `[target] text`."""
        return TranslationAnswer({segment.id: f"[{request.target_lang}] {segment.text}"
                                  for segment in request.segments},
                                 Usage(requests=1))

    def enqueue(self, *responses: TranslationAnswer | Responder | Exception) -> None:
        """Queue responses, used in order before the default."""
        self.queue.extend(responses)

    def translate(self, request: TranslationRequest) -> TranslationAnswer:
        """The next queued response, or the default."""
        self.history.append(request)
        response = self.queue.popleft() if self.queue else self.default
        if isinstance(response, Exception):
            raise response
        if isinstance(response, TranslationAnswer):
            return response
        return response(request)
