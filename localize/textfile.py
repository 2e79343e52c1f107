"""Reading user files safely and writing output files atomically.

Reading turns every way a file can be unusable into one `InputError` naming the file and
the problem. Writing goes through a temporary file and a rename, so a crash never leaves a
half-written file, and never replaces an existing file unless asked to.
"""

from __future__ import annotations

import codecs
import contextlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from localize.errors import InputError, OutputExistsError

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
"""Files above this size are refused unless the caller raises the limit."""

_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_TEMPORARY_NAME_BYTES = 200
"""Bytes of the target's name kept in its temporary's name (within 255 with the rest)."""


def _describe_size(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB" if size >= 1024 * 1024 else f"{size} bytes"


def decode_text(data: bytes, path: Path | str | None = None) -> str:
    """Decode file bytes: UTF-8 (with or without BOM) or UTF-16 with BOM; newlines become `\\n`."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
        encoding = "utf-8"
    elif data.startswith(_UTF16_BOMS):
        encoding = "utf-16"
    else:
        encoding = "utf-8"
        if b"\x00" in data[:8192]:
            raise InputError(path, "binary file (contains NUL bytes), expected text")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        what = "UTF-16" if encoding == "utf-16" else "UTF-8"
        raise InputError(
            path, f"not {what} text: invalid byte 0x{data[error.start]:02x} at offset {error.start}"
        ) from None
    if "\x00" in text:
        raise InputError(path, "binary file (contains NUL characters), expected text")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_bytes(path: Path | str, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Read a user's file as bytes (for formats that declare their own encoding, like XML);
    refuse what is missing, a folder, empty or too large."""
    path = Path(path)
    data = _checked_bytes(path, max_bytes)
    if not data.strip():
        raise InputError(path, "file is empty" if not data else "file holds only whitespace")
    return data


def _checked_bytes(path: Path, max_bytes: int) -> bytes:
    if not path.exists():
        raise InputError(path, "no such file")
    if path.is_dir():
        raise InputError(path, "is a directory, expected a file")
    size = path.stat().st_size
    if size > max_bytes:
        raise InputError(path, f"file is {_describe_size(size)}, over the "
                         f"{_describe_size(max_bytes)} limit")
    try:
        return path.read_bytes()
    except OSError as error:
        raise InputError(path, f"cannot read: {error.strerror or error}") from None


def read_text(path: Path | str, max_bytes: int = DEFAULT_MAX_BYTES,
              allow_empty: bool = False) -> str:
    """Read a user's text file; refuse what is missing, binary, empty, too large, mis-encoded."""
    path = Path(path)
    text = decode_text(_checked_bytes(path, max_bytes), path)
    if not text.strip() and not allow_empty:
        raise InputError(path, "file is empty" if not text else "file holds only whitespace")
    return text


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def check_writable(targets: Iterable[Path], force: bool) -> None:
    """Refuse before writing anything when a target exists and `force` is off, or is not a
    regular file (a folder, a link, a device): replacing it would not write where it points."""
    for target in targets:
        if target.is_dir():
            raise InputError(target, "is a directory, cannot write a file there")
        if target.is_symlink() or (target.exists() and not target.is_file()):
            raise InputError(target, "is not a regular file (a link or a device); refusing "
                                     "to replace it")
        if target.exists() and not force:
            raise OutputExistsError(target)


def _temporary_prefix(name: str) -> str:
    # A 255-byte target name must not give a temporary name over the file system's limit
    # (a dot, 8 random characters and `.tmp` are added): cut it at a character boundary.
    return "." + name.encode("utf-8")[:_TEMPORARY_NAME_BYTES].decode("utf-8", "ignore") + "."


def _stage(path: Path, text: str) -> str:
    """Write `text` into a new temporary file beside `path`; return the temporary's name."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(prefix=_temporary_prefix(path.name),
                                                 suffix=".tmp", dir=path.parent)
    except OSError as error:
        raise InputError(path, f"cannot write: {error.strerror or error}") from None
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes 0600; a new file obeys the umask
    except OSError as error:
        _discard([temporary])
        raise InputError(path, f"cannot write: {error.strerror or error}") from None
    except BaseException:
        _discard([temporary])
        raise
    return temporary


def _discard(temporaries: Iterable[str]) -> None:
    for temporary in temporaries:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)


def write_text_atomic(path: Path, text: str, force: bool = False) -> None:
    """Write `path` through a temporary file and a rename; never overwrite unless forced."""
    write_texts_atomic([(path, text)], force)


def write_texts_atomic(outputs: list[tuple[Path, str]], force: bool = False) -> None:
    """Write several files: every target checked, then every text staged in a temporary
    file, then the renames, so a refusal or a full disk leaves the folders as they were."""
    paths = [path for path, _ in outputs]
    seen: set[Path] = set()
    for path in paths:
        if path in seen:
            raise InputError(path, "two outputs would write this one file")
        seen.add(path)
    check_writable(paths, force)
    staged: list[str] = []
    try:
        for path, text in outputs:
            staged.append(_stage(path, text))
        for number, (path, temporary) in enumerate(zip(paths, staged, strict=True)):
            if not force and path.exists():  # made by someone else since the check
                raise OutputExistsError(path)
            try:
                os.replace(temporary, path)
            except OSError as error:
                raise InputError(path, f"cannot write: {error.strerror or error}") from None
            staged[number] = ""
    finally:
        _discard(temporary for temporary in staged if temporary)
