"""`translate --force` never overwrites a source of the same run (by path or by inode), and
the refusal does not suggest --force."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from localize.cli import app
from tests.conftest import SAMPLES

runner = CliRunner()
ENGLISH = SAMPLES / "ai-chip-startups.en.md"
KOREAN = SAMPLES / "ai-chip-startups.ko.md"


def _translate(tmp_path: Path, *arguments: str) -> tuple[int, str]:
    result = runner.invoke(app, ["translate", *arguments, "--backend", "memory",
                                 "--memory", str(tmp_path / "m.sqlite")])
    return result.exit_code, result.output


@pytest.mark.parametrize("force", [False, True])
def test_an_english_file_named_as_the_korean_edition_is_never_replaced(
        tmp_path: Path, force: bool) -> None:
    source = tmp_path / "talk.ko.md"
    shutil.copy(ENGLISH, source)
    before = source.read_bytes()
    code, output = _translate(tmp_path, str(source), "--to", "ko",
                              *(["--force"] if force else []))
    assert code == 2
    [line] = output.strip().splitlines()
    assert "is the en source itself" in line and "talk.en.md" in line
    assert "--force" not in line
    assert source.read_bytes() == before


@pytest.mark.parametrize("force", [False, True])
def test_one_source_never_replaces_another(tmp_path: Path, force: bool) -> None:
    english, korean = tmp_path / "a.en.md", tmp_path / "a.ko.md"
    shutil.copy(ENGLISH, english)
    shutil.copy(KOREAN, korean)
    before = english.read_bytes(), korean.read_bytes()
    code, output = _translate(tmp_path, str(english), str(korean), "--to", "en,ko",
                              *(["--force"] if force else []))
    assert code == 2
    assert "is a source of this run" in output and "--force" not in output
    assert (english.read_bytes(), korean.read_bytes()) == before


def test_a_hard_link_to_the_source_is_the_source(tmp_path: Path) -> None:
    (tmp_path / "src").mkdir()
    (tmp_path / "out").mkdir()
    source = tmp_path / "src" / "talk.en.md"
    shutil.copy(ENGLISH, source)
    os.link(source, tmp_path / "out" / "talk.ko.md")
    before = source.read_bytes()
    code, output = _translate(tmp_path, str(source), "--to", "ko", "--out",
                              str(tmp_path / "out"), "--force")
    assert code == 2 and "is the same file as" in output and "talk.en.md" in output
    assert "--force" not in output
    assert source.read_bytes() == before


def test_a_symlinked_spelling_of_the_source_is_the_source(tmp_path: Path) -> None:
    source = tmp_path / "talk.ko.md"
    shutil.copy(ENGLISH, source)
    (tmp_path / "alias").symlink_to(tmp_path)
    code, output = _translate(tmp_path, str(tmp_path / "alias" / "talk.ko.md"), "--to", "ko",
                              "--out", str(tmp_path), "--force")
    assert code == 2 and "source" in output


def test_force_still_replaces_a_file_that_is_not_a_source(tmp_path: Path) -> None:
    source = tmp_path / "talk.en.md"
    shutil.copy(ENGLISH, source)
    (tmp_path / "talk.ko.md").write_text("someone else's file\n", encoding="utf-8")
    code, output = _translate(tmp_path, str(source), "--to", "ko")
    assert code == 2 and "use --force to replace it" in output  # not a source: --force helps
    code, output = _translate(tmp_path, str(source), "--to", "ko", "--force")
    assert code != 2, output  # past planning (the memory alone then lacks translations)
