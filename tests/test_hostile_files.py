"""Hostile glossaries, policies, TBX and TMX files: one line and exit 2, or the right import."""

from __future__ import annotations

import codecs
import signal
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

import pytest
import yaml
from typer.testing import CliRunner

from localize import yamlfile
from localize.cli import app
from localize.errors import InputError
from localize.glossary import import_tbx, load_glossary
from localize.translate import TranslationMemory
from localize.translate.tmx import read_tmx
from localize.xmlfile import xml_text
from tests.conftest import SAMPLES

runner = CliRunner()
SAMPLE = SAMPLES / "ai-chip-startups.en.md"
TARGET = SAMPLES / "ai-chip-startups.ko.md"

LAUGHS = "".join(
    [f'{chr(97 + level)}: &{chr(97 + level)} [' + ",".join(
        ['"lol"'] * 9 if level == 0 else [f"*{chr(96 + level)}"] * 9) + "]\n"
     for level in range(9)])
"""The billion laughs: nine levels of nine aliases, 10^9 strings from a few hundred bytes."""


@pytest.fixture(autouse=True)
def _no_hang() -> Iterator[None]:
    """A hostile file that hangs fails its test instead of the suite (not a speed target)."""
    if not hasattr(signal, "SIGALRM"):
        yield
        return

    def interrupt(_signal: int, _frame: FrameType | None) -> None:
        raise TimeoutError("still running after 60 s: a hostile file hangs the command")

    previous = signal.signal(signal.SIGALRM, interrupt)
    signal.alarm(60)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def _run(*arguments: str) -> tuple[int, list[str]]:
    result = runner.invoke(app, list(arguments))
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        result.exception)
    return result.exit_code, [line for line in result.output.splitlines() if line.strip()]


def _assert_refused(arguments: list[str], path: Path, problem: str, line: int | None) -> None:
    code, lines = _run(*arguments)
    assert code == 2, lines
    assert len(lines) == 1, lines
    where = f"{path}:{line}:" if line is not None else f"{path}:"
    assert where in lines[0] and problem in lines[0], lines[0]


# --- YAML: glossaries and edition policies --------------------------------------------------

GLOSSARY_HEAD = "name: hostile\nterms: []\n"
HOSTILE_YAML = [
    # (id, text after the glossary's first two lines, problem, line)
    ("billion-laughs", LAUGHS, "anchor &a is not allowed", 3),
    ("alias-alone", "note: *nowhere\n", "alias *nowhere is not allowed", 3),
    ("anchor-alone", "description: &d text\n", "anchor &d is not allowed", 3),
    ("merge-key", "description:\n  <<: {a: b}\n", "merge keys (<<) are not allowed", 4),
    ("deep-flow-lists", "x: " + "[" * 50_000 + "]" * 50_000 + "\n", "nest", 3),
    ("deep-flow-mappings", "x: " + "{a: " * 50_000 + "b" + "}" * 50_000 + "\n", "nest", 3),
    ("deep-block-lists", "x:\n" + "- " * 50_000 + "end\n", "nested deeper than 32 levels", 4),
    ("repeated-key", "name: again\n", "key 'name' is repeated", 3),
    ("list-as-key", "? [a, b]\n: c\n", "key must be a plain value", 3),
    ("two-documents", "---\nname: other\n", "more than one YAML document", 3),
    ("control-character", "description: bell\x07\n", "characters are not allowed "
     "(character #x0007)", 3),
    ("python-call", "description: !!python/object/apply:os.system [ls]\n",
     "tag !!python/object/apply:os.system is not allowed", 3),
    ("python-name", "description: !!python/name:os.system ''\n",
     "could not determine a constructor", 3),
    ("set-tag", "description: !!set {a, b}\n", "tag !!set is not allowed", 3),
    ("unclosed-flow", "description: [a, b\n", "YAML:", 4),
]


@pytest.fixture(params=["libyaml", "pure-python"])
def parser(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Each case with both parsers: libyaml where installed, and PyYAML's own."""
    if request.param == "pure-python":
        monkeypatch.setattr(yamlfile, "_Loader", yaml.SafeLoader)
    elif not getattr(yaml, "__with_libyaml__", False):
        pytest.skip("libyaml is not installed")
    return str(request.param)


@pytest.mark.parametrize(("text", "problem", "line"), [case[1:] for case in HOSTILE_YAML],
                         ids=[case[0] for case in HOSTILE_YAML])
@pytest.mark.parametrize("command", ["lint", "check"])
def test_hostile_glossary_is_one_line(tmp_path: Path, parser: str, command: str, text: str,
                                      problem: str, line: int) -> None:
    path = tmp_path / "hostile.yaml"
    path.write_text(GLOSSARY_HEAD + text, "utf-8")
    arguments = ["glossary", "lint", str(path)] if command == "lint" else [
        "glossary", "check", str(SAMPLE), str(TARGET), "-g", str(path)]
    if parser == "pure-python" and problem == "nest":
        problem = "nested deeper than 32 levels"  # libyaml stops first, at its own bound
    _assert_refused(arguments, path, problem, line)


POLICY_HEAD = "ko:\n  translate_quotes: false\n"
HOSTILE_POLICIES = [
    # (id, text after the policy's first two lines, problem, line)
    ("billion-laughs", LAUGHS, "anchor &a is not allowed", 3),
    ("alias", "zh:\n  headings: *h\n", "alias *h is not allowed", 4),
    ("deep-nesting", "zh: " + "[" * 50_000 + "]" * 50_000 + "\n", "nest", 3),
    ("repeated-language", "ko:\n  translate_headings: false\n", "key 'ko' is repeated", 3),
    ("unknown-language", "fr:\n  translate_quotes: true\n", "unknown language 'fr'", 4),
    ("wrong-value", "zh:\n  quote_marks: '<<'\n", "zh.quote_marks:", 4),
    ("unknown-setting", "zh:\n  colour: red\n", "zh.colour:", 4),
]


@pytest.mark.parametrize(("text", "problem", "line"), [case[1:] for case in HOSTILE_POLICIES],
                         ids=[case[0] for case in HOSTILE_POLICIES])
def test_hostile_policy_is_one_line(tmp_path: Path, parser: str, text: str, problem: str,
                                    line: int) -> None:
    path = tmp_path / "policy.yaml"
    path.write_text(POLICY_HEAD + text, "utf-8")
    if parser == "pure-python" and problem == "nest":
        problem = "nested deeper than 32 levels"
    _assert_refused(["translate", str(SAMPLE), "--to", "ko", "--policy", str(path),
                     "--dry-run", "--memory", str(tmp_path / "m.sqlite")], path, problem, line)


def test_a_plain_glossary_still_loads_with_its_lines(tmp_path: Path, parser: str) -> None:
    path = tmp_path / "plain.yaml"
    path.write_text("name: plain\nterms:\n  - term: agent\n    translations: {ko: 에이전트}\n"
                    "  - term: Anthropic\n    keep: yes\n  - term: '2024'\n", "utf-8")
    loaded = load_glossary(path)
    assert [(term.term, term.keep) for term in loaded.glossary.terms] == [
        ("agent", False), ("Anthropic", True), ("2024", False)]
    assert loaded.term_lines == [3, 5, 7]


# --- XML: TBX and TMX -----------------------------------------------------------------------

def _tbx(encoding: str | None, korean: str = "카페") -> str:
    declaration = f'<?xml version="1.0" encoding="{encoding}"?>\n' if encoding else ""
    return (declaration + '<martif type="TBX" xml:lang="en"><text><body>\n'
            '<termEntry id="café"><langSet xml:lang="en"><tig><term>café</term></tig>'
            f'</langSet><langSet xml:lang="ko"><tig><term>{korean}</term></tig></langSet>'
            "</termEntry>\n</body></text></martif>\n")


def _tmx(encoding: str | None, units: str | None = None) -> str:
    declaration = f'<?xml version="1.0" encoding="{encoding}"?>\n' if encoding else ""
    units = units or ('<tu><tuv xml:lang="en"><seg>café</seg></tuv>'
                      '<tuv xml:lang="ko"><seg>카페</seg></tuv></tu>')
    return (declaration + '<tmx version="1.4"><header srclang="en"/><body>\n' + units
            + "\n</body></tmx>\n")


ENTITY = ('<?xml version="1.0"?>\n<!DOCTYPE x [\n<!ENTITY lol "lol">\n]>\n'
          "<martif>&lol;</martif>\n")
HOSTILE_XML = [
    # (id, file bytes, problem, line): refused the same way as TBX and as TMX
    ("unknown-encoding", _tbx("x-klingon").encode(), "unknown encoding 'x-klingon'", 1),
    ("codec-that-is-not-an-encoding", _tbx("rot13").encode(), "unknown encoding 'rot13'", 1),
    ("utf8-declared-iso-8859-1", _tbx("ISO-8859-1").encode(),
     "the XML declaration says ISO-8859-1 but the file is UTF-8", 1),
    ("entity-declaration", ENTITY.encode(), "entity declarations are not allowed", 3),
    ("external-entity", b'<?xml version="1.0"?>\n<!DOCTYPE x [\n<!ENTITY e SYSTEM '
     b'"file:///etc/passwd">\n]>\n<martif>&e;</martif>\n', "entity declarations", 3),
    ("undefined-entity", b"<martif>\n&nbsp;</martif>\n", "undefined entity", 2),
    ("invalid-utf8", b"<martif>\n<a>\xff</a></martif>\n", "not UTF-8 text: invalid byte 0xff",
     None),  # the command reads the file as text first, which names the offset
]


@pytest.mark.parametrize(("data", "problem", "line"), [case[1:] for case in HOSTILE_XML],
                         ids=[case[0] for case in HOSTILE_XML])
@pytest.mark.parametrize("kind", ["tbx", "tmx"])
def test_hostile_xml_is_one_line(tmp_path: Path, kind: str, data: bytes, problem: str,
                                 line: int | None) -> None:
    path = tmp_path / f"hostile.{kind}"
    path.write_bytes(data.replace(b"martif", b"tmx") if kind == "tmx" else data)
    memory = tmp_path / "m.sqlite"
    arguments = ["glossary", "import", str(path), "--out", str(tmp_path / "out.yaml")] if \
        kind == "tbx" else ["memory", "import", str(path), "--memory", str(memory)]
    _assert_refused(arguments, path, problem, line)
    assert not (tmp_path / "out.yaml").exists()


WELL_DECLARED = [
    # (id, file bytes): each imports café / 카페
    ("utf8-declared", lambda document: document("UTF-8").encode()),
    ("utf8-undeclared", lambda document: document(None).encode()),
    ("utf8-with-bom", lambda document: codecs.BOM_UTF8 + document("utf-8").encode()),
    ("utf16-le-with-bom", lambda document: codecs.BOM_UTF16_LE
     + document("UTF-16").encode("utf-16-le")),
    ("utf16-be-with-bom", lambda document: codecs.BOM_UTF16_BE
     + document("UTF-16").encode("utf-16-be")),
]


@pytest.mark.parametrize("make", [case[1] for case in WELL_DECLARED],
                         ids=[case[0] for case in WELL_DECLARED])
def test_declared_encodings_import_through_the_cli(tmp_path: Path, make: object) -> None:
    assert callable(make)
    tbx, tmx = tmp_path / "g.tbx", tmp_path / "m.tmx"
    tbx.write_bytes(make(_tbx))
    tmx.write_bytes(make(_tmx))
    out, memory = tmp_path / "g.yaml", tmp_path / "m.sqlite"
    assert _run("glossary", "import", str(tbx), "--out", str(out))[0] == 0
    [term] = load_glossary(out).glossary.terms
    assert (term.term, term.translations) == ("café", {"en": "café", "ko": "카페"})
    assert _run("memory", "import", str(tmx), "--memory", str(memory))[0] == 0
    [entry] = TranslationMemory(memory, read_only=True).entries()
    assert (entry.source_text, entry.target_text) == ("café", "카페")


BYTES_BY_DECLARATION = [
    # (id, file bytes, expected text or the problem refused)
    ("iso-8859-1-bytes", _tbx("ISO-8859-1", "cafe").encode("latin-1"), "café"),
    ("windows-1252-bytes", _tbx("windows-1252", "“cafe”").encode("cp1252"), "“cafe”"),
    ("euc-kr-bytes", _tbx("EUC-KR").replace("é", "e").encode("euc-kr"), "카페"),
    ("utf16-without-bom", _tbx("UTF-16").encode("utf-16-be"), "카페"),
    ("utf16-declared-on-utf8", _tbx("UTF-16").encode(), "has no byte-order mark"),
    ("utf8-bom-declared-utf16", codecs.BOM_UTF8 + _tbx("UTF-16").encode(),
     "says UTF-16 but the file is UTF-8"),
    ("utf16-bom-declared-latin1", codecs.BOM_UTF16_LE + _tbx("latin-1").encode("utf-16-le"),
     "says latin-1 but the file is UTF-16"),
    ("latin1-bytes-declared-utf8", _tbx("UTF-8", "cafe").encode("latin-1"),
     "not UTF-8 text: invalid byte 0xe9"),
]


@pytest.mark.parametrize(("data", "expected"), [case[1:] for case in BYTES_BY_DECLARATION],
                         ids=[case[0] for case in BYTES_BY_DECLARATION])
def test_bytes_are_read_by_their_declaration(data: bytes, expected: str) -> None:
    try:
        text = xml_text(data, "g.tbx")
    except InputError as error:
        assert expected in error.message and "\n" not in error.message, error.message
        return
    assert expected in text and "<?xml" not in text
    assert import_tbx(data, "g.tbx").terms  # what the parser is handed parses


def test_a_latin1_file_imports_through_the_cli(tmp_path: Path) -> None:
    path = tmp_path / "latin.tbx"
    path.write_bytes(_tbx("ISO-8859-1", "cafe").encode("latin-1"))
    assert _run("glossary", "import", str(path), "--out", str(tmp_path / "g.yaml"))[0] == 0


def test_deeply_nested_xml_is_read_without_recursion(tmp_path: Path) -> None:
    path = tmp_path / "deep.tbx"
    path.write_bytes(b"<martif>" + b"<a>" * 50_000 + b"</a>" * 50_000 + b"</martif>")
    code, lines = _run("glossary", "import", str(path), "--out", str(tmp_path / "g.yaml"))
    assert code == 0 and lines == [f"wrote {tmp_path / 'g.yaml'}: 0 terms"]


TMX_LANGUAGES = [
    # (id, units, stored (source, target) language pairs, skipped variants by language)
    ("unknown-language", '<tu><tuv xml:lang="fr"><seg>bonjour</seg></tuv>'
     '<tuv xml:lang="en"><seg>hello</seg></tuv><tuv xml:lang="ko"><seg>안녕</seg></tuv></tu>',
     [("en", "ko")], {"fr": 1}),
    ("empty-and-missing-language", '<tu><tuv><seg>x</seg></tuv><tuv xml:lang=" ">'
     '<seg>y</seg></tuv><tuv xml:lang="zh"><seg>z</seg></tuv></tu>', [], {"": 2}),
    ("regional-codes", '<tu><tuv xml:lang="ko-KR"><seg>안녕</seg></tuv>'
     '<tuv xml:lang="EN_us"><seg>hello</seg></tuv></tu>', [("en", "ko")], {}),
    ("srclang-of-the-unit", '<tu srclang="ko"><tuv xml:lang="en"><seg>hello</seg></tuv>'
     '<tuv xml:lang="ko"><seg>안녕</seg></tuv></tu>', [("ko", "en")], {}),
    ("only-unknown", '<tu><tuv xml:lang="de"><seg>Hallo</seg></tuv>'
     '<tuv xml:lang="fr"><seg>bonjour</seg></tuv></tu>', [], {"de": 1, "fr": 1}),
]


@pytest.mark.parametrize(("units", "pairs", "skipped"), [case[1:] for case in TMX_LANGUAGES],
                         ids=[case[0] for case in TMX_LANGUAGES])
def test_tmx_units_in_unknown_or_empty_languages_are_skipped(
        tmp_path: Path, units: str, pairs: list[tuple[str, str]], skipped: dict[str, int]
) -> None:
    document = _tmx("UTF-8", units).encode()
    found = read_tmx(document, "m.tmx")
    assert [(entry.source_lang, entry.target_lang) for entry in found.entries] == pairs
    assert found.skipped == skipped
    summary = found.skipped_summary()
    assert (summary is None) == (not skipped)
    if summary is not None:
        assert f"skipped {sum(skipped.values())} variant(s)" in summary
    path, memory = tmp_path / "m.tmx", tmp_path / "m.sqlite"
    path.write_bytes(document)
    code, lines = _run("memory", "import", str(path), "--memory", str(memory))
    assert code == 0 and f"imported {len(pairs)} translation(s)" in lines[-1]
    stored = TranslationMemory(memory, read_only=True).entries() if memory.exists() else []
    assert sorted((entry.source_lang, entry.target_lang) for entry in stored) == sorted(pairs)
