"""What every command shares: the consoles, common options, error reporting, JSON output."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape

from localize.document.model import Document
from localize.errors import InputError, LocalizeError
from localize.readers import READERS, read_file
from localize.textfile import DEFAULT_MAX_BYTES

# Texts are printed as given: no highlighting, and `:smile:` in a heading is not an emoji.
console = Console(highlight=False, soft_wrap=True, emoji=False)
errors = Console(stderr=True, highlight=False, emoji=False)

FormatOption = Annotated[str | None, typer.Option(
    "--format", "-f", help=f"Input format; detected when omitted. One of: {', '.join(READERS)}.")]
MaxSizeOption = Annotated[float, typer.Option(
    "--max-size", help="Refuse input files larger than this many megabytes.", min=0.001,
    max=100_000)]
JsonOption = Annotated[bool, typer.Option("--json", help="Print stable JSON for programs.")]
DEFAULT_MAX_MB = DEFAULT_MAX_BYTES / (1024 * 1024)


@contextmanager
def reporting_errors() -> Iterator[None]:
    """Turn domain errors into one line on stderr and the error's exit code."""
    try:
        yield
    except LocalizeError as error:
        errors.print(f"localize: error: {escape(str(error))}", soft_wrap=True)
        raise typer.Exit(error.exit_code) from None
    except KeyboardInterrupt:
        errors.print("localize: interrupted")
        raise typer.Exit(130) from None


def megabytes(value: float) -> int:
    """Bytes in a number of megabytes given on the command line."""
    return int(value * 1024 * 1024)


def print_json(data: Any) -> None:
    """Stable, readable JSON on standard output."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n")


def read_summary(path: Path) -> Document:
    """The one summary a file holds; a one-line error otherwise."""
    _, documents = read_file(path)
    if len(documents) != 1 or not isinstance(documents[0], Document):
        raise InputError(path, "expected one summary in the file")
    return documents[0]
