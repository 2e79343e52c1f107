"""Interrupts stop spending: after SIGINT or SIGTERM no new request starts, the requests in
flight are awaited a few seconds, what was accepted is in the memory, the run says how to
resume and exits 130 or 143; a re-run pays only for what was never answered."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import anthropic
import pytest

from localize.document.model import Document, Paragraph, Section
from localize.translate import FakeBackend, TranslationMemory, Translator
from localize.translate.backends.anthropic import AnthropicBackend
from localize.translate.cancel import (
    Cancellation,
    GuardedBackend,
    Interrupted,
    run_concurrently,
)
from localize.translate.model import (
    SourceSegment,
    TranslationAnswer,
    TranslationRequest,
    Usage,
)
from tests.conftest import SAMPLES
from tests.messages_server import (
    MessagesServer,
    Reply,
    error_reply,
    segments_of,
    translate_plausibly,
)

SOURCES = sorted(str(path) for path in SAMPLES.glob("*.en.md"))
CONCURRENCY = 2
IN_FLIGHT = CONCURRENCY * CONCURRENCY  # documents at once, times batches at once


def _env(server: MessagesServer) -> dict[str, str]:
    return {**os.environ, "ANTHROPIC_API_KEY": "test-key", "ANTHROPIC_BASE_URL": server.url}


def _command(tmp_path: Path) -> list[str]:
    return [sys.executable, "-m", "localize", "translate", *SOURCES, "--to", "ko,zh",
            "--out", str(tmp_path), "--memory", str(tmp_path / "m.sqlite"),
            "--batch-tokens", "150", "--concurrency", str(CONCURRENCY)]


def _paid(server: MessagesServer) -> list[tuple[str, str]]:
    """(target language, segment text) of every segment the server was asked for."""
    asked = []
    for body in server.requests:
        target = "ko" if "into Korean" in body["system"][0]["text"] else "zh"
        asked.extend((target, segment["text"]) for segment in segments_of(body))
    return asked


class Recorder:
    """A slow server's default responder that notes when each answer leaves."""

    def __init__(self) -> None:
        self.answered: list[float] = []

    def __call__(self, body: dict[str, Any]) -> Reply:
        self.answered.append(time.monotonic())
        return translate_plausibly(body)


def _interrupt(tmp_path: Path, signum: int, after_seconds: float, expected_code: int) -> None:
    recorder = Recorder()
    slow = MessagesServer(default=recorder, latency=1.5)
    try:
        process = subprocess.Popen(_command(tmp_path), env=_env(slow),
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        start = time.monotonic()
        time.sleep(after_seconds)
        while len(slow.requests) < IN_FLIGHT and time.monotonic() - start < 60:
            time.sleep(0.05)  # a loaded machine may take longer to start
        assert process.poll() is None, "the run ended before the signal"
        sent_at = time.monotonic()
        process.send_signal(signum)
        _, stderr = process.communicate(timeout=60)
        took = time.monotonic() - sent_at
        seen_at_exit = len(slow.requests)
        time.sleep(0.5)  # nothing the process left behind may send a request now
        assert len(slow.requests) == seen_at_exit
        assert process.returncode == expected_code, stderr
        assert took < 5, f"exited {took:.1f}s after the signal"
        answered_after = sum(t > sent_at for t in recorder.answered)
        assert answered_after <= IN_FLIGHT, f"{answered_after} requests answered after it"
        started_after = [t for t in recorder.answered if t - 1.5 > sent_at + 0.3]
        assert started_after == [], "a request started after the signal"
        [line] = stderr.strip().splitlines()
        assert f"interrupted by {signal.Signals(signum).name}" in line
        assert "re-run the same command to resume" in line
    finally:
        slow.close()
    first = _paid(slow)
    assert first, "nothing was sent before the signal"
    fast = MessagesServer(default=translate_plausibly)
    try:
        resumed = subprocess.run(_command(tmp_path), env=_env(fast), capture_output=True,
                                 text=True, timeout=120)
    finally:
        fast.close()
    assert resumed.returncode == 0, resumed.stderr + resumed.stdout
    again = _paid(fast)
    assert set(first) & set(again) == set()  # every answer paid for was remembered
    assert len(first) + len(again) == len(set(first) | set(again))
    assert len(list(tmp_path.glob("*.ko.md"))) == len(SOURCES)


def test_sigint_stops_spending_and_a_rerun_resumes(tmp_path: Path) -> None:
    _interrupt(tmp_path, signal.SIGINT, 9.0, 130)


def test_sigterm_stops_spending_and_exits_143(tmp_path: Path) -> None:
    _interrupt(tmp_path, signal.SIGTERM, 3.0, 143)


def test_a_second_ctrl_c_exits_at_once(tmp_path: Path) -> None:
    slow = MessagesServer(default=translate_plausibly, latency=4.0)
    try:
        process = subprocess.Popen(_command(tmp_path), env=_env(slow),
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 60
        while len(slow.requests) < IN_FLIGHT and time.monotonic() < deadline:
            time.sleep(0.05)
        process.send_signal(signal.SIGINT)
        time.sleep(0.3)
        sent_at = time.monotonic()
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=60)
        assert time.monotonic() - sent_at < 2  # not the grace period, not the 4 s answers
        assert process.returncode == 130
        assert "SIGINT again: stopping now" in stderr
        assert len(slow.requests) == IN_FLIGHT
    finally:
        slow.close()


# -- the pieces, in process --------------------------------------------------------------


def _document(paragraphs: int) -> Document:
    return Document(title="Chips", lang="en", sections=[Section(
        timestamp="00:00", heading="Inference",
        blocks=[Paragraph(text=f"Paragraph {i} is about inference chips.")
                for i in range(paragraphs)])])


def _korean(request: TranslationRequest) -> TranslationAnswer:
    """A Korean answer the checks accept, keeping each segment's numbers."""
    return TranslationAnswer({
        segment.id: " ".join(["추론 칩에 관한 문단입니다", *re.findall(r"\d+", segment.text)])
        for segment in request.segments}, Usage(requests=1))


class SlowBackend(FakeBackend):
    """Answers after a pause, counting the requests it starts."""

    def __init__(self, pause: float) -> None:
        super().__init__(_korean)
        self.pause = pause
        self.started = 0

    def translate(self, request: TranslationRequest) -> TranslationAnswer:
        self.started += 1
        time.sleep(self.pause)
        return super().translate(request)


def test_a_cancelled_translator_starts_no_request_and_keeps_what_was_answered() -> None:
    cancellation = Cancellation(grace=2.0)
    backend = SlowBackend(0.3)
    memory = TranslationMemory(":memory:")
    translator = Translator([backend], memory, batch_tokens=100, concurrency=2,
                            cancellation=cancellation)
    timer = threading.Timer(0.45, cancellation.cancel, (signal.SIGTERM,))
    timer.start()
    with pytest.raises(Interrupted) as raised:
        translator.translate(_document(40), "en", "ko")
    assert raised.value.exit_code == 143
    assert backend.started == 4  # two rounds of two batches, nothing after the signal
    time.sleep(0.1)
    assert backend.started == 4
    assert len(memory) > 0  # the batches answered are remembered


def test_requests_in_flight_are_awaited_only_for_the_grace_period() -> None:
    cancellation = Cancellation(grace=0.3)
    release = threading.Event()
    started: list[int] = []

    def work(item: int) -> int:
        started.append(item)
        release.wait(10)  # a request that hangs
        return item

    threading.Timer(0.1, cancellation.cancel).start()
    begin = time.monotonic()
    with pytest.raises(Interrupted):
        list(run_concurrently(work, list(range(10)), 3, cancellation))
    assert time.monotonic() - begin < 5
    release.set()
    time.sleep(0.1)
    assert sorted(started) == [0, 1, 2]  # the hung ones were left, nothing new began


def test_an_error_stops_new_work_and_is_raised_after_the_running_items() -> None:
    done: list[int] = []

    def work(item: int) -> int:
        if item == 0:
            raise ValueError("quota")
        time.sleep(0.05)
        done.append(item)
        return item

    with pytest.raises(ValueError, match="quota"):
        list(run_concurrently(work, list(range(50)), 2, Cancellation()))
    assert len(done) < 5


def test_a_finished_run_is_not_interrupted_afterwards() -> None:
    cancellation = Cancellation()
    results = list(run_concurrently(lambda item: item * 2, [1, 2, 3], 2, cancellation))
    cancellation.cancel()
    assert sorted(results) == [2, 4, 6]


def test_the_guard_forwards_what_the_pipeline_reads() -> None:
    inner = FakeBackend()
    inner.model, inner.prompt_version = "m", "p@1"
    guarded = GuardedBackend(inner, Cancellation())
    assert (guarded.name, guarded.model, guarded.prompt_version) == (inner.name, "m", "p@1")
    assert guarded.needs_validation == inner.needs_validation


def test_the_sdk_sends_no_retry_after_an_interrupt() -> None:
    server = MessagesServer()
    server.enqueue(*[error_reply(529, "overloaded_error", "overloaded",
                                 {"retry-after-ms": "800"})] * 3)
    cancellation = Cancellation()
    client = anthropic.Anthropic(api_key="test-key", base_url=server.url, max_retries=3)
    backend = AnthropicBackend(model="claude-test",
                               client=client.with_middleware(cancellation.middleware))
    request = TranslationRequest("en", "ko", [SourceSegment("s1.p1", "paragraph", "Hello.")])
    try:
        threading.Timer(0.4, cancellation.cancel).start()  # during the SDK's backoff
        with pytest.raises(Interrupted):
            backend.translate(request)
        assert len(server.requests) == 1
    finally:
        server.close()
