"""`localize diff` in the terminal: every character of both editions printed, whole units,
lines wrapped at the terminal's width, findings whole and in segment order."""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path

import pytest
from rich.cells import cell_len
from rich.text import Text
from typer.testing import CliRunner

from localize.cli import app
from localize.document.segments import document_segments
from localize.readers import parse_markdown
from localize.review.terminal import SEPARATOR
from localize.review.wrap import line_spans, wrap
from tests.conftest import ROOT, SAMPLES

runner = CliRunner()
GLOSSARY = ROOT / "glossaries" / "ai-tech.yaml"


def _pairs() -> list[tuple[Path, Path]]:
    """Every two editions of one summary among the samples."""
    by_slug: dict[str, list[Path]] = {}
    for path in sorted(SAMPLES.glob("*.md")):
        by_slug.setdefault(path.name.split(".")[0], []).append(path)
    return [pair for paths in by_slug.values() for pair in itertools.combinations(paths, 2)]


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _columns(output: str) -> tuple[str, str]:
    """What the left and the right column printed, each as one string."""
    left, right = [], []
    for line in output.splitlines():
        if SEPARATOR in line:
            first, second = line.split(SEPARATOR, 1)
            left.append(first)
            right.append(second)
    return _squeezed("".join(left)), _squeezed("".join(right))


def _texts(path: Path) -> list[str]:
    document = parse_markdown(path.read_text("utf-8"))
    texts = [segment.text for segment in document_segments(document)]
    texts += [quote.speaker for quote in document.quotes if quote.speaker]
    return texts


@pytest.mark.parametrize("columns", [80, 100])
@pytest.mark.parametrize(("source", "target"), _pairs(),
                         ids=lambda path: path.name if isinstance(path, Path) else None)
def test_every_character_of_both_editions_is_printed(source: Path, target: Path,
                                                     columns: int) -> None:
    result = runner.invoke(app, ["diff", str(source), str(target), "-g", str(GLOSSARY),
                                 "--no-pager"], env={"COLUMNS": str(columns)})
    assert result.exit_code == 0, result.output
    assert all(cell_len(line) <= columns for line in result.output.splitlines())
    left, right = _columns(result.output)
    for text in _texts(source):
        assert _squeezed(text) in left, text
    for text in _texts(target):
        assert _squeezed(text) in right, text
    report = json.loads(runner.invoke(app, ["check", str(source), str(target), "-g",
                                            str(GLOSSARY), "--format", "json"]).output)
    everything, after = _squeezed(result.output), 0
    for finding in report["findings"]:  # every message whole, in the check's order
        after = everything.find(_squeezed(f"{finding['code']}: {finding['message']}"), after)
        assert after != -1, finding
        after += 1


def test_entities_terms_and_quotes_are_shown_whole() -> None:
    result = runner.invoke(app, ["diff", str(SAMPLES / "ai-chip-startups.en.md"),
                                 str(SAMPLES / "ai-chip-startups.ko.md"), "--no-pager"],
                           env={"COLUMNS": "200"})
    for expected in ("Dana Okafor", "type: 인물", "type: person", "고대역폭 메모리(HBM)",
                     "High-bandwidth memory (HBM)", "speaker: Mei Tanaka", "time: 02:47"):
        assert expected in result.output, expected


@pytest.mark.parametrize(("text", "width", "expected"), [
    ("the quick brown fox", 9, ["the quick", "brown fox"]),
    ("스타트업 여러 곳의", 8, ["스타트업", "여러 곳", "의"]),
    ("这是一个很长的句子", 6, ["这是一", "个很长", "的句子"]),
    ("https://example.com/a/b", 10, ["https://ex", "ample.com/", "a/b"]),
    ("Nvidia에 합류했을 때", 10, ["Nvidia에", "합류했을", "때"]),
    ("", 10, [""]),
])
def test_wrapping_breaks_latin_at_words_and_cjk_anywhere(text: str, width: int,
                                                          expected: list[str]) -> None:
    lines = [text[start:end] for start, end in line_spans(text, width)]
    assert lines == expected
    assert all(cell_len(line) <= width for line in lines)


def test_wrapping_keeps_styles_and_line_breaks() -> None:
    text = Text("one two\nthree")
    text.stylize("bold", 0, 3)
    lines = wrap(text, 20)
    assert [line.plain for line in lines] == ["one two", "three"]
    assert lines[0].spans and lines[0].spans[0].style == "bold"
