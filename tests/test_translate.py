"""The translate pipeline and commands: memory first, nothing paid twice, resumable,
hand edits kept, the memory backend without a key, TMX exchange."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from localize.cli import app
from localize.document.model import Document
from localize.readers import read_file
from localize.translate import (
    Entry,
    FakeBackend,
    MemoryBackend,
    MissingTranslations,
    TranslationAnswer,
    TranslationMemory,
    Translator,
    Usage,
    export_tmx,
    import_tmx,
    translatable,
)
from localize.translate.policy import DEFAULT_POLICIES
from localize.writers import render_markdown
from tests.conftest import ROOT, SAMPLES
from tests.messages_server import MessagesServer, literal_translation, segments_of

runner = CliRunner()
SOURCE = SAMPLES / "ai-chip-startups.en.md"
GLOSSARY = ROOT / "glossaries" / "ai-tech.yaml"


def _document(path: Path) -> Document:
    _, [document] = read_file(path)
    assert isinstance(document, Document)
    return document


@pytest.fixture
def server() -> Iterator[MessagesServer]:
    running = MessagesServer()
    yield running
    running.close()


def _env(server: MessagesServer) -> dict[str, str]:
    return {**os.environ, "ANTHROPIC_API_KEY": "test-key", "ANTHROPIC_BASE_URL": server.url}


def _requested(server: MessagesServer, start: int = 0) -> list[str]:
    return [s["id"] for request in server.requests[start:] for s in segments_of(request)]


def test_memory_is_asked_first_and_a_rerun_costs_nothing() -> None:
    memory = TranslationMemory(":memory:")
    document = _document(SOURCE)
    originals = {s.id: s.text for s in translatable(document, DEFAULT_POLICIES["ko"])}
    fake = FakeBackend(lambda request: TranslationAnswer(
        {s.id: literal_translation(s.text, {}) for s in request.segments}, Usage(requests=1)))
    first = Translator([MemoryBackend(memory, originals), fake], memory).translate(
        document, "en", "ko")
    assert first.translated == len(originals) and first.from_memory == 0
    sent = len(fake.history)
    again = Translator([MemoryBackend(memory, originals), fake], memory).translate(
        document, "en", "ko")
    assert again.from_memory == len(originals) and again.translated == 0
    assert len(fake.history) == sent  # not one request more
    assert render_markdown(again.document) == render_markdown(first.document)


def test_memory_backend_alone_lists_what_it_lacks() -> None:
    document = _document(SOURCE)
    memory = TranslationMemory(":memory:")
    memory.store([Entry("en", "ko", document.title, "제목", "learned")])
    originals = {s.id: s.text for s in translatable(document, DEFAULT_POLICIES["ko"])}
    with pytest.raises(MissingTranslations) as error:
        Translator([MemoryBackend(memory, originals)], memory).translate(document, "en", "ko")
    assert "title" not in error.value.ids and "s1.p1" in error.value.ids
    assert "ANTHROPIC_API_KEY" in str(error.value)


def test_cli_without_key_from_learned_memory(tmp_path: Path) -> None:
    memory = tmp_path / "memory.sqlite"
    learned = runner.invoke(app, ["memory", "learn", str(SOURCE),
                                  str(SAMPLES / "ai-chip-startups.ko.md"), "--memory",
                                  str(memory)])
    assert learned.exit_code == 0 and "learned" in learned.output
    environment = {"ANTHROPIC_API_KEY": ""}
    result = runner.invoke(app, ["translate", str(SOURCE), "--to", "ko", "-g", str(GLOSSARY),
                                 "--out", str(tmp_path), "--memory", str(memory)],
                           env=environment)
    assert result.exit_code == 0, result.output
    written = (tmp_path / "ai-chip-startups.ko.md").read_text("utf-8")
    assert "translated_from: ai-chip-startups.en.md\n" in written
    assert written.replace("translated_from: ai-chip-startups.en.md\n", "") == (
        SAMPLES / "ai-chip-startups.ko.md").read_text("utf-8")
    other = runner.invoke(app, ["translate", str(SAMPLES / "open-model-economics.zh.md"),
                                "--to", "ko", "--out", str(tmp_path), "--memory", str(memory)],
                          env=environment)
    assert other.exit_code == 3
    assert "set ANTHROPIC_API_KEY" in other.output and "Traceback" not in other.output


def test_dry_run_estimates_and_sends_nothing(tmp_path: Path, server: MessagesServer) -> None:
    result = runner.invoke(app, ["translate", str(SOURCE), "--to", "ko,zh", "--dry-run",
                                 "--memory", str(tmp_path / "m.sqlite"), "-g", str(GLOSSARY)],
                           env=_env(server))
    assert result.exit_code == 0, result.output
    assert "nothing was sent" in result.output and "$" in result.output
    assert server.requests == [] and not list(tmp_path.glob("*.md"))


def test_cli_translates_through_the_api(tmp_path: Path, server: MessagesServer) -> None:
    result = runner.invoke(app, ["translate", str(SOURCE), "--to", "ko", "-g", str(GLOSSARY),
                                 "--out", str(tmp_path), "--memory", str(tmp_path / "m.sqlite")],
                           env=_env(server))
    assert "wrote" in result.output, result.output
    assert len(server.requests) >= 1
    edition = _document(tmp_path / "ai-chip-startups.ko.md")
    assert edition.lang == "ko" and len(edition.sections) == len(_document(SOURCE).sections)
    assert [e.type for e in edition.entities][:2] == ["인물", "인물"]
    assert edition.sections[-1].heading == "등장인물"
    rerun = runner.invoke(app, ["translate", str(SOURCE), "--to", "ko", "-g", str(GLOSSARY),
                                "--out", str(tmp_path), "--memory", str(tmp_path / "m.sqlite")],
                          env=_env(server))
    assert "0 translated" in rerun.output


def test_unchanged_rerun_makes_zero_requests(tmp_path: Path, server: MessagesServer) -> None:
    arguments = ["translate", str(SOURCE), "--to", "ko", "--out", str(tmp_path), "--memory",
                 str(tmp_path / "m.sqlite")]
    runner.invoke(app, arguments, env=_env(server))
    before = len(server.requests)
    assert before > 0
    rerun = runner.invoke(app, arguments, env=_env(server))
    assert "0 translated" in rerun.output and len(server.requests) == before


def test_hand_edit_survives_a_rerun_after_a_source_change(tmp_path: Path,
                                                           server: MessagesServer) -> None:
    source = tmp_path / "talk.en.md"
    source.write_text(SOURCE.read_text("utf-8"), "utf-8")
    out = tmp_path / "out"
    arguments = ["translate", str(source), "--to", "ko", "--out", str(out), "--memory",
                 str(tmp_path / "m.sqlite")]
    runner.invoke(app, arguments, env=_env(server))
    edition_path = out / "talk.ko.md"
    edition = _document(edition_path)
    reviewed = "검토자가 직접 고친 문단이다. 850,000 model runs a day는 하루 85만 건이다."
    edited = edition.model_copy(deep=True)
    edited.sections[1].paragraphs[0].text = reviewed
    edition_path.write_text(render_markdown(edited), "utf-8")
    source.write_text(source.read_text("utf-8").replace(
        "roughly $40 million for masks", "roughly $45 million for masks"), "utf-8")
    before = len(server.requests)
    result = runner.invoke(app, arguments, env=_env(server))
    assert "1 hand edits kept" in result.output, result.output
    assert _requested(server, before) == ["s4.p1"]  # only the changed segment is paid for
    assert _document(edition_path).sections[1].paragraphs[0].text == reviewed


def test_a_remembered_translation_failing_todays_checks_is_paid_for_again(
        tmp_path: Path, server: MessagesServer) -> None:
    memory_path = tmp_path / "m.sqlite"
    arguments = ["translate", str(SOURCE), "--to", "ko", "--out", str(tmp_path / "out"),
                 "--memory", str(memory_path)]
    assert runner.invoke(app, arguments, env=_env(server)).exit_code == 0
    document = _document(SOURCE)
    first = document.sections[0].paragraphs[0].text
    memory = TranslationMemory(memory_path)
    remembered = memory.lookup(first, "en", "ko")
    assert remembered is not None and remembered.origin == "model"
    # An older run (another prompt, another checker) accepted a paragraph left in English.
    memory.store([Entry("en", "ko", first, first, "model", None, "old-prompts", "old-model")])
    memory.close()
    (tmp_path / "out" / "ai-chip-startups.ko.md").unlink()  # no edition to learn edits from
    before = len(server.requests)
    result = runner.invoke(app, arguments, env=_env(server))
    assert result.exit_code == 0, result.output
    assert "remembered translation rejected s1.p1" in result.output
    assert "(untranslated)" in result.output
    assert _requested(server, before) == ["s1.p1"]  # only the rejected one is paid for


def test_killed_run_resumes_without_asking_again(tmp_path: Path) -> None:
    slow = MessagesServer(latency=0.4)
    try:
        memory = tmp_path / "m.sqlite"
        command = [sys.executable, "-m", "localize", "translate", str(SOURCE), "--to", "ko",
                   "--out", str(tmp_path), "--memory", str(memory), "--batch-tokens", "150",
                   "--concurrency", "1"]
        process = subprocess.Popen(command, env=_env(slow), stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and len(slow.requests) < 4:
            time.sleep(0.05)
        time.sleep(0.2)
        process.send_signal(signal.SIGKILL)
        process.wait()
        assert process.returncode == -signal.SIGKILL
        with sqlite3.connect(memory) as connection:
            kept = {row[0] for row in connection.execute("SELECT source_text FROM translations")}
        assert kept, "nothing was remembered before the kill"
        document = _document(SOURCE)
        finished = {s.id for s in translatable(document, DEFAULT_POLICIES["ko"])
                    if s.text in kept}
        before = len(slow.requests)
        resumed = subprocess.run(command, env=_env(slow), capture_output=True, text=True,
                                 timeout=120)
        assert resumed.returncode in (0, 1), resumed.stderr
        asked_again = set(_requested(slow, before)) & finished
        assert asked_again == set()
        assert (tmp_path / "ai-chip-startups.ko.md").exists()
    finally:
        slow.close()


def test_tmx_round_trip_and_cli(tmp_path: Path) -> None:
    entries = [Entry("en", "ko", "inference", "추론", "human", "g1", "p1", "claude-test"),
               Entry("zh", "en", "开源", "open source", "learned")]
    assert import_tmx(export_tmx(entries)) == entries
    tmx = tmp_path / "m.tmx"
    tmx.write_text(export_tmx(entries), "utf-8")
    memory = tmp_path / "m.sqlite"
    assert runner.invoke(app, ["memory", "import", str(tmx), "--memory", str(memory)]
                         ).exit_code == 0
    out = tmp_path / "out.tmx"
    assert runner.invoke(app, ["memory", "export", "--out", str(out), "--memory", str(memory)]
                         ).exit_code == 0
    assert sorted(import_tmx(out.read_text("utf-8")), key=lambda e: e.source_text) == sorted(
        entries, key=lambda e: e.source_text)


def test_bad_inputs(tmp_path: Path) -> None:
    unsupported = runner.invoke(app, ["translate", str(SOURCE), "--to", "fr"])
    assert unsupported.exit_code == 2 and "unsupported target language 'fr'" in unsupported.output
    broken = tmp_path / "broken.tmx"
    broken.write_text("<tmx><body>", "utf-8")
    result = runner.invoke(app, ["memory", "import", str(broken), "--memory",
                                 str(tmp_path / "m.sqlite")])
    assert result.exit_code == 2 and "not well-formed TMX" in result.output
    not_memory = tmp_path / "not.sqlite"
    not_memory.write_text("hello, I am not a database" * 10, "utf-8")
    result = runner.invoke(app, ["memory", "export", "--out", str(tmp_path / "x.tmx"),
                                 "--memory", str(not_memory)])
    assert result.exit_code == 2 and "not a translation memory" in result.output
    stranger = tmp_path / "ai-chip-startups.ko.md"
    stranger.write_text("my own notes, not an edition\n", "utf-8")
    result = runner.invoke(app, ["translate", str(SOURCE), "--to", "ko", "--out", str(tmp_path),
                                 "--memory", str(tmp_path / "m2.sqlite")])
    assert result.exit_code == 2 and "is not the ko edition" in result.output
    assert stranger.read_text("utf-8") == "my own notes, not an edition\n"


def test_transcript_cues_keep_timing_and_speakers(tmp_path: Path, server: MessagesServer
                                                   ) -> None:
    transcript = tmp_path / "talk.en.vtt"
    transcript.write_text(
        "WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\n<v Speaker 1>Welcome to the show about "
        "chips.\n\n2\n00:00:04.500 --> 00:00:09.000 align:start\n<v Speaker 2>We ran "
        "850,000 jobs a day on one rack.\n", "utf-8")
    result = runner.invoke(app, ["translate", str(transcript), "--to", "ko", "--out",
                                 str(tmp_path / "out"), "--memory", str(tmp_path / "m.sqlite")],
                           env=_env(server))
    assert result.exit_code == 0, result.output
    _, [edition] = read_file(tmp_path / "out" / "talk.ko.vtt")
    _, [original] = read_file(transcript)
    assert edition.lang == "ko"
    assert [(c.start, c.end, c.speaker, c.settings, c.identifier) for c in edition.cues] == [
        (c.start, c.end, c.speaker, c.settings, c.identifier) for c in original.cues]
    assert [c.text for c in edition.cues] != [c.text for c in original.cues]
    assert "850,000" in edition.cues[1].text
    assert _requested(server) == ["c1", "c2"]


def test_an_edition_from_another_source_is_never_taken_over(tmp_path: Path,
                                                             server: MessagesServer) -> None:
    """A human edition made from another source, or another summary's edition, is refused
    unless --force, and nothing is learned from it."""
    out = tmp_path / "out"
    out.mkdir()
    other = out / "open-model-economics.ko.md"
    other.write_text((SAMPLES / "open-model-economics.ko.md").read_text("utf-8"), "utf-8")
    source = tmp_path / "open-model-economics.en.md"
    source.write_text((SAMPLES / "open-model-economics.en.md").read_text("utf-8"), "utf-8")
    result = runner.invoke(app, ["translate", str(source), "--to", "ko", "--out", str(out),
                                 "--memory", str(tmp_path / "m.sqlite")], env=_env(server))
    assert result.exit_code == 2 and "is not the ko edition localize made from" in result.output
    assert other.read_text("utf-8") == (SAMPLES / "open-model-economics.ko.md").read_text(
        "utf-8")
    assert server.requests == []
    twice = runner.invoke(app, ["translate", str(SOURCE), str(SOURCE), "--to", "ko", "--out",
                                str(out)])
    assert twice.exit_code == 2 and "two sources would write this edition" in twice.output


def test_memory_learn_needs_two_languages(tmp_path: Path) -> None:
    result = runner.invoke(app, ["memory", "learn", str(SOURCE), str(SOURCE), "--memory",
                                 str(tmp_path / "m.sqlite")])
    assert result.exit_code == 2 and "pairs two languages" in result.output
