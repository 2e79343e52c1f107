"""Translation throughput against a local fake Messages API with latency and a rate limit.

The fake server (tests/messages_server.py, on 127.0.0.1) answers after a realistic latency
and allows LIMIT requests per WINDOW seconds, answering 429 with retry-after beyond that.
Every original sample (and each grown to corpus size) is translated into the two other
languages, ROUNDS times with a fresh memory, then once more with the memory kept.

Reported: wall time against the rate-limit bound (the least time the limit allows),
requests per document, prompt tokens per source token (for documents over 2,000 tokens;
the cached prefix not counted), the cacheable share of the prompt, and the memory hit rate
of the re-run. Run: .venv/bin/python bench/translate.py
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from pathlib import Path

import anthropic

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.check import grown  # noqa: E402
from localize.document.model import Document  # noqa: E402
from localize.glossary import load_glossary  # noqa: E402
from localize.readers import read_file  # noqa: E402
from localize.translate import MemoryBackend, TranslationMemory, Translator, translatable  # noqa: E402
from localize.translate.backends.anthropic import AnthropicBackend  # noqa: E402
from localize.translate.batching import estimate_tokens  # noqa: E402
from localize.translate.policy import DEFAULT_POLICIES  # noqa: E402
from tests.messages_server import MessagesServer, segments_of, translate_plausibly  # noqa: E402

ORIGINALS = ["ai-chip-startups.en.md", "ai-tutor-hagwon.ko.md", "open-model-economics.zh.md"]


def documents() -> list[tuple[str, Document]]:
    found = []
    for name in ORIGINALS:
        _, [document] = read_file(ROOT / "samples" / name)
        assert isinstance(document, Document)
        found.append((name, document))
        found.append((f"{name} x3", grown(document, 3)))
    return found


def source_tokens(document: Document) -> int:
    return sum(estimate_tokens(s.text) for s in translatable(document, DEFAULT_POLICIES["en"]))


def jobs(min_tokens: int = 0) -> list[tuple[str, Document, str, str]]:
    return [(name, document, document.lang or "", target)
            for name, document in documents() for target in ("en", "ko", "zh")
            if target != document.lang and source_tokens(document) > min_tokens]


def run_round(server: MessagesServer, memory: TranslationMemory, concurrency: int,
              batch_tokens: int, min_tokens: int = 0) -> tuple[float, int]:
    glossary = load_glossary(ROOT / "glossaries" / "ai-tech.yaml").glossary
    client = anthropic.Anthropic(api_key="bench", base_url=server.url, max_retries=20)
    backend = AnthropicBackend(model="claude-bench", client=client)
    start = time.monotonic()
    before = len(server.requests)
    from concurrent.futures import ThreadPoolExecutor
    work = jobs(min_tokens)
    with ThreadPoolExecutor(max_workers=len(work)) as pool:
        def one(job: tuple[str, Document, str, str]) -> None:
            _, document, source, target = job
            originals = {s.id: s.text for s in translatable(document, DEFAULT_POLICIES[target])}
            Translator([MemoryBackend(memory, originals), backend], memory, glossary,
                       concurrency=concurrency, batch_tokens=batch_tokens).translate(
                document, source, target)
        list(pool.map(one, work))
    return time.monotonic() - start, len(server.requests) - before


def prompt_ratio(server: MessagesServer, start: int) -> tuple[float, float]:
    """(uncached prompt tokens per source token, cacheable share of all prompt tokens)."""
    source_tokens = uncached = cacheable = 0
    for request in server.requests[start:]:
        segments = segments_of(request)
        source_tokens += sum(estimate_tokens(s["text"]) for s in segments)
        uncached += estimate_tokens(request["messages"][0]["content"])
        cacheable += estimate_tokens(json.dumps(request["system"], ensure_ascii=False) +
                                     json.dumps(request["tools"]))
    return uncached / source_tokens, cacheable / (cacheable + uncached)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--latency", type=float, default=0.8)
    parser.add_argument("--limit", type=int, default=20)
    parser.add_argument("--window", type=float, default=6.0)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--batch-tokens", type=int, default=1500)
    arguments = parser.parse_args()
    server = MessagesServer(default=translate_plausibly, latency=arguments.latency,
                            per_minute=arguments.limit, window=arguments.window)
    try:
        work = jobs()
        large = [name for name, document in documents()
                 if sum(estimate_tokens(s.text) for s in translatable(
                     document, DEFAULT_POLICIES["en"])) > 2000]
        print(f"{len(work)} translations a round ({len(large)} source documents over 2,000 "
              f"tokens); fake API: {arguments.latency}s latency, {arguments.limit} requests "
              f"per {arguments.window}s\n")
        print("| round | requests | requests/document | wall (s) | rate-limit bound (s) | "
              "of bound | 429s |")
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
        first_request = len(server.requests)
        for number in range(1, arguments.rounds + 1):
            memory = TranslationMemory(":memory:")
            rejected = server.rejected
            seconds, requests = run_round(server, memory, arguments.concurrency,
                                          arguments.batch_tokens)
            windows = math.ceil(requests / arguments.limit)
            bound = (windows - 1) * arguments.window + arguments.latency
            print(f"| {number} | {requests} | {requests / len(work):.1f} | {seconds:.1f} | "
                  f"{bound:.1f} | {bound / seconds:.0%} | {server.rejected - rejected} |")
        before = len(server.requests)
        seconds, requests = run_round(server, memory, arguments.concurrency,
                                      arguments.batch_tokens)
        seen = len(server.requests) - before
        large_start = len(server.requests)
        run_round(server, TranslationMemory(":memory:"), arguments.concurrency,
                  arguments.batch_tokens, min_tokens=2000)
        ratio, cacheable = prompt_ratio(server, large_start)
        del first_request
        print(f"\nprompt tokens per source token, documents over 2,000 tokens (cached prefix "
              f"not counted): {ratio:.2f}")
        print(f"cacheable share of the prompt (tool, system prompt, style guide): "
              f"{cacheable:.0%}")
        print(f"re-run with the memory kept: {requests} request(s), "
              f"{'100%' if requests == 0 else 'not all'} from memory, {seconds:.2f}s "
              f"({seen} requests seen by the server)")
    finally:
        server.close()


if __name__ == "__main__":
    main()
