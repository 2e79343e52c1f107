"""Hostile input to what localize stores (issue 14, items 5 and 10): import targets that
collide or run too long, and translation memories that are damaged, read-only, full, a
folder, not SQLite or from a newer localize. Each case: exit code, one line, no traceback,
the user's files unchanged, no stray file."""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from localize.cli import app
from localize.document.model import Document
from localize.readers import read_file
from localize.text.slug import MAX_NAME_BYTES, slugify, unique_slugs
from localize.translate import Entry, TranslationMemory
from tests.conftest import SAMPLES
from tests.flatten import flatten_page
from tests.messages_server import MessagesServer

runner = CliRunner()
SOURCE = SAMPLES / "ai-chip-startups.en.md"
TARGET = SAMPLES / "ai-chip-startups.ko.md"
REAL_CONNECT = sqlite3.connect


def _run(*arguments: str, env: dict[str, str] | None = None) -> tuple[int, list[str]]:
    """Exit code and the output's non-empty lines; a traceback fails the test."""
    result = runner.invoke(app, list(arguments), env=env)
    assert "Traceback" not in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        repr(result.exception)
    return result.exit_code, [line for line in result.output.splitlines() if line.strip()]


def _snapshot(folder: Path) -> dict[str, bytes | None]:
    """Every file and folder under `folder` with its bytes (None for a folder)."""
    return {str(path.relative_to(folder)): None if path.is_dir() else path.read_bytes()
            for path in sorted(folder.rglob("*"))}


def _summary() -> Document:
    _, [document] = read_file(SOURCE)
    assert isinstance(document, Document)
    return document


def _page(folder: Path, titles: list[str]) -> Path:
    """A summary page holding one summary per title (the sample's body under each)."""
    page = folder / "page.txt"
    summary = _summary()
    page.write_text(flatten_page([summary.model_copy(update={"title": title})
                                  for title in titles]), "utf-8")
    return page


def _titles_on_disk(out: Path) -> dict[str, str]:
    titles = {}
    for path in out.iterdir():
        _, [document] = read_file(path)
        titles[path.name] = document.title
    return titles


# ---------------------------------------------------------------------------------------
# Item 5: import targets.

LONG = "Why every chip startup now says inference is the only market that matters in "


@dataclass(frozen=True)
class ImportCase:
    """Titles on one page, what the output folder held, and what the import must do."""

    name: str
    titles: list[str]
    force: bool = False
    before: dict[str, str] = field(default_factory=dict)
    """Files (name to text; a text of `/` makes a folder) in the output folder beforehand."""
    code: int = 0
    problem: str = ""
    """Part of the one error line, when the import is refused."""


IMPORT_CASES = [
    ImportCase("repeated and numbered titles", ["Talk", "Talk", "Talk 2"]),
    ImportCase("repeated titles, forced over an earlier import", ["Talk", "Talk", "Talk 2"],
               force=True, before={"talk.en.md": "old", "talk-2.en.md": "old",
                                   "talk-3.en.md": "old"}),
    ImportCase("repeated titles, refused over an earlier import", ["Talk", "Talk", "Talk 2"],
               before={"talk-3.en.md": "reviewed by hand"}, code=2,
               problem="talk-3.en.md: already exists"),
    ImportCase("seven summaries, one slug in many spellings",
               ["Talk", "talk", "TALK!", "Talk 2", "Talk-2", "Talk 3", "Talk"], force=True),
    ImportCase("case-folded twins (ß and ss)", ["Straße", "Strasse"]),
    ImportCase("170 titles truncated to one slug, then one numbered like them",
               [f"{LONG}{n}" for n in range(170)] + [slugify(LONG).replace("-", " ") + " 2"]),
    ImportCase("170 truncated titles, a numbered target exists",
               [f"{LONG}{n}" for n in range(170)],
               before={f"{slugify(LONG)}-100.en.md": "reviewed by hand"}, code=2,
               problem="-100.en.md: already exists"),
    ImportCase("a numbered target is a folder", ["Talk", "Talk", "Talk 2"], force=True,
               before={"talk-3.en.md": "/"}, code=2, problem="is a directory"),
    ImportCase("60 four-byte characters", ["𠀀" * 60, "𠀀" * 60]),
    ImportCase("300 four-byte characters with combining marks", ["𠀀\u0301" * 300]),
    ImportCase("titles without a letter", ["🎙️ 🎧", "—", "!!!"]),
]


@pytest.mark.parametrize("case", IMPORT_CASES, ids=lambda case: case.name)
def test_import_targets(tmp_path: Path, case: ImportCase) -> None:
    page = _page(tmp_path, case.titles)
    out = tmp_path / "out"
    out.mkdir()
    for name, text in case.before.items():
        (out / name).mkdir() if text == "/" else (out / name).write_text(text, "utf-8")
    before = _snapshot(out)
    code, lines = _run("import", str(page), "--out", str(out), "--source-lang", "en",
                       *(["--force"] if case.force else []))
    assert code == case.code, lines
    if case.code:
        assert len(lines) == 1 and case.problem in lines[0], lines
        assert _snapshot(out) == before  # nothing written, nothing left behind
        return
    names = sorted(path.name for path in out.iterdir())
    assert len(names) == len(case.titles), names  # two summaries never share a file
    assert all(len(name.encode("utf-8")) <= MAX_NAME_BYTES for name in names)
    assert all(not name.startswith(".") for name in names)  # no temporary left
    assert sorted(_titles_on_disk(out).values()) == sorted(case.titles)
    assert lines[-1].startswith(f"{len(case.titles)} file(s) written")


def test_a_failed_write_leaves_the_folder_as_it_was(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """A full disk at the third file: the first two are not written either."""
    page = _page(tmp_path, ["One", "Two", "Three", "Four"])
    out = tmp_path / "out"
    out.mkdir()
    (out / "two.en.md").write_text("reviewed by hand", "utf-8")
    before = _snapshot(out)
    calls = []
    real_fsync = os.fsync

    def fsync(descriptor: int) -> None:
        calls.append(descriptor)
        if len(calls) == 3:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real_fsync(descriptor)

    monkeypatch.setattr(os, "fsync", fsync)
    code, lines = _run("import", str(page), "--out", str(out), "--source-lang", "en",
                       "--force")
    assert code == 2 and len(lines) == 1 and "No space left on device" in lines[0], lines
    assert _snapshot(out) == before


@pytest.mark.parametrize(("titles", "max_bytes", "expected"), [
    (["Talk", "Talk", "Talk 2"], 247, ["talk", "talk-3", "talk-2"]),
    (["Talk 2", "Talk", "Talk"], 247, ["talk-2", "talk", "talk-3"]),
    (["Talk", "Talk 2", "Talk", "Talk 2"], 247, ["talk", "talk-2", "talk-3", "talk-2-2"]),
    (["Straße", "STRASSE"], 247, ["straße", "strasse-2"]),
    (["", "?", "untitled"], 247, ["untitled", "untitled-2", "untitled-3"]),
    (["𠀀" * 10], 20, ["𠀀" * 5]),
    (["𠀀" * 10, "𠀀" * 10], 21, ["𠀀" * 5, "𠀀" * 4 + "-2"]),
    (["ab cd ef", "ab cd ef"], 6, ["ab-cd", "ab-c-2"]),
    ([LONG + "a", LONG + "b"], 247, [slugify(LONG), slugify(LONG) + "-2"]),
])
def test_unique_slugs(titles: list[str], max_bytes: int, expected: list[str]) -> None:
    slugs = unique_slugs(titles, max_bytes)
    assert slugs == expected
    assert all(len(slug.encode("utf-8")) <= max_bytes for slug in slugs)


def test_many_repeats_are_numbered_in_linear_time() -> None:
    slugs = unique_slugs(["Talk"] * 20_000 + ["Talk 5"])
    assert len({slug.casefold() for slug in slugs}) == len(slugs)
    assert slugs[-1] == "talk-5" and slugs[3] == "talk-4" and slugs[4] == "talk-6"


# ---------------------------------------------------------------------------------------
# Item 10: the memory's own errors.


def _learned(path: Path) -> Path:
    memory = TranslationMemory(path)
    memory.store([Entry("en", "ko", f"sentence number {n} " * 20, f"문장 {n} " * 20, "learned")
                  for n in range(60)])
    memory.close()
    return path


def _corrupt_page(path: Path) -> None:
    _learned(path)
    with path.open("r+b") as handle:  # one page in the middle of the table's b-tree
        handle.seek(4096 * 3)
        handle.write(b"\xde\xad" * 2048)


def _not_sqlite(path: Path) -> None:
    path.write_text("hello, I am not a database\n" * 10, "utf-8")


def _folder(path: Path) -> None:
    path.mkdir()


def _newer(path: Path) -> None:
    _learned(path)
    with REAL_CONNECT(path) as connection:
        connection.execute("PRAGMA user_version = 7")
    connection.close()


def _another_program(path: Path) -> None:
    with REAL_CONNECT(path) as connection:
        connection.execute("CREATE TABLE contacts (name TEXT)")
        connection.execute("INSERT INTO contacts VALUES ('Ada')")
    connection.close()


Connect = Callable[..., sqlite3.Connection]


def _read_only_connect(database: Any, *arguments: Any, **options: Any) -> sqlite3.Connection:
    """What opening a file the user may not write gives: SQLite opens it read-only (chmod
    cannot show it when the tests run as root)."""
    if not str(database).startswith("file:"):  # export already opens with mode=ro
        database = f"{Path(database).resolve().as_uri()}?mode=ro"
        options["uri"] = True
    connection: sqlite3.Connection = REAL_CONNECT(database, *arguments, **options)
    return connection


def _disk_full_after(pages: int) -> Connect:
    """SQLite's own SQLITE_FULL once the file would grow past `pages` pages."""
    def connect(*arguments: Any, **options: Any) -> sqlite3.Connection:
        connection: sqlite3.Connection = REAL_CONNECT(*arguments, **options)
        connection.execute(f"PRAGMA max_page_count = {pages}")
        return connection
    return connect


class _FullOnWrite(sqlite3.Connection):
    """A connection whose writes fail the way a full disk fails, without an error code."""

    def executescript(self, script: str) -> sqlite3.Cursor:
        raise sqlite3.OperationalError("database or disk is full")


class _DamagedTable(sqlite3.Connection):
    """A connection whose lookups meet a damaged page after a clean open."""

    def execute(self, sql: str, *arguments: Any) -> sqlite3.Cursor:
        if "FROM translations WHERE" in sql:
            raise sqlite3.DatabaseError("database disk image is malformed")
        return super().execute(sql, *arguments)


def _factory(kind: type[sqlite3.Connection]) -> Connect:
    def connect(*arguments: Any, **options: Any) -> sqlite3.Connection:
        connection: sqlite3.Connection = REAL_CONNECT(*arguments, factory=kind, **options)
        return connection
    return connect


@dataclass(frozen=True)
class MemoryCase:
    """A hostile memory, the command run on it, and the one line it must get."""

    name: str
    make: Callable[[Path], object] | None
    """Prepares the memory file; None leaves it to be created by the command."""
    command: str
    problem: str
    connect: Connect | None = None
    """Stands in for `sqlite3.connect` while the command runs."""
    nested: bool = False
    """The memory goes in folders that do not exist yet (and must not be left behind)."""
    empty_memory_stays: bool = False
    """The command made a new memory before its first store failed: it stays, empty."""


LEARN, TRANSLATE, EXPORT, STORE = "learn", "translate", "export", "translate with a model"
MEMORY_CASES = [
    MemoryCase("corrupted page, translate", _corrupt_page, TRANSLATE, "memory is corrupted"),
    MemoryCase("corrupted page, learn", _corrupt_page, LEARN, "memory is corrupted"),
    MemoryCase("corrupted page, export", _corrupt_page, EXPORT, "memory is corrupted"),
    MemoryCase("damaged page met by a lookup mid-run", _learned, TRANSLATE,
               "memory is corrupted", _factory(_DamagedTable)),
    MemoryCase("not SQLite at all", _not_sqlite, TRANSLATE,
               "not a translation memory: not an SQLite database"),
    MemoryCase("not SQLite at all, export", _not_sqlite, EXPORT,
               "not a translation memory: not an SQLite database"),
    MemoryCase("a folder where the file should be", _folder, LEARN, "is a directory"),
    MemoryCase("a folder, export", _folder, EXPORT, "is a directory"),
    MemoryCase("from a newer localize", _newer, TRANSLATE, "made by a newer localize"),
    MemoryCase("from a newer localize, export", _newer, EXPORT, "made by a newer localize"),
    MemoryCase("another program's database", _another_program, LEARN,
               "not a translation memory: an SQLite database without a translations table"),
    MemoryCase("read-only file", _learned, LEARN, "memory is read-only", _read_only_connect),
    MemoryCase("read-only file, translate", _learned, TRANSLATE, "memory is read-only",
               _read_only_connect),
    MemoryCase("full disk on creation", None, LEARN, "the disk is full", _disk_full_after(1)),
    MemoryCase("full disk on creation, in new folders", None, LEARN, "the disk is full",
               _disk_full_after(1), nested=True),
    MemoryCase("full disk on creation, no error code", None, LEARN, "the disk is full",
               _factory(_FullOnWrite)),
    MemoryCase("full disk when learning", None, LEARN, "the disk is full", _disk_full_after(3),
               empty_memory_stays=True),
    MemoryCase("full disk when a model's batch is stored", None, STORE, "the disk is full",
               _disk_full_after(3), empty_memory_stays=True),
]


@pytest.fixture
def server() -> Iterator[MessagesServer]:
    running = MessagesServer()
    yield running
    running.close()


def _command(kind: str, memory: Path, out: Path) -> list[str]:
    if kind == LEARN:
        return ["memory", "learn", str(SOURCE), str(TARGET), "--memory", str(memory)]
    if kind == EXPORT:
        return ["memory", "export", "--out", str(out / "memory.tmx"), "--memory", str(memory)]
    backend = ["--backend", "memory"] if kind == TRANSLATE else []
    return ["translate", str(SOURCE), "--to", "ko", "--out", str(out), "--memory",
            str(memory), *backend]


@pytest.mark.parametrize("case", MEMORY_CASES, ids=lambda case: case.name)
def test_memory_errors(tmp_path: Path, case: MemoryCase, server: MessagesServer,
                       monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    home.mkdir()
    memory = home / "new" / "folders" / "m.sqlite" if case.nested else home / "m.sqlite"
    if case.make is not None:
        case.make(memory)
    before = _snapshot(home)
    if case.connect is not None:
        monkeypatch.setattr(sqlite3, "connect", case.connect)
    env = {**os.environ, "ANTHROPIC_API_KEY": "test-key", "ANTHROPIC_BASE_URL": server.url}
    code, lines = _run(*_command(case.command, memory, home / "out"), env=env)
    assert code == 2, lines
    assert len(lines) == 1 and lines[0].startswith("localize: error: "), lines
    assert f"{memory}: " in lines[0] and case.problem in lines[0], lines[0]
    after = _snapshot(home)
    if case.empty_memory_stays:
        monkeypatch.setattr(sqlite3, "connect", REAL_CONNECT)
        assert len(TranslationMemory(memory, read_only=True)) == 0
        del after[memory.name]
    assert after == before  # the memory unchanged, no edition, no 0-byte or journal file


def test_a_read_only_file_by_its_permissions(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root writes through file permissions; the mode=ro case stands in")
    memory = _learned(tmp_path / "m.sqlite")
    memory.chmod(0o444)
    before = memory.read_bytes()
    code, lines = _run(*_command(LEARN, memory, tmp_path))
    assert code == 2 and len(lines) == 1 and "memory is read-only" in lines[0], lines
    assert memory.read_bytes() == before


def test_a_memory_of_ours_still_opens_and_records_its_version(tmp_path: Path) -> None:
    memory = _learned(tmp_path / "m.sqlite")
    with REAL_CONNECT(memory) as connection:
        assert connection.execute("PRAGMA user_version").fetchone() == (1,)
    connection.close()
    assert len(TranslationMemory(memory, read_only=True)) == 60
    code, lines = _run(*_command(LEARN, memory, tmp_path))
    assert code == 0, lines
    assert len(TranslationMemory(memory)) > 60
