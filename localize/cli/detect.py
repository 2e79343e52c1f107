"""`localize detect`."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from localize.cli.common import (
    DEFAULT_MAX_MB,
    FormatOption,
    JsonOption,
    MaxSizeOption,
    console,
    megabytes,
    print_json,
    reporting_errors,
)
from localize.detect import DocumentDetection, NameMask, detect_document, detect_text
from localize.document.model import Document, Transcript
from localize.errors import InputError
from localize.glossary import load_glossaries
from localize.readers import read_file
from localize.textfile import decode_text, read_text


def register(app: typer.Typer) -> None:
    """Add the command of this module to the application."""
    app.command("detect", epilog="Example: localize detect samples/*.md   |   "
                                 "Example: localize detect --lines notes.txt --json")(
        detect_command)


def _read_stdin(max_bytes: int) -> str:
    """Standard input as text; closed, unreadable or over the size limit is one line."""
    stream = sys.stdin
    if stream is None or stream.closed:
        raise InputError("<stdin>", "standard input is closed")
    try:
        if stream.isatty():
            return ""
        data = stream.buffer.read(max_bytes + 1)
    except (OSError, ValueError, AttributeError) as error:  # closed descriptor, a folder...
        raise InputError("<stdin>", f"cannot read standard input: {error}") from None
    if len(data) > max_bytes:
        limit = f"{max_bytes / 2**20:.1f} MB" if max_bytes >= 2**20 else f"{max_bytes} bytes"
        raise InputError("<stdin>", f"standard input is over the {limit} limit (--max-size)")
    return decode_text(data, "<stdin>")


def _read_lines(source: str, max_bytes: int) -> list[str]:
    if source == "-":
        text = _read_stdin(max_bytes)
    else:
        text = read_text(Path(source), max_bytes=max_bytes, allow_empty=True)
    if not text:
        return []
    lines = text.split("\n")
    return lines[:-1] if text.endswith("\n") else lines


def detect_command(
    files: Annotated[list[str], typer.Argument(
        help="Summaries to examine; with --lines, one text file ('-' for standard input).")],
    lines: Annotated[bool, typer.Option(
        "--lines", help="Label every line of a plain text file, empty lines included.")] = False,
    names: Annotated[list[str] | None, typer.Option(
        "--name", help="A name or term to mask before deciding (repeatable).")] = None,
    glossary: Annotated[list[Path] | None, typer.Option(
        "--glossary", "-g", help="Mask the keep-terms of these glossaries too.")] = None,
    format: FormatOption = None,
    max_size: MaxSizeOption = DEFAULT_MAX_MB,
    as_json: JsonOption = False,
) -> None:
    """Detect each document's language and list the segments written in another one."""
    mask_names = list(names or [])
    if glossary:
        with reporting_errors():
            merged, _ = load_glossaries(glossary)
        mask_names.extend(term.term for term in merged.terms if term.keep)
    if lines:
        with reporting_errors():
            if len(files) != 1:
                raise InputError(None, "--lines takes exactly one file ('-' for standard input)")
            texts = _read_lines(files[0], megabytes(max_size))
        mask = NameMask(mask_names)
        for text in texts:
            detection = detect_text(text, mask)
            if as_json:
                sys.stdout.write(json.dumps(detection.as_json(), ensure_ascii=False) + "\n")
            else:
                label = detection.other if detection.lang == "other" else detection.lang
                console.print(f"{label}\t{detection.confidence:.2f}\t{escape(text)}")
        return
    results: list[tuple[str, Document | Transcript, DocumentDetection]] = []
    with reporting_errors():
        for file in files:
            _, documents = read_file(Path(file), format=format, max_bytes=megabytes(max_size))
            results.extend((file, document, detect_document(document, mask_names))
                           for document in documents)
    if as_json:
        print_json([{"path": file, "title": document.title, "lang": found.lang,
                      "confidence": found.confidence,
                      "differing": [{"segment": item.segment.id, **item.detection.as_json()}
                                    for item in found.differing]}
                     for file, document, found in results])
        return
    for file, document, found in results:
        console.print(f"[bold]{escape(document.title)}[/]  {found.lang} "
                      f"({found.confidence:.0%})  {escape(file)}")
        if not found.differing:
            continue
        table = Table(show_edge=False)
        for column in ("segment", "lang", "conf.", "text"):
            table.add_column(column)
        for item in found.differing:
            detection = item.detection
            label = f"other:{detection.other}" if detection.lang == "other" else detection.lang
            text = item.segment.text
            table.add_row(item.segment.id, label, f"{detection.confidence:.2f}",
                          escape(text if len(text) <= 70 else text[:67] + "..."))
        console.print(table)


