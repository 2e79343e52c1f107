"""A local HTTP server that plays the Anthropic Messages API, for tests and benchmarks.

It records every request (headers and JSON body) and answers from a script of queued
responses, then from a default responder that translates like a very literal model: each
lowercase Latin word becomes a Hangul word, names, numbers and ⟦protected⟧ spans stay, and
the glossary lines of the prompt are obeyed. Only 127.0.0.1 is ever used.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections import deque
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from localize.text.numbers import Kind, Number, find_numbers

Reply = tuple[int, dict[str, Any], dict[str, str]]
Responder = Callable[[dict[str, Any]], Reply]

_GLOSSARY_LINE = re.compile(r"^- (?P<source>.+?) → (?P<target>[^(—\n]+?)(?: \(never: .*?\))?"
                            r"(?: — .*)?$", re.M)
_WORD = re.compile(r"⟦[^⟧]*⟧|\b[A-Za-z][a-z'’-]*\b")
KEPT_WORDS = {"a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
              "ten", "eleven", "twelve", "thousand", "million", "billion", "trillion",
              "third", "half", "quarter", "times", "x"}


def segments_of(body: dict[str, Any]) -> list[dict[str, str]]:
    """The segments a request asks for, as `{"id", "text"}`."""
    text = body["messages"][-1]["content"]
    payload = json.loads(text.split("Segments:\n", 1)[1])
    return [{"id": segment_id, "text": segment_text}
            for segment_id, segment_text in payload.items()]


def glossary_of(body: dict[str, Any]) -> dict[str, str]:
    """Source form → target form from the request's glossary lines (keep-terms excluded)."""
    text = body["messages"][-1]["content"]
    if "Glossary for these segments:" not in text:
        return {}
    block = text.split("Glossary for these segments:\n", 1)[1].split("\n\n", 1)[0]
    return {match.group("source"): match.group("target").strip()
            for match in _GLOSSARY_LINE.finditer(block)
            if not match.group("target").startswith("keep as written")}


def literal_translation(text: str, glossary: dict[str, str]) -> str:
    """Words become `말` unless protected or number words; glossary targets are appended."""
    def word(match: re.Match[str]) -> str:
        kept = match.group().startswith("⟦") or match.group() in KEPT_WORDS
        return match.group() if kept else "말"

    translated = _WORD.sub(word, text)
    plain = text.replace("⟦", "").replace("⟧", "").lower().replace("-", " ")
    for source, target in glossary.items():
        if source.lower().replace("-", " ") in plain:
            translated += f" {target}"
    return translated


FILLERS = {"en": "word", "ko": "말", "zh": "词语"}
RATIOS = {"en": 2.0, "ko": 0.7, "zh": 0.4}


def _number_text(number: Number) -> str:
    value = f"{number.value:.6g}" if number.value != int(number.value) else str(int(
        number.value))
    return f"{value}%" if number.kind is Kind.PERCENT else value


def plausible_translation(text: str, target_lang: str, glossary: dict[str, str]) -> str:
    """Filler in the target's script, about as long as a translation, carrying every
    protected span, every number (as plain digits of the same value) and the glossary's
    target forms: an answer the pipeline's checks accept, for benchmarks."""
    spans = re.findall(r"⟦[^⟧]*⟧", text)
    numbers = [_number_text(number) for number in find_numbers(re.sub(r"⟦[^⟧]*⟧", " ", text))]
    plain = text.replace("⟦", "").replace("⟧", "").lower().replace("-", " ")
    terms = [target for source, target in glossary.items()
             if source.lower().replace("-", " ") in plain]
    filler = FILLERS[target_lang]
    count = max(1, int(len(text) * RATIOS[target_lang] / (len(filler) + 1)))
    return " ".join([filler] * count + spans + numbers + terms)


def translate_plausibly(body: dict[str, Any]) -> Reply:
    """Every asked segment, with a plausible answer in the target language."""
    system = body["system"][0]["text"]
    target = next(code for code, name in (("ko", "into Korean"), ("zh", "into Simplified"),
                                          ("en", "into English")) if name in system)
    glossary = glossary_of(body)
    return tool_reply([{"id": s["id"], "text": plausible_translation(s["text"], target,
                                                                      glossary)}
                       for s in segments_of(body)])


def tool_reply(translations: list[dict[str, str]], stop_reason: str = "tool_use",
               usage: dict[str, int] | None = None) -> Reply:
    """A Messages API answer that calls submit_translations."""
    body = {"id": "msg_test", "type": "message", "role": "assistant",
            "model": "claude-test", "stop_reason": stop_reason, "stop_sequence": None,
            "content": [{"type": "tool_use", "id": "toolu_test", "name": "submit_translations",
                         "input": {"translations": translations}}],
            "usage": usage or {"input_tokens": 100, "output_tokens": 50,
                               "cache_creation_input_tokens": 0,
                               "cache_read_input_tokens": 0}}
    return 200, body, {}


def error_reply(status: int, kind: str, message: str, headers: dict[str, str] | None = None
                ) -> Reply:
    """A Messages API error."""
    return status, {"type": "error", "error": {"type": kind, "message": message}}, headers or {}


def translate_all(body: dict[str, Any]) -> Reply:
    """The default: every asked segment, literally translated."""
    glossary = glossary_of(body)
    return tool_reply([{"id": s["id"], "text": literal_translation(s["text"], glossary)}
                       for s in segments_of(body)],
                      usage={"input_tokens": len(json.dumps(body)) // 4, "output_tokens": 80,
                             "cache_creation_input_tokens": 0,
                             "cache_read_input_tokens": 0})


class MessagesServer:
    """The fake API on 127.0.0.1, in a thread of the current process."""

    def __init__(self, default: Responder = translate_all, latency: float = 0.0,
                 per_minute: int | None = None, window: float = 60.0) -> None:
        self.requests: list[dict[str, Any]] = []
        self.headers: list[dict[str, str]] = []
        self.script: deque[Reply | Responder] = deque()
        self.default = default
        self.latency = latency
        self.per_minute = per_minute
        self.window = window
        """The rate limit: `per_minute` requests per `window` seconds (60 unless scaled down)."""
        self.accepted_at: deque[float] = deque()
        self.rejected = 0
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                return

            def do_POST(self) -> None:
                length = int(self.headers.get("content-length", 0))
                body = json.loads(self.rfile.read(length) or b"{}")
                status, payload, headers = server.answer(body, dict(self.headers))
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        """The base URL to give the SDK."""
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def enqueue(self, *replies: Reply | Responder) -> None:
        """Queue replies (or responders), used in order before the default."""
        self.script.extend(replies)

    def answer(self, body: dict[str, Any], headers: dict[str, str]) -> Reply:
        with self._lock:
            if self.per_minute is not None:
                now = time.monotonic()
                while self.accepted_at and now - self.accepted_at[0] > self.window:
                    self.accepted_at.popleft()
                if len(self.accepted_at) >= self.per_minute:
                    self.rejected += 1
                    wait = self.window - (now - self.accepted_at[0])
                    return error_reply(429, "rate_limit_error", "requests per minute",
                                       {"retry-after-ms": str(int(wait * 1000) + 1)})
                self.accepted_at.append(now)
            self.requests.append(body)
            self.headers.append(headers)
            reply = self.script.popleft() if self.script else self.default
        if self.latency:
            time.sleep(self.latency)
        return reply(body) if callable(reply) else reply

    def close(self) -> None:
        """Stop serving."""
        self.httpd.shutdown()
        self.httpd.server_close()
