"""The translation memory: every accepted segment translation, in embedded SQLite.

A row holds the source text, the language pair, the translation, where it came from
(`model`, `human` — a reviewed edit —, or `learned` from existing editions), and the
glossary version, prompt version and model that produced it. Writes commit at once, so a
run killed half-way keeps every batch it was paid for.
"""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from localize.errors import InputError

DEFAULT_PATH = Path(".localize") / "memory.sqlite"
SCHEMA_VERSION = 1
"""The memory format this localize writes (`PRAGMA user_version`); newer ones are refused."""
ORIGINS = ("human", "learned", "model")
"""In order of trust: a reviewer's edit wins over a learned pair, which wins over a model."""

_SCHEMA = """
CREATE TABLE IF NOT EXISTS translations (
    source_hash TEXT NOT NULL,
    source_lang TEXT NOT NULL,
    target_lang TEXT NOT NULL,
    source_text TEXT NOT NULL,
    target_text TEXT NOT NULL,
    origin TEXT NOT NULL,
    glossary_version TEXT,
    prompt_version TEXT,
    model TEXT,
    created REAL NOT NULL,
    PRIMARY KEY (source_hash, source_lang, target_lang, origin)
);
"""
_COLUMNS = ("source_lang, target_lang, source_text, target_text, origin, glossary_version, "
            "prompt_version, model")


@dataclass(frozen=True)
class Entry:
    """One remembered translation."""

    source_lang: str
    target_lang: str
    source_text: str
    target_text: str
    origin: str = "model"
    glossary_version: str | None = None
    prompt_version: str | None = None
    model: str | None = None


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# What SQLite's primary result codes mean for a person: the message names which it is.
_PROBLEMS = {
    "SQLITE_CORRUPT": "the translation memory is corrupted ({detail}); restore a backup or "
                      "move the file aside to start a new memory",
    "SQLITE_NOTADB": "not a translation memory: not an SQLite database ({detail})",
    "SQLITE_READONLY": "the translation memory is read-only ({detail}); check the "
                       "permissions of the file and its folder, or use another --memory",
    "SQLITE_FULL": "the disk is full ({detail}); free some space and run again",
    "SQLITE_CANTOPEN": "cannot open the memory ({detail}); check the file and its folder",
    "SQLITE_IOERR": "cannot read or write the memory: disk I/O error ({detail})",
    "SQLITE_BUSY": "the translation memory is locked by another program ({detail}); "
                   "run again when it has finished",
    "SQLITE_PERM": "no permission to use the translation memory ({detail})",
}
_PROBLEMS["SQLITE_LOCKED"] = _PROBLEMS["SQLITE_BUSY"]
_MESSAGES = {
    # An error raised without a result code (a test's stand-in, an old Python) is known by
    # SQLite's own words.
    "malformed": "SQLITE_CORRUPT", "not a database": "SQLITE_NOTADB",
    "readonly": "SQLITE_READONLY", "read-only": "SQLITE_READONLY",
    "disk is full": "SQLITE_FULL", "unable to open": "SQLITE_CANTOPEN",
    "disk i/o error": "SQLITE_IOERR", "is locked": "SQLITE_BUSY",
}


def _describe(error: sqlite3.Error, doing: str) -> str:
    """One line saying which of the memory's problems `error` is (`doing` what, otherwise)."""
    detail = str(error) or type(error).__name__
    name = getattr(error, "sqlite_errorname", "") or ""
    # An extended code (SQLITE_READONLY_DIRECTORY) means what its primary code means.
    name = next((key for key in _PROBLEMS if name == key or name.startswith(key + "_")), "")
    if not name:
        name = next((key for words, key in _MESSAGES.items() if words in detail.lower()), "")
    template = _PROBLEMS.get(name, f"{doing}: {{detail}}")
    return template.format(detail=detail)


class TranslationMemory:
    """A SQLite file of translations, looked up by exact source text and language pair."""

    def __init__(self, path: Path | str = DEFAULT_PATH, read_only: bool = False) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()  # one connection, shared by the pipeline's threads
        in_memory = str(path) == ":memory:"
        if not in_memory and self.path.is_dir():
            raise InputError(path, "is a directory, expected a translation memory file")
        created = [] if in_memory or self.path.exists() or self.path.is_symlink() else \
            [self.path, *(folder for folder in self.path.parents if not folder.exists())]
        try:
            if not in_memory and not read_only:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            self._connection = sqlite3.connect(
                f"{self.path.resolve().as_uri()}?mode=ro" if read_only else str(path),
                uri=read_only, check_same_thread=False)
            self._prepare(read_only, in_memory)
        except (sqlite3.DatabaseError, OSError, InputError) as error:
            if hasattr(self, "_connection"):
                self._connection.close()
            _remove_empty(created)
            if isinstance(error, InputError):
                raise
            if isinstance(error, OSError):
                raise InputError(path, f"cannot open the memory: {error.strerror or error}"
                                 ) from None
            raise InputError(path, _describe(error, "not a translation memory")) from None

    def _prepare(self, read_only: bool, in_memory: bool) -> None:
        """Refuse what is not a memory of ours; create the table; prove the file writable."""
        version = int(self._connection.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise InputError(self.path, f"the translation memory was made by a newer localize "
                                        f"(format {version}; this one reads up to "
                                        f"{SCHEMA_VERSION}): upgrade localize")
        tables = {row[0] for row in self._connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "translations" not in tables and (tables or read_only):
            # Adding our table to another program's database would change a file not ours.
            raise InputError(self.path, "not a translation memory: an SQLite database "
                                        "without a translations table")
        if not in_memory:
            # A damaged page is found here, before anything is paid for, not mid-run.
            problems = [row[0] for row in self._connection.execute("PRAGMA quick_check")]
            if problems != ["ok"]:
                raise InputError(self.path, _PROBLEMS["SQLITE_CORRUPT"].format(
                    detail=problems[0]))
        if read_only:
            return
        if "translations" in tables and version == SCHEMA_VERSION:
            # A write rolled back proves the file (and its folder, for the journal) writable
            # before anything is paid for, and leaves it byte for byte as it was.
            self._connection.execute("BEGIN IMMEDIATE")
            try:
                self._connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            finally:
                self._connection.rollback()
            return
        with self._connection:
            self._connection.executescript(_SCHEMA)
            self._connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def _query(self, sql: str, parameters: tuple[str, ...] = ()) -> list[tuple[Any, ...]]:
        try:
            with self._lock:
                return self._connection.execute(sql, parameters).fetchall()
        except sqlite3.DatabaseError as error:
            raise InputError(self.path, _describe(error, "cannot read the memory")) from None

    def close(self) -> None:
        """Close the database."""
        self._connection.close()

    def lookup(self, source_text: str, source_lang: str, target_lang: str) -> Entry | None:
        """The most trusted translation of this exact text, or None."""
        rows = self._query(f"SELECT {_COLUMNS} FROM translations WHERE source_hash = ? AND "
                           "source_lang = ? AND target_lang = ?",
                           (_hash(source_text), source_lang, target_lang))
        entries = [Entry(*row) for row in rows]
        entries.sort(key=lambda entry: ORIGINS.index(entry.origin))
        return entries[0] if entries else None

    def store(self, entries: Iterable[Entry]) -> int:
        """Save entries (replacing the same text, pair and origin); commit at once."""
        rows = [(_hash(entry.source_text), entry.source_lang, entry.target_lang,
                 entry.source_text, entry.target_text, entry.origin, entry.glossary_version,
                 entry.prompt_version, entry.model, time.time()) for entry in entries]
        try:
            with self._lock, self._connection:
                self._connection.executemany(
                    "INSERT OR REPLACE INTO translations VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    rows)
        except sqlite3.DatabaseError as error:
            raise InputError(self.path, _describe(error, "cannot write to the memory")
                             ) from None
        return len(rows)

    def entries(self) -> Iterator[Entry]:
        """Every entry, oldest first."""
        for row in self._query(f"SELECT {_COLUMNS} FROM translations ORDER BY created"):
            yield Entry(*row)

    def __len__(self) -> int:
        return int(self._query("SELECT COUNT(*) FROM translations")[0][0])


def _remove_empty(created: list[Path]) -> None:
    """Remove what a failed creation left: the memory file while still empty, new folders."""
    for path in created:
        with contextlib.suppress(OSError):
            if path.is_dir():
                path.rmdir()  # only when empty
            elif path.stat().st_size == 0:  # a concurrent run's memory is never empty
                path.unlink()
