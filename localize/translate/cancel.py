"""Stopping a run that spends money: after an interrupt no new request starts, the requests
in flight are awaited a few seconds, and what was accepted is already in the memory (the
pipeline commits per batch), so re-running the same command resumes.

    signal ─> Cancellation ─┬─> workers take no new batch or document
                            ├─> GuardedBackend refuses to start a request (repairs, splits)
                            └─> middleware refuses the SDK's own retries
"""

from __future__ import annotations

import os
import queue
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from types import FrameType
from typing import Any, TypeVar

from localize.errors import LocalizeError
from localize.translate.backends.base import Backend
from localize.translate.model import TranslationAnswer, TranslationRequest

GRACE_SECONDS = 3.0
"""How long requests in flight are awaited after an interrupt before the run gives up on
them (their answers are paid for: one that arrives in time is checked and remembered)."""

T = TypeVar("T")
R = TypeVar("R")


class Interrupted(LocalizeError):
    """The run was stopped by a signal; the exit code is 128 + its number (130, 143)."""

    def __init__(self, signum: int) -> None:
        self.signum = signum
        self.signal_name = signal_name(signum)
        self.exit_code = 128 + signum
        super().__init__(f"interrupted by {self.signal_name}")


def signal_name(signum: int) -> str:
    """SIGINT, SIGTERM... for a signal number."""
    try:
        return signal.Signals(signum).name
    except ValueError:
        return f"signal {signum}"


class Cancellation:
    """Set once by an interrupt; every worker and every request start looks at it."""

    def __init__(self, grace: float = GRACE_SECONDS) -> None:
        self.grace = grace
        self.signum: int | None = None
        self.deadline = 0.0
        self.immediate = True
        """Outside a run (planning, reading files) a signal stops the command at once."""
        self._event = threading.Event()
        self._lock = threading.Lock()

    @property
    def cancelled(self) -> bool:
        """Whether an interrupt came."""
        return self._event.is_set()

    def cancel(self, signum: int = signal.SIGINT) -> bool:
        """Stop starting work; False when it was cancelled already."""
        with self._lock:
            if self._event.is_set():
                return False
            self.signum = signum
            self.deadline = time.monotonic() + self.grace
            self._event.set()
            return True

    def remaining(self) -> float:
        """Seconds left to await the requests in flight (0 when not cancelled)."""
        return max(0.0, self.deadline - time.monotonic()) if self.cancelled else 0.0

    def check(self) -> None:
        """Raise `Interrupted` once cancelled: called before anything is sent."""
        if self.cancelled:
            raise Interrupted(self.signum or signal.SIGINT)

    def middleware(self, request: Any, call_next: Callable[[Any], Any]) -> Any:
        """Anthropic SDK middleware: runs before every HTTP attempt, the SDK's retries
        included, so a retry after an interrupt is never sent (the error is not retried)."""
        self.check()
        return call_next(request)

    @contextmanager
    def deferred(self) -> Iterator[None]:
        """While translating, a signal only cancels: the workers wind down on their own."""
        self.immediate = False
        try:
            yield
        finally:
            self.immediate = True

    @contextmanager
    def on_signals(self) -> Iterator[None]:
        """Handle SIGINT and SIGTERM (in the main thread): the first cancels (and stops the
        command at once outside `deferred`), a second exits at once."""
        if threading.current_thread() is not threading.main_thread():
            yield
            return
        handled = (signal.SIGINT, signal.SIGTERM)
        previous = {signum: signal.getsignal(signum) for signum in handled}

        def handler(signum: int, frame: FrameType | None) -> None:
            if not self.cancel(signum):
                sys.stderr.write(f"localize: {signal_name(signum)} again: stopping now; what "
                                 "was accepted is in the memory\n")
                sys.stderr.flush()
                os._exit(128 + signum)
            if self.immediate:
                raise Interrupted(signum)

        for signum in handled:
            signal.signal(signum, handler)
        try:
            yield
        finally:
            for signum, before in previous.items():
                signal.signal(signum, before)


class GuardedBackend(Backend):
    """A backend that refuses to start a request once the run is cancelled."""

    def __init__(self, inner: Backend, cancellation: Cancellation) -> None:
        self.inner = inner
        self.cancellation = cancellation
        self.name = inner.name
        self.needs_validation = inner.needs_validation
        self.secrets = getattr(inner, "secrets", ())

    @property
    def model(self) -> str | None:
        return self.inner.model

    @model.setter
    def model(self, value: str | None) -> None:
        self.inner.model = value

    @property
    def prompt_version(self) -> str | None:
        return self.inner.prompt_version  # set by the inner backend as it sends

    @prompt_version.setter
    def prompt_version(self, value: str | None) -> None:
        self.inner.prompt_version = value

    def translate(self, request: TranslationRequest) -> TranslationAnswer:
        self.cancellation.check()
        return self.inner.translate(request)


_DONE = object()


def run_concurrently(work: Callable[[T], R], items: Sequence[T], workers: int,
                     cancellation: Cancellation) -> Iterator[R]:
    """`work` on every item in up to `workers` threads, results as they complete.

    An error stops new items from starting; the items running are awaited, then the first
    error is raised. A cancellation stops new items too, but the running ones are awaited only
    until its grace period ends, then `Interrupted` is raised: the threads are daemons, so a
    request hanging past the grace period does not keep the process alive. Ctrl-C in the
    thread consuming the results (without `Cancellation.on_signals`) cancels the same way.
    """
    todo = deque(items)
    lock = threading.Lock()
    stop = threading.Event()
    results: queue.Queue[tuple[bool, Any]] = queue.Queue()

    def worker() -> None:
        try:
            while not stop.is_set() and not cancellation.cancelled:
                with lock:
                    if not todo:
                        return
                    item = todo.popleft()
                try:
                    results.put((True, work(item)))
                except BaseException as error:  # handed to the consuming thread
                    stop.set()
                    results.put((False, error))
        finally:
            results.put((True, _DONE))

    count = max(1, min(workers, len(todo)))
    for _ in range(count):
        threading.Thread(target=worker, daemon=True, name="localize-worker").start()
    finished = 0
    failure: BaseException | None = None
    stopped = False  # an item gave up on an interrupt
    try:
        while finished < count:
            if cancellation.cancelled and cancellation.remaining() <= 0:
                break
            try:
                ok, value = results.get(timeout=min(0.1, cancellation.remaining() or 0.1))
            except queue.Empty:
                continue
            except KeyboardInterrupt:
                cancellation.cancel(signal.SIGINT)
                continue
            if value is _DONE:
                finished += 1
            elif not ok:
                stopped = stopped or isinstance(value, Interrupted)
                if failure is None and not isinstance(value, Interrupted):
                    failure = value
            else:
                yield value
    finally:
        stop.set()
    if cancellation.cancelled and (stopped or finished < count or todo):
        raise Interrupted(cancellation.signum or signal.SIGINT)
    if failure is not None:
        raise failure
