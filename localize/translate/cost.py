"""Estimates for a dry run: tokens in and out of each request, and what they would cost.

Prices are dollars per million tokens, as listed when this version was written; pass your
own to `estimate` when they differ. An estimate is an estimate: the real count comes back
in each answer's usage.
"""

from __future__ import annotations

from dataclasses import dataclass

from localize.translate.batching import estimate_tokens
from localize.translate.model import TranslationRequest

PRICES = {  # model prefix: (input, output) in $ per million tokens
    "claude-opus": (15.0, 75.0),
    "claude-sonnet": (3.0, 15.0),
    "claude-haiku": (1.0, 5.0),
}
DEFAULT_PRICE = PRICES["claude-sonnet"]
OUTPUT_PER_INPUT = 1.2
"""Output tokens per source token: translations run a little longer, plus the JSON."""
SEGMENT_OVERHEAD = 12
"""Tokens of JSON around each segment: id, kind, quotes and commas."""


@dataclass(frozen=True)
class Estimate:
    """Tokens and cost of a set of requests."""

    requests: int
    source_tokens: int
    input_tokens: int
    output_tokens: int
    cost: float


def price(model: str) -> tuple[float, float]:
    """The per-million prices of a model, by its family."""
    return next((value for prefix, value in PRICES.items() if model.startswith(prefix)),
                DEFAULT_PRICE)


def estimate(requests: list[TranslationRequest], prefix_tokens: int, model: str) -> Estimate:
    """Estimated usage: the stable prefix (tool, system prompt, style guide) is paid in full
    once and read from the cache at a tenth of the price afterwards."""
    source = sum(estimate_tokens(s.text) for r in requests for s in r.segments)
    per_request = [sum(estimate_tokens(s.text) + SEGMENT_OVERHEAD for s in r.segments) +
                   estimate_tokens(r.glossary) for r in requests]
    input_tokens = sum(per_request) + prefix_tokens * len(requests)
    output_tokens = int(source * OUTPUT_PER_INPUT) + SEGMENT_OVERHEAD * sum(
        len(r.segments) for r in requests)
    cached = prefix_tokens * max(0, len(requests) - 1)
    price_in, price_out = price(model)
    cost = ((input_tokens - cached) * price_in + cached * price_in * 0.1 +
            output_tokens * price_out) / 1_000_000
    return Estimate(len(requests), source, input_tokens, output_tokens, cost)
