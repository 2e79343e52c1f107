"""Hostile model answers, played by the local Messages API server: none can break an
edition, enter the memory, or be passed off as translated."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import anthropic
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from localize.check import check_editions
from localize.document.model import NEEDS_REVIEW, Document, Paragraph, Quote, Section
from localize.document.segments import document_segments
from localize.readers import parse_markdown
from localize.translate import (
    FakeBackend,
    TranslationAnswer,
    TranslationMemory,
    Translator,
    Usage,
)
from localize.translate.backends.anthropic import AnthropicBackend
from localize.writers import LINE_SEPARATORS, render_checked, render_markdown
from tests.messages_server import (
    MessagesServer,
    glossary_of,
    literal_translation,
    segments_of,
    tool_reply,
)

KEY = "sk-ant-test-0123456789abcdef"
PARAGRAPH = "Inference now takes 60% of spending in every large data center."


def _document() -> Document:
    return Document(title="Chips", lang="en", sections=[
        Section(timestamp="00:00", heading="Why it matters", blocks=[
            Paragraph(text=PARAGRAPH),
            Quote(text="We ran 850,000 jobs a day.", speaker="Mei Tanaka", time="00:41")])])


@pytest.fixture
def server() -> Iterator[MessagesServer]:
    running = MessagesServer()
    yield running
    running.close()


def _always(hostile: str) -> Any:
    """A model that answers `hostile` for the paragraph, every time, and translates the rest."""
    def respond(body: dict[str, Any]) -> Any:
        glossary = glossary_of(body)
        return tool_reply([{"id": s["id"], "text": hostile if s["id"] == "s1.p1" else
                            literal_translation(s["text"], glossary)}
                           for s in segments_of(body)])
    return respond


HOSTILE = [
    ("carriage return", "추론이 지출의 60%를\r차지한다."),
    ("line separator", "추론이 지출의 60%를\u2028차지한다."),
    ("paragraph separator", "추론이 지출의 60%를\u2029차지한다."),
    ("next line", "추론이 지출의 60%를\x85차지한다."),
    ("record separator", "추론이 지출의 60%를\x1e차지한다."),
    ("front matter fence", "---\ntitle: x\n---"),
    ("oversized", "추론이 지출의 60%를 차지한다. " * 40_000),
    ("the key echoed", f"추론이 지출의 60%를 차지한다. {KEY}"),
]


@pytest.mark.parametrize(("name", "hostile"), HOSTILE, ids=[name for name, _ in HOSTILE])
def test_a_hostile_answer_never_enters_the_edition_or_the_memory(
        name: str, hostile: str, server: MessagesServer) -> None:
    server.default = _always(hostile)
    client = anthropic.Anthropic(api_key=KEY, base_url=server.url, max_retries=0)
    memory = TranslationMemory(":memory:")
    source = _document()
    outcome = Translator([AnthropicBackend(model="claude-test", client=client)], memory,
                         concurrency=1).translate(source, "en", "ko")
    assert isinstance(outcome.document, Document)
    # asked again (repairs), then reported, never passed off as done
    assert len(server.requests) == 3
    assert [failure.segment for failure in outcome.failures] == ["s1.p1"]
    assert outcome.document.extra[NEEDS_REVIEW] == ["s1.p1"]
    assert outcome.document.sections[0].paragraphs[0].text == PARAGRAPH  # the source kept
    text = render_checked(outcome.document)
    assert parse_markdown(text) == outcome.document  # the file reads back whole
    assert KEY not in text
    remembered = [entry.target_text for entry in memory.entries()]
    assert remembered and all(KEY not in entry and not any(
        mark in entry for mark in LINE_SEPARATORS) for entry in remembered)
    assert memory.lookup(PARAGRAPH, "en", "ko") is None
    repair = server.requests[1]["messages"][0]["content"]
    assert KEY not in repair  # the repair prompt never repeats the key either
    report, _ = check_editions(source, outcome.document, "en", "ko")
    assert ("needs-review", "s1.p1") in {(f.code, f.segment) for f in report.findings}


@pytest.mark.parametrize("answer", ["## [99:99] 추론이 지출의 60%를 차지한다.",
                                    "> 추론이 지출의 60%를 차지한다.",
                                    "- 추론이 지출의 60%를 차지한다.",
                                    "--- 추론이 60%를 차지한다."])
def test_block_syntax_at_the_start_of_an_answer_is_written_escaped(
        answer: str, server: MessagesServer) -> None:
    server.default = _always(answer)
    client = anthropic.Anthropic(api_key=KEY, base_url=server.url, max_retries=0)
    outcome = Translator([AnthropicBackend(model="claude-test", client=client)],
                         TranslationMemory(":memory:"), concurrency=1).translate(
        _document(), "en", "ko")
    assert isinstance(outcome.document, Document)
    text = render_checked(outcome.document)
    assert "\\" + answer in text  # escaped, so it reads back as the paragraph it is
    again = parse_markdown(text)
    assert again == outcome.document and again.sections[0].paragraphs[0].text == answer
    assert len(again.sections) == 1


def test_a_hostile_answer_fixed_on_repair_is_accepted(server: MessagesServer) -> None:
    good = "추론은 이제 모든 대형 데이터센터 지출의 60%를 차지한다."
    server.enqueue(_always("추론이\u2028지출의 60%를 차지한다."), _always(good))
    client = anthropic.Anthropic(api_key=KEY, base_url=server.url, max_retries=0)
    outcome = Translator([AnthropicBackend(model="claude-test", client=client)],
                         TranslationMemory(":memory:"), concurrency=1).translate(
        _document(), "en", "ko")
    assert outcome.failures == []
    assert NEEDS_REVIEW not in outcome.document.extra
    assert isinstance(outcome.document, Document)
    assert outcome.document.sections[0].paragraphs[0].text == good
    assert "one line" in server.requests[1]["messages"][0]["content"]


BLOCK_MARKERS = ["# ", "## ", "## [00:10] ", "> ", "- ", "---", "\\", "**", "*\"", " — ",
                 "[00:10]", "- **N** (t): ", "```", "|", "1. ", "<v x>", "-->"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.text(max_size=12), st.sampled_from(BLOCK_MARKERS),
                          st.sampled_from(list(LINE_SEPARATORS))), max_size=8),
       st.sampled_from(["title", "s1.h", "s1.p1", "s1.q1"]))
def test_any_answer_gives_an_edition_that_reads_back(pieces: list[str], target: str) -> None:
    answer = "".join(pieces)
    memory = TranslationMemory(":memory:")
    fake = FakeBackend(lambda request: TranslationAnswer(
        {s.id: answer if s.id == target else f"번역 {s.text}" for s in request.segments},
        Usage(requests=1)))
    source = _document()
    outcome = Translator([fake], memory, max_repairs=0).translate(source, "en", "ko")
    assert isinstance(outcome.document, Document)
    assert parse_markdown(render_markdown(outcome.document)) == outcome.document
    texts = {segment.id: segment.text for segment in document_segments(outcome.document)}
    failed = {failure.segment for failure in outcome.failures}
    assert set(outcome.document.extra.get(NEEDS_REVIEW, [])) == failed
    for entry in memory.entries():
        assert not any(mark in entry.target_text for mark in LINE_SEPARATORS)
    if target not in failed:
        assert texts[target] == answer.strip()  # accepted exactly as it reads back
