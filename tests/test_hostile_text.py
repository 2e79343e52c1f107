"""Hostile text in files: read as what it is, one line and exit 2 when unusable, printed verbatim.

Issue 14, items 2 (Markdown read as Markdown, invalid values one line), 9 (NFD editions
compared as NFC), 12 (no text is rich markup) and 13 (closed standard input, long outlines).
"""

from __future__ import annotations

import json
import subprocess
import sys
import unicodedata
from pathlib import Path
from typing import Literal

import pytest
from typer.testing import CliRunner

from localize.check import check_editions
from localize.cli import app
from localize.cli.documents import TABLE_LIMIT
from localize.glossary import Compliance, TermIndex, load_glossary
from localize.readers import detect_format, parse_markdown
from localize.readers.blocks import parse_quote
from localize.text.unicode import nfc_with_origins
from localize.writers.markdown import render_markdown
from tests.conftest import ROOT, SAMPLES

runner = CliRunner()
WIDE = {"COLUMNS": "250"}  # no wrapping inside a table cell, so texts can be found whole
NFD = "NFD"
Form = Literal["NFC", "NFD"]


def _invoke(*arguments: str, stdin: str | None = None) -> tuple[int, str]:
    result = runner.invoke(app, list(arguments), input=stdin, env=WIDE)
    assert "Traceback" not in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        repr(result.exception)
    return result.exit_code, result.output


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, "utf-8")
    return path


# --- item 2: canonical Markdown is read as canonical Markdown --------------------------------

MENTIONS_INLINE_MARKER = (
    "# Timestamps explained\n\nWrite a section as ## [00:10] Heading on its own line.\n\n"
    "## [00:10] First\n\nIt says ## [01:00] inside a paragraph.\n\n## [01:00] Second\n\nText.\n")


@pytest.mark.parametrize(("text", "sections"), [
    (MENTIONS_INLINE_MARKER, ["First", "Second"]),
    ("---\ntitle: T\nlang: en\n---\n" + MENTIONS_INLINE_MARKER, ["First", "Second"]),
    ("---\ntitle: Front matter only\n---\nA ## [00:10] mention.\n\n## [00:10] Only\n", ["Only"]),
    ("\n\n# Blank lines first\n\nSee ## Key Concepts below.\n\n## Key Concepts\n",
     ["Key Concepts"]),
], ids=["title-line", "front-matter-and-title", "front-matter-only", "leading-blank-lines"])
def test_markdown_mentioning_an_inline_section_keeps_its_sections(
        tmp_path: Path, text: str, sections: list[str]) -> None:
    assert detect_format(text) == "markdown"
    code, output = _invoke("show", str(_write(tmp_path, "talk.en.md", text)), "--json")
    assert code == 0, output
    [outline] = json.loads(output)
    assert [section["heading"] for section in outline["sections"]] == sections


def test_a_flattened_page_is_still_a_page() -> None:
    page = "Site chrome\nA title\nOverview text ## [00:10] Intro The body ## [01:00] End More\n"
    assert detect_format(page) == "summary-page"


@pytest.mark.parametrize(("name", "text", "line", "problem"), [
    ("timestamp.md", "# T\n\nOverview.\n\n## [99:99] Impossible\n\nText.\n", 5,
     "heading time [99:99] is not a time"),
    ("seconds.md", "---\ntitle: T\n---\n# T\n\n## [00:10] Fine\n\n## [1:60:00] Bad\n", 8,
     "heading time [1:60:00]"),
    ("number-key.md", "---\ntitle: T\n1: one\n---\n# T\n", 3, "key '1' is not text"),
    ("date-key.md", "---\ntitle: T\nlang: en\n2024-01-01: x\n---\n# T\n", 4,
     "key '2024-01-01' is not text"),
    ("null-key.md", "---\ntitle: T\nnull: x\n---\n# T\n", 3, "key 'null' is not text"),
    ("anchor.md", "---\ntitle: T\na: &a [x, x]\nb: [*a, *a]\n---\n# T\n", 3,
     "anchor &a is not allowed"),
    ("alias.md", "---\ntitle: T\nb: [*a, *a]\n---\n# T\n", 3, "alias *a is not allowed"),
    ("repeated-key.md", "---\ntitle: T\nlang: en\ntitle: U\n---\n# T\n", 4,
     "key 'title' is repeated"),
    ("deep.md", "---\ntitle: T\nx: " + "[" * 40 + "]" * 40 + "\n---\n# T\n", 3,
     "nested deeper than"),
    ("deeper.md", "---\ntitle: T\nx: " + "[" * 50_000 + "]" * 50_000 + "\n---\n# T\n", 3,
     "nest"),
    ("show-notes.txt", "Title\nAudio Brief\nAn overview paragraph of the episode.\nQuotes\n"
     '- At 0:99:99 - "Text" - Speaker\nTakeaways\n- One\n', 5, "quote time 0:99:99"),
    ("page.txt", "Chrome line\nA title\nOverview ## [00:10] Intro Body ## [99:99] Bad Body\n",
     3, "section time [99:99]"),
], ids=["timestamp", "seconds", "number-key", "date-key", "null-key", "anchor", "alias",
        "repeated-key", "deep", "deeper", "show-notes-quote-time", "page-section-time"])
def test_invalid_values_are_one_line_with_file_and_line(
        tmp_path: Path, name: str, text: str, line: int, problem: str) -> None:
    path = _write(tmp_path, name, text)
    code, output = _invoke("show", str(path))
    assert code == 2
    lines = [printed for printed in output.splitlines() if printed.strip()]
    assert len(lines) == 1, output
    assert f"{path}:{line}:" in lines[0] and problem in lines[0], lines[0]


@pytest.mark.parametrize(("content", "text", "time"), [
    ('*"Said."* — Ann [99:99]', '*"Said."* — Ann [99:99]', None),
    ("*Said [99:99]*", "Said [99:99]", None),
    ('*"Said."* [note]', '*"Said."* [note]', None),
    ('*"Said."* — Ann [00:21]', "Said.", "00:21"),
    ("*Said [00:21]*", "Said", "00:21"),
])
def test_a_quote_time_that_is_not_a_time_stays_text(content: str, text: str,
                                                    time: str | None) -> None:
    quote = parse_quote(content)
    assert (quote.text, quote.time) == (text, time)


# --- item 9: editions saved decomposed (NFD) compare as composed (NFC) ---------------------

KOREAN_PAIRS = [(SAMPLES / f"{name}.en.md", SAMPLES / f"{name}.ko.md")
                for name in ("ai-chip-startups", "ai-tutor-hagwon", "open-model-economics")]


def _codes(output: str) -> list[tuple[str, str | None]]:
    return [(finding["code"], finding["segment"]) for finding in json.loads(output)["findings"]]


@pytest.mark.parametrize(("source", "target"), KOREAN_PAIRS, ids=lambda path: path.stem)
def test_an_nfd_edition_gets_the_findings_of_its_nfc_twin(tmp_path: Path, source: Path,
                                                          target: Path) -> None:
    text = target.read_text("utf-8")
    decomposed = _write(tmp_path, target.name, unicodedata.normalize(NFD, text))
    assert decomposed.read_text("utf-8") != text  # the sample has Hangul to decompose
    _, composed_output = _invoke("check", str(source), str(target), "--format", "json")
    code, output = _invoke("check", str(source), str(decomposed), "--format", "json")
    assert _codes(output) == _codes(composed_output)
    assert code == (1 if json.loads(composed_output)["ok"] is False else 0)


@pytest.mark.parametrize("target", [target for _, target in KOREAN_PAIRS],
                         ids=lambda path: path.stem)
def test_an_nfd_file_is_read_and_written_as_given(target: Path) -> None:
    decomposed = unicodedata.normalize(NFD, target.read_text("utf-8"))
    document = parse_markdown(decomposed)
    assert render_markdown(document) == decomposed
    source = parse_markdown((target.parent / target.name.replace(".ko.", ".en.")).read_text())
    check_editions(source, document, "en", "ko")
    assert render_markdown(document) == decomposed  # the checker compared copies


GLOSSARY = """name: nfc
terms:
  - term: Anthropic
    keep: true
    reading: 앤트로픽
    forbidden: {ko: [앤트로픽]}
  - term: reinforcement learning
    translations: {ko: 강화 학습}
    forbidden: {ko: [강화학습]}
"""


@pytest.mark.parametrize(("source", "target", "codes"), [
    ("Anthropic grew.", "Anthropic은 성장했다.", []),
    ("Anthropic grew.", "Anthropic는 성장했다.", ["glossary.particle"]),
    ("Anthropic grew.", "앤트로픽은 성장했다.", ["glossary.keep-altered"]),
    ("It uses reinforcement learning.", "강화 학습을 쓴다.", []),
    ("It uses reinforcement learning.", "강화학습을 쓴다.",
     ["glossary.missing", "glossary.forbidden"]),
])
@pytest.mark.parametrize(("glossary_form", "text_form"), [
    ("NFC", "NFC"), ("NFC", "NFD"), ("NFD", "NFC"), ("NFD", "NFD")])
def test_glossary_compliance_compares_in_nfc(tmp_path: Path, source: str, target: str,
                                             codes: list[str], glossary_form: Form,
                                             text_form: Form) -> None:
    path = _write(tmp_path, "g.yaml", unicodedata.normalize(glossary_form, GLOSSARY))
    compliance = Compliance(load_glossary(path).glossary, "en", "ko")
    found = compliance.check(source, unicodedata.normalize(text_form, target))
    assert [finding.code for finding in found] == codes


@pytest.mark.parametrize("text", ["앤트로픽과 강화 학습은 다르다.", "Anthropic의 강화 학습 팀"])
def test_matches_in_an_nfd_text_point_into_that_text(tmp_path: Path, text: str) -> None:
    index = TermIndex(load_glossary(_write(tmp_path, "g.yaml", GLOSSARY)).glossary, "ko")
    decomposed = unicodedata.normalize(NFD, text)
    composed_matches = [(match.term.term, text[match.start:match.end])
                        for match in index.find(text)]
    decomposed_matches = [(match.term.term, unicodedata.normalize(
        "NFC", decomposed[match.start:match.end])) for match in index.find(decomposed)]
    assert composed_matches and decomposed_matches == composed_matches


@pytest.mark.parametrize(("text", "word"), [
    ("강화 학습은 어렵다", "학습"),          # Hangul: three jamo compose into one syllable
    ("the café opened", "café"),          # Latin: e + combining acute
    ("Ǻngström Å", "Å"),                   # two combining marks, and a mark on a letter
    ("বোতল বই", "বই"),                       # Bengali: a vowel sign of class 0 that composes
    ("plain ASCII text", "ASCII"),
])
def test_nfc_positions_point_back_into_the_text_as_given(text: str, word: str) -> None:
    decomposed = unicodedata.normalize(NFD, text)
    normal, origins = nfc_with_origins(decomposed)
    assert normal == unicodedata.normalize("NFC", text)
    start = normal.index(unicodedata.normalize("NFC", word))
    end = start + len(unicodedata.normalize("NFC", word))
    positions = origins or list(range(len(decomposed) + 1))
    assert unicodedata.normalize("NFC", decomposed[positions[start]:positions[end]]) == \
        normal[start:end]


# --- item 12: nothing printed is read as rich markup ----------------------------------------

HOSTILE = ["[/]", "[a/b]", "[v2]", "[link=https://example.com]x[/link]", "[bold]b[/bold]",
           ":smile:", "[red]", "C:\\"]


def _edition(title: str, heading: str, paragraph: str, lang: str = "en") -> str:
    return (f"---\ntitle: {json.dumps(title)}\nlang: {lang}\n---\n# {title}\n\n{paragraph}\n\n"
            f"## [00:10] {heading}\n\n{paragraph} More.\n")


@pytest.mark.parametrize("hostile", HOSTILE)
@pytest.mark.parametrize("command", ["show", "detect", "diff", "check", "import"])
def test_texts_and_file_names_are_printed_verbatim(tmp_path: Path, command: str,
                                                   hostile: str) -> None:
    folder = tmp_path / f"in {hostile.replace('/', '')}"  # a name cannot hold a slash
    folder.mkdir()
    title, heading = f"Title {hostile}", f"Heading {hostile}"
    old = _write(folder, "talk.en.md", _edition(title, heading, f"Body {hostile}"))
    new = _write(folder, "talk2.en.md", _edition(title, heading, f"Changed {hostile}"))
    arguments = {"show": ["show", str(old)], "detect": ["detect", str(old)],
                 "diff": ["diff", str(old), str(new)], "check": ["check", str(old), str(new)],
                 "import": ["import", str(old), "--out", str(folder / "out")]}[command]
    code, output = _invoke(*arguments)
    assert code in (0, 1), output
    expected = {"show": [title, heading], "detect": [title, str(old)],
                "diff": [heading, f"Body {hostile}", f"Changed {hostile}"],
                "check": [str(new)], "import": [str(folder / "out")]}[command]
    for text in expected:
        assert text in output, (text, output)


@pytest.mark.parametrize("hostile", HOSTILE)
@pytest.mark.parametrize("command", ["check", "diff"])
def test_findings_quoting_texts_are_verbatim(tmp_path: Path, command: str, hostile: str) -> None:
    kept = "## [00:10] Kept\n\nText.\n"
    source = _write(tmp_path, "a.en.md", f"# T\n\n{kept}\n## [00:20] Gone {hostile}\n\nX.\n")
    target = _write(tmp_path, "b.en.md", f"# T\n\n{kept}")
    code, output = _invoke(command, str(source), str(target))
    assert code == (1 if command == "check" else 0), output
    assert f"section {'Gone ' + hostile!r} is missing from the target" in output, output


# --- item 13: closed standard input, long outlines ------------------------------------------

def test_detect_lines_with_standard_input_closed_is_one_line() -> None:
    closed = subprocess.run(["sh", "-c", 'exec "$0" -m localize detect --lines - <&-',
                             sys.executable], capture_output=True, text=True, cwd=ROOT,
                            timeout=60, check=False)
    assert closed.returncode == 2, closed.stderr
    assert closed.stderr.strip() == "localize: error: <stdin>: standard input is closed"
    assert not closed.stdout


@pytest.mark.parametrize(("stdin", "arguments", "code", "expected"), [
    ("hello world, this is English\n", [], 0, "hello world, this is English"),
    ("[/] [v2] :smile: text in English\n", [], 0, "[/] [v2] :smile: text in English"),
    ("x" * 20_000, ["--max-size", "0.01"], 2, "standard input is over the 10485 bytes limit"),
])
def test_detect_lines_from_standard_input(stdin: str, arguments: list[str], code: int,
                                          expected: str) -> None:
    found, output = _invoke("detect", "--lines", "-", *arguments, stdin=stdin)
    assert found == code and expected in output
    assert len(output.splitlines()) == 1


@pytest.mark.parametrize("sections", [3, TABLE_LIMIT, TABLE_LIMIT + 1, 2_000])
def test_show_lists_every_heading_verbatim_however_many(tmp_path: Path, sections: int) -> None:
    headings = [f"Heading {number} [/] [v{number}]" for number in range(1, sections + 1)]
    body = "".join(f"## [{number // 60:02d}:{number % 60:02d}] {heading}\n\nText.\n\n"
                   for number, heading in enumerate(headings))
    path = _write(tmp_path, "long.en.md", f"# Long\n\n{body}")
    code, output = _invoke("show", str(path))
    assert code == 0
    printed = output.splitlines()
    assert all(any(line.rstrip().endswith(heading) or f" {heading} " in line
                   for line in printed) for heading in (headings[0], headings[-1]))
    assert sum(1 for line in printed if "Heading " in line) == sections
