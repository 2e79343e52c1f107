"""The command line: thin commands over the library, documented, with stable JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from localize.cli import app
from localize.readers.markdown import parse_markdown
from tests.conftest import SAMPLES, sample_paths

runner = CliRunner()
COMMANDS = ["import", "show", "detect", "check", "diff", "translate"]


def test_every_command_is_listed_in_the_top_level_help() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in COMMANDS:
        assert command in result.output


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command: str) -> None:
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "Example: localize " + command in result.output


def test_every_command_is_documented_in_the_readme() -> None:
    readme = (SAMPLES.parent / "README.md").read_text("utf-8")
    for command in COMMANDS:
        assert f"localize {command}" in readme


def test_import_writes_canonical_files_and_says_what_it_wrote(tmp_path: Path) -> None:
    sample = SAMPLES / "open-model-economics.zh.md"
    result = runner.invoke(app, ["import", str(sample), "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    written = list(tmp_path.iterdir())
    assert len(written) == 1 and written[0].name.endswith(".zh.md")
    assert f"wrote {written[0]}" in result.output
    assert written[0].read_text("utf-8") == sample.read_text("utf-8")


def test_import_of_the_page_writes_sixteen_files(tmp_path: Path, corpus: Path) -> None:
    result = runner.invoke(app, ["import", str(corpus / "summary-page.txt"), "--out",
                                 str(tmp_path), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert len(report) == 16 and len(list(tmp_path.glob("*.md"))) == 16
    assert sorted(Path(item["path"]).name.split(".")[-2] for item in report).count("ko") == 2
    defective = [item for item in report if item["defects"]]
    assert len(defective) == 1 and defective[0]["title"].startswith("AI Agents Need Computers")


@pytest.mark.parametrize("path", sample_paths(), ids=lambda path: path.name)
def test_show_json_outline_matches_the_document(path: Path) -> None:
    result = runner.invoke(app, ["show", str(path), "--json"])
    assert result.exit_code == 0, result.output
    [outline] = json.loads(result.output)
    document = parse_markdown(path.read_text("utf-8"))
    assert outline["title"] == document.title and outline["lang"] == document.lang
    assert outline["quotes"] == len(document.quotes)
    assert [s["timestamp"] for s in outline["sections"]] == [
        s.timestamp for s in document.sections]
    assert outline["path"] == str(path)
    assert set(outline) == {"path", "kind", "title", "lang", "source_lang", "overview_paragraphs",
                            "timed_sections", "untimed_sections", "paragraphs", "quotes",
                            "entities", "sections", "uncertain_headings", "defects"}


def test_show_for_people_lists_sections_and_flags(corpus: Path) -> None:
    result = runner.invoke(app, ["show", str(corpus / "summary-page.txt")])
    assert result.exit_code == 0
    assert "heading guessed" in result.output
    assert "defect" in result.output and "leaked" in result.output


def test_show_transcript(corpus: Path) -> None:
    result = runner.invoke(app, ["show", str(corpus / "transcript.vtt")])
    assert result.exit_code == 0
    assert "779 cues" in result.output and "Speaker 3: 485 cues" in result.output


def test_every_check_and_lint_rule_is_documented_in_the_readme() -> None:
    from localize.check import CHECKS
    from localize.glossary import RULES

    readme = (SAMPLES.parent / "README.md").read_text("utf-8")
    for name in [*CHECKS, *RULES]:
        assert f"`{name}`" in readme, name
