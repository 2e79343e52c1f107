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


def read_text(path: Path | str, max_bytes: int = DEFAULT_MAX_BYTES,
              allow_empty: bool = False) -> str:
    """Read a user's text file; refuse what is missing, binary, empty, too large, mis-encoded."""
    path = Path(path)
    if not path.exists():
        raise InputError(path, "no such file")
    if path.is_dir():
        raise InputError(path, "is a directory, expected a file")
    size = path.stat().st_size
    if size > max_bytes:
        raise InputError(path, f"file is {_describe_size(size)}, over the "
                         f"{_describe_size(max_bytes)} limit")
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(path, f"cannot read: {error.strerror or error}") from None
    text = decode_text(data, path)
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


def write_text_atomic(path: Path, text: str, force: bool = False) -> None:
    """Write `path` through a temporary file and a rename; never overwrite unless forced."""
    check_writable([path], force)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp",
                                                 dir=path.parent)
    except OSError as error:
        raise InputError(path, f"cannot write: {error.strerror or error}") from None
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes 0600; a new file obeys the umask
        if not force and path.exists():
            raise OutputExistsError(path)
        os.replace(temporary, path)
    except OSError as error:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise InputError(path, f"cannot write: {error.strerror or error}") from None
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
