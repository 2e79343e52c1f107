"""`localize review apply` and the edit file: all or nothing, one line for a bad or stale
file; accepted findings set apart by `check` and `diff`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from localize import document_segments
from localize.cli import app
from localize.readers import parse_markdown
from localize.review.edits import FORMAT, origin_of
from localize.translate import TranslationMemory
from tests.conftest import ROOT, SAMPLES

runner = CliRunner()
SOURCE = SAMPLES / "ai-chip-startups.en.md"
GLOSSARY = ROOT / "glossaries" / "ai-tech.yaml"
KOREAN = (SAMPLES / "ai-chip-startups.ko.md").read_text("utf-8")
NEW = parse_markdown(KOREAN).sections[1].paragraphs[0].text  # the edition's fault fixed


def _edition(folder: Path) -> Path:
    path = folder / "talk.ko.md"
    path.write_text((SAMPLES / "ai-chip-startups.ko.md").read_text("utf-8").replace(
        "Nvidia에 합류", "엔비디아에 합류"), "utf-8")
    return path


def _edits(edition: Path, **changes: Any) -> dict[str, Any]:
    document = parse_markdown(edition.read_text("utf-8"))
    source = parse_markdown(SOURCE.read_text("utf-8"))
    origin = origin_of(SOURCE, edition, "en", "ko", [GLOSSARY], False)
    data: dict[str, Any] = {"format": FORMAT, "version": 1, **origin.model_dump(),
                            "edits": [{"segment": "s2.p1",
                                       "old": document.sections[1].paragraphs[0].text,
                                       "new": NEW,
                                       "source_text": source.sections[1].paragraphs[0].text}],
                            "accepted": [{"code": "number.missing", "segment": "s2.q1",
                                          "message": "the number 'one' is missing from the "
                                                     "target", "note": "idiom"}]}
    data.update(changes)
    return data


def _write(folder: Path, data: Any) -> Path:
    path = folder / "edits.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data, ensure_ascii=False),
                    "utf-8")
    return path


def _apply(edits: Path, memory: Path) -> tuple[int, str]:
    result = runner.invoke(app, ["review", "apply", str(edits), "--memory", str(memory)])
    assert "Traceback" not in result.output
    return result.exit_code, result.output


def test_apply_writes_edits_teaches_memory_and_records_acceptances(tmp_path: Path) -> None:
    edition = _edition(tmp_path)
    code, output = _apply(_write(tmp_path, _edits(edition)), tmp_path / "memory.sqlite")
    assert code == 0, output
    assert "applied 1 edit(s) and 1 accepted finding(s)" in output
    assert "ok: 0 error(s)" in output and "1 accepted" in output
    document = parse_markdown(edition.read_text("utf-8"))
    assert document.sections[1].paragraphs[0].text == NEW
    assert document.extra["accepted_findings"][0]["note"] == "idiom"
    memory = TranslationMemory(tmp_path / "memory.sqlite")
    [entry] = list(memory.entries())
    assert entry.target_text == NEW and entry.origin == "human"
    memory.close()
    report = json.loads(runner.invoke(app, ["check", str(SOURCE), str(edition), "-g",
                                            str(GLOSSARY), "--format", "json"]).output)
    assert all(finding["segment"] != "s2.q1" for finding in report["findings"])
    assert [item["note"] for item in report["accepted"]] == ["idiom"]
    diff = runner.invoke(app, ["diff", str(SOURCE), str(edition), "--no-pager"],
                         env={"COLUMNS": "200"})
    assert "accepted info number.missing: the number 'one' is missing from the target — idiom" \
        in diff.output and "1 accepted" in diff.output


BAD_FILES = [
    ("not json", "{", "not JSON"),
    ("not ours", {"hello": 1}, "not a review edit file"),
    ("newer version", {"format": FORMAT, "version": 9}, "edit file version 9"),
    ("unknown key", {"surprise": True}, "surprise: unknown key"),
    ("bad hash", {"edition_sha256": "0" * 64}, "changed since the review page was made"),
    ("no such segment", {"edits": [{"segment": "s9.p9", "old": "a", "new": "b"}]},
     "segment s9.p9 is not in the edition"),
    ("old text differs", {"edits": [{"segment": "s2.p1", "old": "other", "new": "b"}]},
     "segment s2.p1 no longer reads as the page showed it"),
    ("line break", "newline", "would hold a line break"),
    ("markup in a term", "term", "segment s7.t1 would not read back as written"),
    ("edited twice", "twice", "segment s2.p1 is edited twice"),
]


@pytest.mark.parametrize(("name", "change", "expected"), BAD_FILES,
                         ids=[case[0] for case in BAD_FILES])
def test_bad_or_stale_edit_files_get_one_line_and_change_nothing(
        tmp_path: Path, name: str, change: Any, expected: str) -> None:
    edition = _edition(tmp_path)
    before = edition.read_bytes()
    if isinstance(change, dict) and "format" not in change and "hello" not in change:
        data: Any = _edits(edition, **change)
    elif change in ("newline", "term", "twice"):
        data = _edits(edition)
        edit = data["edits"][0]
        if change == "newline":
            edit["new"] = "one\ntwo"
        elif change == "term":
            data["edits"] = [{"segment": "s7.t1", "old": "추론", "new": "a**: b"}]
        else:
            data["edits"].append(dict(edit))
    else:
        data = change
    code, output = _apply(_write(tmp_path, data), tmp_path / "memory.sqlite")
    assert code == 2, output
    assert output.count("\n") == 1 and expected in output, output
    assert edition.read_bytes() == before
    if (tmp_path / "memory.sqlite").exists():
        memory = TranslationMemory(tmp_path / "memory.sqlite")
        assert len(memory) == 0
        memory.close()


def test_a_memory_that_refuses_the_write_leaves_the_edition_as_it_was(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from localize.errors import InputError

    edition = _edition(tmp_path)
    before = edition.read_text("utf-8")

    def refuse(self: TranslationMemory, entries: object) -> int:
        raise InputError(self.path, "the disk is full")

    monkeypatch.setattr(TranslationMemory, "store", refuse)
    code, output = _apply(_write(tmp_path, _edits(edition)), tmp_path / "memory.sqlite")
    assert code == 2 and "the disk is full" in output
    assert edition.read_text("utf-8") == before


def test_check_json_carries_every_segments_full_text(tmp_path: Path) -> None:
    edition = _edition(tmp_path)
    report = json.loads(runner.invoke(app, ["check", str(SOURCE), str(edition), "-g",
                                            str(GLOSSARY), "--format", "json"]).output)
    source = parse_markdown(SOURCE.read_text("utf-8"))
    target = parse_markdown(edition.read_text("utf-8"))
    source_texts = {s.id: s.text for s in document_segments(source)}
    target_texts = {s.id: s.text for s in document_segments(target)}
    paired = [f for f in report["findings"] if f["segment"] in source_texts
              and f["source_text"] and f["target_text"]]
    assert paired and any(len(f["target_text"]) > 160 for f in paired)
    for finding in paired:
        assert finding["source_text"] == source_texts[finding["segment"]]
        assert finding["target_text"] == target_texts[finding["segment"]]


def test_findings_are_listed_in_segment_order(tmp_path: Path) -> None:
    edition = tmp_path / "talk.ko.md"
    text = (SAMPLES / "ai-chip-startups.ko.md").read_text("utf-8")
    edition.write_text(text.replace("Nvidia에 합류", "엔비디아에 합류").replace(
        "85만", "85억"), "utf-8")
    report = json.loads(runner.invoke(app, ["check", str(SOURCE), str(edition), "-g",
                                            str(GLOSSARY), "--format", "json"]).output)
    order = [s.id for s in document_segments(
        parse_markdown(SOURCE.read_text("utf-8")))]
    units = [segment.split(".")[0] + "." + segment.split(".")[1] if segment.startswith("s")
             else segment for segment in order]
    places = [units.index(f["segment"]) for f in report["findings"] if f["segment"] in units]
    assert places == sorted(places)


def test_version_and_errors_not_about_a_file() -> None:
    version = runner.invoke(app, ["--version"])
    assert version.exit_code == 0 and version.output.startswith("localize ")
    result = runner.invoke(app, ["check", str(SOURCE), str(SOURCE), "--format", "xml"])
    assert result.exit_code == 2
    assert result.output.strip() == "localize: error: unknown --format 'xml' (text, json or html)"


def _commands() -> list[list[str]]:
    found = [[command.name or ""] for command in app.registered_commands]
    for group in app.registered_groups:
        assert group.typer_instance is not None
        found += [[group.name or "", command.name or ""]
                  for command in group.typer_instance.registered_commands]
    return found


@pytest.mark.parametrize("command", _commands(), ids=" ".join)
def test_every_command_lists_its_exit_codes(command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "Exit codes: 0" in result.output and "2 bad input" in result.output


def test_review_apply_is_documented_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    assert "localize review apply" in readme and FORMAT in readme
