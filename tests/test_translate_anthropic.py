"""The Anthropic path with the real SDK against a local server playing the Messages API:
good answers, every failure the issue lists, and what the requests carry."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

import anthropic
import pytest

from localize.document.model import Document, Paragraph, Quote, Section
from localize.glossary import Glossary, Term
from localize.translate import (
    QuotaExhausted,
    TranslationMemory,
    Translator,
)
from localize.translate.backends.anthropic import TOOL_NAME, AnthropicBackend
from tests.messages_server import (
    MessagesServer,
    error_reply,
    glossary_of,
    literal_translation,
    segments_of,
    tool_reply,
)

GLOSSARY = Glossary(name="test", terms=[
    Term(term="data center", translations={"en": "data center", "ko": "데이터센터",
                                           "zh": "数据中心"},
         forbidden={"ko": ["데이터 센터"]}),
    Term(term="inference", translations={"en": "inference", "ko": "추론", "zh": "推理"}),
    Term(term="Huawei", translations={"en": "Huawei", "ko": "화웨이", "zh": "华为"}),
    Term(term="Nvidia", keep=True, reading="엔비디아", forbidden={"ko": ["엔비디아"]}),
])


def document() -> Document:
    return Document(title="Chips for inference", lang="en", sections=[
        Section(timestamp="00:00", heading="Why inference matters", blocks=[
            Paragraph(text="Nvidia sells most chips, and inference now takes 60% of spending "
                           "in every large data center."),
            Quote(text="We ran 850,000 jobs a day on one rack.", speaker="Mei Tanaka",
                  time="00:41"),
        ]),
        Section(timestamp="03:10", heading="What it costs", blocks=[
            Paragraph(text="A design at the leading edge costs about $40 million before the "
                           "first chip comes back from the foundry."),
        ]),
    ])


@pytest.fixture
def server() -> Iterator[MessagesServer]:
    running = MessagesServer()
    yield running
    running.close()


def translator(server: MessagesServer, memory: TranslationMemory | None = None,
               batch_tokens: int = 1500, max_retries: int = 3) -> Translator:
    client = anthropic.Anthropic(api_key="test-key", base_url=server.url,
                                 max_retries=max_retries)
    return Translator([AnthropicBackend(model="claude-test", client=client)],
                      memory or TranslationMemory(":memory:"), GLOSSARY,
                      batch_tokens=batch_tokens, concurrency=1)


def answer_with(change: dict[str, str]) -> Any:
    """A responder that translates literally but replaces the answer for some ids."""
    def respond(body: dict[str, Any]) -> Any:
        glossary = glossary_of(body)
        return tool_reply([{"id": s["id"], "text": change.get(s["id"], literal_translation(
            s["text"], glossary))} for s in segments_of(body)])
    return respond


def test_good_answers_and_what_the_request_carries(server: MessagesServer) -> None:
    outcome = translator(server).translate(document(), "en", "ko")
    assert outcome.failures == [] and outcome.translated == 6
    [request] = server.requests
    assert request["model"] == "claude-test"
    assert request["tool_choice"] == {"type": "tool", "name": TOOL_NAME}
    assert [tool["name"] for tool in request["tools"]] == [TOOL_NAME]
    system = request["system"]
    assert "Korean" in system[0]["text"] and "cache_control" not in system[0]
    assert system[1]["cache_control"] == {"type": "ephemeral"}  # end of the stable prefix
    assert "만/억/조" in system[1]["text"]  # the Korean style guide
    content = request["messages"][0]["content"]
    assert "inference → 추론" in content and "data center → 데이터센터" in content
    assert "Huawei" not in content  # only the terms of this batch
    ids = [segment["id"] for segment in segments_of(request)]
    assert ids == ["title", "s1.h", "s1.p1", "s1.q1", "s2.h", "s2.p1"]
    assert "⟦Nvidia⟧" in content  # a kept name is protected, and visible
    headers = {name.lower(): value for name, value in server.headers[0].items()}
    assert "test-key" in (headers.get("x-api-key", ""), headers.get("authorization", "")[7:])
    assert "anthropic-version" in headers
    edition = outcome.document
    assert edition.lang == "ko" and edition.source_lang == "en"
    assert "⟦" not in edition.sections[0].paragraphs[0].text
    assert edition.sections[0].quotes[0].speaker == "Mei Tanaka"


def test_malformed_answer_is_asked_again(server: MessagesServer) -> None:
    server.enqueue((200, {"id": "m", "type": "message", "role": "assistant",
                          "model": "claude-test", "stop_reason": "tool_use",
                          "stop_sequence": None,
                          "content": [{"type": "tool_use", "id": "t", "name": TOOL_NAME,
                                       "input": {"translation": "not a list"}}],
                          "usage": {"input_tokens": 10, "output_tokens": 5}}, {}))
    outcome = translator(server).translate(document(), "en", "ko")
    assert outcome.failures == []
    assert len(server.requests) == 2
    assert "malformed" in server.requests[1]["messages"][0]["content"]


def test_missing_id_is_asked_for_alone(server: MessagesServer) -> None:
    def drop_quote(body: dict[str, Any]) -> Any:
        glossary = glossary_of(body)
        return tool_reply([{"id": s["id"], "text": literal_translation(s["text"], glossary)}
                           for s in segments_of(body) if s["id"] != "s1.q1"])
    server.enqueue(drop_quote)
    outcome = translator(server).translate(document(), "en", "ko")
    assert outcome.failures == []
    second = server.requests[1]
    assert [s["id"] for s in segments_of(second)] == ["s1.q1"]
    assert "ids missing: s1.q1" in second["messages"][0]["content"]


def test_extra_id_is_refused_and_ignored(server: MessagesServer) -> None:
    def extra(body: dict[str, Any]) -> Any:
        glossary = glossary_of(body)
        items = [{"id": s["id"], "text": literal_translation(s["text"], glossary)}
                 for s in segments_of(body)]
        return tool_reply([*items, {"id": "s9.p9", "text": "invented"}])
    server.enqueue(extra)
    outcome = translator(server).translate(document(), "en", "ko")
    assert outcome.failures == [] and "invented" not in json.dumps(
        outcome.document.model_dump(), ensure_ascii=False)


def test_glossary_violation_fixed_on_repair(server: MessagesServer) -> None:
    server.enqueue(answer_with({"s1.p1": "⟦Nvidia⟧가 칩을 팔고, 추론이 모든 데이터 센터 "
                                         "지출의 60%를 차지한다."}))
    outcome = translator(server).translate(document(), "en", "ko")
    assert outcome.failures == []
    repair = server.requests[1]
    assert [s["id"] for s in segments_of(repair)] == ["s1.p1"]
    text = repair["messages"][0]["content"]
    assert "'데이터 센터' is forbidden in the ko edition; write '데이터센터'" in text


def test_changed_number_fixed_on_repair(server: MessagesServer) -> None:
    server.enqueue(answer_with({"s1.q1": "한 랙에서 하루 80만 건을 돌렸습니다."}))
    outcome = translator(server).translate(document(), "en", "ko")
    assert outcome.failures == []
    assert "the number '850,000' became '80만' (number.altered)" in \
        server.requests[1]["messages"][0]["content"]


def test_violation_still_there_after_two_repairs_is_reported(server: MessagesServer) -> None:
    bad = answer_with({"s1.q1": "한 랙에서 하루 80만 건을 돌렸습니다."})
    server.enqueue(bad, bad, bad)
    outcome = translator(server).translate(document(), "en", "ko")
    assert [f.segment for f in outcome.failures] == ["s1.q1"]
    assert len(server.requests) == 3  # the first answer and two repairs, no more


def test_429_with_retry_after_is_retried(server: MessagesServer) -> None:
    server.enqueue(error_reply(429, "rate_limit_error", "slow down",
                               {"retry-after-ms": "300"}))
    start = time.monotonic()
    outcome = translator(server).translate(document(), "en", "ko")
    assert outcome.failures == [] and len(server.requests) == 2
    assert time.monotonic() - start >= 0.3  # the wait the server asked for


def test_529_overloaded_is_retried(server: MessagesServer) -> None:
    server.enqueue(error_reply(529, "overloaded_error", "overloaded", {"retry-after-ms": "10"}))
    outcome = translator(server).translate(document(), "en", "ko")
    assert outcome.failures == [] and len(server.requests) == 2


def test_spent_quota_is_reported_not_retried(server: MessagesServer) -> None:
    memory = TranslationMemory(":memory:")
    server.enqueue(error_reply(400, "invalid_request_error",
                               "Your credit balance is too low to access the API."))
    with pytest.raises(QuotaExhausted, match="quota is spent"):
        translator(server, memory).translate(document(), "en", "ko")
    assert len(server.requests) == 1


def test_max_tokens_splits_the_batch(server: MessagesServer) -> None:
    server.enqueue(tool_reply([], stop_reason="max_tokens"))
    outcome = translator(server).translate(document(), "en", "ko")
    assert outcome.failures == []
    sizes = [len(segments_of(request)) for request in server.requests]
    assert sizes == [6, 3, 3]


def test_refusal_fails_only_its_batch(server: MessagesServer) -> None:
    refusal = (200, {"id": "m", "type": "message", "role": "assistant", "model": "claude-test",
                     "stop_reason": "refusal", "stop_sequence": None, "content": [],
                     "usage": {"input_tokens": 10, "output_tokens": 1}}, {})
    server.enqueue(refusal)
    outcome = translator(server, batch_tokens=40).translate(document(), "en", "ko")
    refused = {failure.segment for failure in outcome.failures}
    first_batch = {s["id"] for s in segments_of(server.requests[0])}
    assert refused == first_batch and outcome.translated == 6 - len(first_batch)
    assert all("refused" in failure.reasons[0] for failure in outcome.failures)


def test_line_breaks_in_an_answer_are_repaired(server: MessagesServer) -> None:
    server.enqueue(answer_with({"s2.p1": "첫 줄\n둘째 줄 $40 million"}))
    outcome = translator(server).translate(document(), "en", "ko")
    assert outcome.failures == []
    assert "on one line" in server.requests[1]["messages"][0]["content"]
    assert "\n" not in outcome.document.sections[1].paragraphs[0].text
