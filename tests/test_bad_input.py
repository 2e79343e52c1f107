"""Bad input: one line naming the file and the problem, exit code 2, no traceback, nothing lost."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from localize.cli import app
from tests.conftest import SAMPLES

runner = CliRunner()
SAMPLE = SAMPLES / "ai-chip-startups.en.md"


def _run(*arguments: str) -> tuple[int, str]:
    result = runner.invoke(app, list(arguments))
    assert "Traceback" not in result.output
    assert not isinstance(result.exception, Exception) or isinstance(result.exception,
                                                                      SystemExit)
    return result.exit_code, result.output


def _assert_one_line_error(output: str, path: Path, problem: str) -> None:
    lines = [line for line in output.splitlines() if line.strip()]
    assert len(lines) == 1, output
    assert str(path) in lines[0] and problem in lines[0], lines[0]


@pytest.mark.parametrize("command", ["show", "import"])
def test_missing_file(tmp_path: Path, command: str) -> None:
    missing = tmp_path / "nope.md"
    extra = ["--out", str(tmp_path / "out")] if command == "import" else []
    code, output = _run(command, str(missing), *extra)
    assert code == 2
    _assert_one_line_error(output, missing, "no such file")


def test_directory(tmp_path: Path) -> None:
    code, output = _run("show", str(tmp_path))
    assert code == 2
    _assert_one_line_error(output, tmp_path, "is a directory")


@pytest.mark.parametrize(("content", "problem"), [
    (b"", "file is empty"),
    (b"  \n\t\n", "only whitespace"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    (b"# Title\n\nCaf\xe9 au lait\n", "invalid byte 0xe9 at offset 12"),
    (b"just some words\nwith no structure at all\n", "unrecognised format"),
])
def test_unusable_content(tmp_path: Path, content: bytes, problem: str) -> None:
    path = tmp_path / "input.txt"
    path.write_bytes(content)
    code, output = _run("show", str(path))
    assert code == 2
    _assert_one_line_error(output, path, problem)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_byte_order_marks_are_accepted(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "sample.md"
    path.write_bytes(SAMPLE.read_text("utf-8").encode(encoding))
    assert encoding != "utf-16" or path.read_bytes()[:2] in (codecs.BOM_UTF16_LE,
                                                             codecs.BOM_UTF16_BE)
    code, output = _run("show", str(path), "--json")
    assert code == 0, output
    assert '"title": "Can AI Chip Startups Survive the Inference Boom"' in output


def test_file_over_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.md"
    path.write_text("# Big\n\n" + "word " * 3000, "utf-8")
    code, output = _run("show", str(path), "--max-size", "0.01")
    assert code == 2
    _assert_one_line_error(output, path, "over the 10485 bytes limit")
    assert _run("show", str(path))[0] == 0  # the default limit (5 MB) lets it through


def test_default_size_limit_is_five_megabytes(tmp_path: Path) -> None:
    path = tmp_path / "huge.md"
    path.write_text("# Huge\n\n" + ("x" * 1000 + "\n\n") * 5300, "utf-8")
    code, output = _run("show", str(path))
    assert code == 2
    _assert_one_line_error(output, path, "over the 5.0 MB limit")


def test_existing_output_is_never_overwritten_without_force(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "can-ai-chip-startups-survive-the-inference-boom.en.md"
    target.write_text("my edits", "utf-8")
    code, output = _run("import", str(SAMPLE), "--out", str(out))
    assert code == 2
    _assert_one_line_error(output, target, "already exists (use --force to overwrite)")
    assert target.read_text("utf-8") == "my edits"
    code, output = _run("import", str(SAMPLE), "--out", str(out), "--force")
    assert code == 0, output
    assert target.read_text("utf-8") == SAMPLE.read_text("utf-8")
    assert [path.name for path in out.iterdir()] == [target.name]  # no temporary file left


def test_refused_import_writes_nothing_at_all(tmp_path: Path, corpus: Path) -> None:
    out = tmp_path / "out"
    first = runner.invoke(app, ["import", str(corpus / "summary-page.txt"), "--out", str(out)])
    assert first.exit_code == 0
    victim = sorted(out.iterdir())[5]
    victim.write_text("reviewed by hand", "utf-8")
    others = {path: path.stat().st_mtime_ns for path in out.iterdir() if path != victim}
    code, _ = _run("import", str(corpus / "summary-page.txt"), "--out", str(out))
    assert code == 2
    assert victim.read_text("utf-8") == "reviewed by hand"
    assert {path: path.stat().st_mtime_ns for path in out.iterdir() if path != victim} == others


def test_bad_front_matter_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.md"
    path.write_text("---\ntitle: ok\nlang: [en\n---\n# ok\n", "utf-8")
    code, output = _run("show", str(path))
    assert code == 2
    assert f"{path}:" in output and "front matter" in output


def test_unknown_format_name(tmp_path: Path) -> None:
    code, output = _run("show", str(SAMPLE), "--format", "docx")
    assert code == 2
    _assert_one_line_error(output, SAMPLE, "unknown format 'docx'")


def test_import_of_an_unsupported_language_names_it_and_the_supported_ones(tmp_path: Path) -> None:
    path = tmp_path / "resume.md"
    path.write_text("# Résumé\n\nLe modèle a été entraîné pendant deux mois sur mille "
                    "processeurs, et les résultats sont très encourageants.\n", "utf-8")
    code, output = _run("import", str(path), "--out", str(tmp_path / "out"))
    assert code == 2
    _assert_one_line_error(output, path, "unsupported source language 'fr' (supported: en, "
                                         "ko, zh; set it with --source-lang)")
    assert not (tmp_path / "out").exists()
    code, output = _run("import", str(path), "--out", str(tmp_path / "out"),
                        "--source-lang", "en")
    assert code == 0 and (tmp_path / "out" / "résumé.en.md").exists()


def test_output_folder_that_cannot_be_made_is_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", "utf-8")
    code, output = _run("import", str(SAMPLE), "--out", str(blocker / "sub"))
    assert code == 2
    _assert_one_line_error(output, blocker / "sub", "cannot write")
    code, output = _run("memory", "learn", str(SAMPLE), str(SAMPLES / "ai-chip-startups.ko.md"),
                        "--memory", str(blocker / "m.sqlite"))
    assert code == 2 and "cannot open the memory" in output
    assert blocker.read_text("utf-8") == "not a folder"


def test_links_and_devices_are_never_replaced(tmp_path: Path) -> None:
    real = tmp_path / "real.html"
    real.write_text("keep me", "utf-8")
    link = tmp_path / "link.html"
    link.symlink_to(real)
    code, output = _run("diff", str(SAMPLE), str(SAMPLES / "ai-chip-startups.ko.md"), "--html",
                        str(link), "--force")
    assert code == 2 and "not a regular file" in output
    assert link.is_symlink() and real.read_text("utf-8") == "keep me"


def test_written_files_follow_the_umask(tmp_path: Path) -> None:
    code, _ = _run("import", str(SAMPLE), "--out", str(tmp_path))
    assert code == 0
    [written] = tmp_path.iterdir()
    mask = os.umask(0)
    os.umask(mask)
    assert written.stat().st_mode & 0o777 == 0o666 & ~mask


def test_check_writes_any_format_to_out(tmp_path: Path) -> None:
    target = SAMPLES / "ai-chip-startups.ko.md"
    for fmt, marker in (("json", '"ok": true'), ("text", "ok: 0 error(s)"),
                        ("html", "<!DOCTYPE html>")):
        out = tmp_path / f"report.{fmt}"
        code, output = _run("check", str(SAMPLE), str(target), "--format", fmt, "--out",
                            str(out))
        assert code == 0 and "wrote" in output
        assert marker in out.read_text("utf-8")


def test_malformed_policy_file(tmp_path: Path) -> None:
    policy = tmp_path / "policy.yaml"
    policy.write_text("ko: {translate_quotes: false\n", "utf-8")
    code, output = _run("translate", str(SAMPLE), "--to", "ko", "--policy", str(policy),
                        "--dry-run", "--memory", str(tmp_path / "m.sqlite"))
    assert code == 2 and str(policy) in output and "YAML" in output
