"""The `localize` command line: a thin layer over the library.

Each command parses its arguments, calls one library function and prints the result.
Domain errors become a one-line message on stderr and their exit code (2 for bad input),
in one place: `reporting_errors`.
"""

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
from rich.table import Table

from localize.detect import DocumentDetection, NameMask, detect_document, detect_text
from localize.errors import InputError, LocalizeError
from localize.importer import import_file
from localize.model import Document, Transcript
from localize.outline import outline
from localize.readers import READERS, read_file
from localize.textfile import DEFAULT_MAX_BYTES, read_text

app = typer.Typer(
    name="localize",
    help="Import, translate, glossary-check and review English, Korean and Chinese editions "
         "of podcast and video summaries.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
console = Console(highlight=False, soft_wrap=True)
errors = Console(stderr=True, highlight=False)

FormatOption = Annotated[str | None, typer.Option(
    "--format", "-f", help=f"Input format; detected when omitted. One of: {', '.join(READERS)}.")]
MaxSizeOption = Annotated[float, typer.Option(
    "--max-size", help="Refuse input files larger than this many megabytes.", min=0.001)]
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


def _megabytes(value: float) -> int:
    return int(value * 1024 * 1024)


def _print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n")


@app.command("import", epilog="Example: localize import ../shared/corpus/summary-page.txt "
                              "--out editions/")
def import_command(
    file: Annotated[Path, typer.Argument(help="The file to import.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder to write the files into.")],
    format: FormatOption = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite files that exist.")] = False,
    max_size: MaxSizeOption = DEFAULT_MAX_MB,
    source_lang: Annotated[str | None, typer.Option(
        "--source-lang", help="The language of the summaries (en, ko, zh); detected when "
                              "omitted.")] = None,
    as_json: JsonOption = False,
) -> None:
    """Import summaries from any supported format into canonical SLUG.LANG.md files."""
    with reporting_errors():
        written = import_file(file, out, format=format, max_bytes=_megabytes(max_size),
                              force=force, source_lang=source_lang)
    if as_json:
        _print_json([{"path": str(item.path), "title": item.document.title,
                      "lang": item.document.lang,
                      "uncertain_headings": item.uncertain_headings,
                      "defects": [defect.model_dump() for defect in item.defects]}
                     for item in written])
        return
    for item in written:
        console.print(f"wrote {escape(str(item.path))}")
        for number in item.uncertain_headings:
            console.print(f"  [yellow]review[/]: section {number}: heading boundary guessed")
        for defect in item.defects:
            console.print(f"  [red]defect[/]: {defect.segment}: {defect.message}")
    console.print(f"{len(written)} file(s) written to {escape(str(out))}")


def _print_summary_outline(data: dict[str, Any]) -> None:
    console.print(f"[bold]{escape(data['title'])}[/]  ({data['lang'] or 'unknown language'})")
    console.print(f"{data['timed_sections']} timed and {data['untimed_sections']} untimed "
                  f"sections, {data['paragraphs']} paragraphs, {data['quotes']} quotes, "
                  f"{data['entities']} entities")
    table = Table(show_edge=False)
    for column in ("#", "time", "heading", "¶", "quotes", "items", "entities", ""):
        table.add_column(column, justify="right" if column in ("#", "¶", "quotes", "items",
                                                              "entities") else "left")
    for section in data["sections"]:
        table.add_row(str(section["number"]), section["timestamp"] or "",
                      escape(section["heading"]), str(section["paragraphs"]),
                      str(section["quotes"]), str(section["items"]), str(section["entities"]),
                      "[yellow]heading guessed[/]" if section["uncertain_heading"] else "")
    console.print(table)
    for defect in data["defects"]:
        where = f"section {defect['section']}, " if defect["section"] else ""
        console.print(f"[red]defect[/]: {where}{defect['segment']}: {defect['message']}")


def _print_transcript_outline(data: dict[str, Any]) -> None:
    console.print(f"[bold]{escape(data['title'])}[/]  ({data['lang'] or 'unknown language'})")
    console.print(f"{data['cues']} cues from {data['first_time']} to {data['last_time']}")
    for speaker, count in data["speakers"].items():
        console.print(f"  {escape(speaker)}: {count} cues")


@app.command("show", epilog="Example: localize show samples/*.md --json")
def show_command(
    files: Annotated[list[Path], typer.Argument(help="The files to outline.")],
    format: FormatOption = None,
    max_size: MaxSizeOption = DEFAULT_MAX_MB,
    as_json: JsonOption = False,
) -> None:
    """Print the outline of every summary in the files: sections, counts, guesses, defects."""
    outlines: list[dict[str, Any]] = []
    with reporting_errors():
        for file in files:
            _, documents = read_file(file, format=format, max_bytes=_megabytes(max_size))
            outlines.extend({"path": str(file), **outline(document)} for document in documents)
    if as_json:
        _print_json(outlines)
        return
    for number, data in enumerate(outlines):
        if number:
            console.print()
        if data["kind"] == "transcript":
            _print_transcript_outline(data)
        else:
            _print_summary_outline(data)


def _read_lines(source: str) -> list[str]:
    if source == "-":
        return sys.stdin.read().split("\n")[:-1] if not sys.stdin.isatty() else []
    text = read_text(Path(source), allow_empty=True)
    lines = text.split("\n")
    return lines[:-1] if text.endswith("\n") else lines


@app.command("detect", epilog="Example: localize detect samples/*.md   |   "
                              "Example: localize detect --lines notes.txt --json")
def detect_command(
    files: Annotated[list[str], typer.Argument(
        help="Summaries to examine; with --lines, one text file ('-' for standard input).")],
    lines: Annotated[bool, typer.Option(
        "--lines", help="Label every line of a plain text file, empty lines included.")] = False,
    names: Annotated[list[str] | None, typer.Option(
        "--name", help="A name or term to mask before deciding (repeatable).")] = None,
    format: FormatOption = None,
    max_size: MaxSizeOption = DEFAULT_MAX_MB,
    as_json: JsonOption = False,
) -> None:
    """Detect each document's language and list the segments written in another one."""
    mask_names = names or []
    if lines:
        with reporting_errors():
            if len(files) != 1:
                raise InputError(None, "--lines takes exactly one file ('-' for standard input)")
            texts = _read_lines(files[0])
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
            _, documents = read_file(Path(file), format=format, max_bytes=_megabytes(max_size))
            results.extend((file, document, detect_document(document, mask_names))
                           for document in documents)
    if as_json:
        _print_json([{"path": file, "title": document.title, "lang": found.lang,
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


def main() -> None:
    """Entry point of the `localize` script."""
    app()
