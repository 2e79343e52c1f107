"""The translation memory: every accepted segment translation, in embedded SQLite.

A row holds the source text, the language pair, the translation, where it came from
(`model`, `human` — a reviewed edit —, or `learned` from existing editions), and the
glossary version, prompt version and model that produced it. Writes commit at once, so a
run killed half-way keeps every batch it was paid for.
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from localize.errors import InputError

DEFAULT_PATH = Path(".localize") / "memory.sqlite"
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


class TranslationMemory:
    """A SQLite file of translations, looked up by exact source text and language pair."""

    def __init__(self, path: Path | str = DEFAULT_PATH, read_only: bool = False) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()  # one connection, shared by the pipeline's threads
        try:
            if read_only:
                self._connection = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro",
                                                   uri=True, check_same_thread=False)
                self._connection.execute("SELECT COUNT(*) FROM translations").fetchone()
                return
            if str(path) != ":memory:":
                self.path.parent.mkdir(parents=True, exist_ok=True)
            self._connection = sqlite3.connect(str(path), check_same_thread=False)
            # Writing the schema also proves the file writable before anything is paid for.
            with self._connection:
                self._connection.executescript(_SCHEMA)
                self._connection.execute("PRAGMA user_version = 1")
        except sqlite3.DatabaseError as error:
            raise InputError(path, f"not a translation memory: {error}") from None
        except OSError as error:
            raise InputError(path, f"cannot open the memory: {error.strerror or error}"
                             ) from None

    def close(self) -> None:
        """Close the database."""
        self._connection.close()

    def lookup(self, source_text: str, source_lang: str, target_lang: str) -> Entry | None:
        """The most trusted translation of this exact text, or None."""
        with self._lock:
            rows = self._connection.execute(
                "SELECT source_lang, target_lang, source_text, target_text, origin, "
                "glossary_version, prompt_version, model FROM translations WHERE "
                "source_hash = ? AND source_lang = ? AND target_lang = ?",
                (_hash(source_text), source_lang, target_lang)).fetchall()
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
            raise InputError(self.path, f"cannot write to the memory: {error}") from None
        return len(rows)

    def entries(self) -> Iterator[Entry]:
        """Every entry, oldest first."""
        with self._lock:
            rows = self._connection.execute(
                "SELECT source_lang, target_lang, source_text, target_text, origin, "
                "glossary_version, prompt_version, model FROM translations ORDER BY created"
            ).fetchall()
        for row in rows:
            yield Entry(*row)

    def __len__(self) -> int:
        with self._lock:
            return int(self._connection.execute(
                "SELECT COUNT(*) FROM translations").fetchone()[0])
