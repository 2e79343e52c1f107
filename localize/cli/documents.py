"""`localize import` and `localize show`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table
from rich.text import Text

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
from localize.document.outline import outline
from localize.importer import import_file
from localize.readers import read_file


def register(app: typer.Typer) -> None:
    """Add the commands of this module to the application."""
    app.command("import", epilog="Example: localize import ../shared/corpus/summary-page.txt "
                                 "--out editions/")(import_command)
    app.command("show", epilog="Example: localize show samples/*.md --json")(show_command)


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
        written = import_file(file, out, format=format, max_bytes=megabytes(max_size),
                              force=force, source_lang=source_lang)
    if as_json:
        print_json([{"path": str(item.path), "title": item.document.title,
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
            console.print(f"  [red]defect[/]: {defect.segment}: {escape(defect.message)}")
    console.print(f"{len(written)} file(s) written to {escape(str(out))}")


TABLE_LIMIT = 500
"""More sections than this print as plain lines: a rich table row costs about a millisecond."""
_COUNTS = ("paragraphs", "quotes", "items", "entities")


def _heading_line(data: dict[str, Any]) -> str:
    return f"[bold]{escape(data['title'])}[/]  ({escape(data['lang'] or 'unknown language')})"


def _plain_sections(sections: list[dict[str, Any]]) -> Text:
    """The section table as aligned plain lines, heading last, in time linear in the rows."""
    names = ["#", "time", "¶", "quotes", "items", "entities"]
    rows = [[str(section["number"]), section["timestamp"] or "",
             *(str(section[key]) for key in _COUNTS)] for section in sections]
    widths = [max([len(name), *(len(row[column]) for row in rows)])
              for column, name in enumerate(names)]

    def cells(values: list[str]) -> str:
        return "  ".join(value.ljust(width) if column == 1 else value.rjust(width)
                         for column, (value, width) in enumerate(zip(values, widths,
                                                                     strict=True)))

    text = Text()
    text.append(cells(names) + "  heading", style="bold")
    for section, row in zip(sections, rows, strict=True):
        text.append(f"\n{cells(row)}  {section['heading']}")
        if section["uncertain_heading"]:
            text.append("  heading guessed", style="yellow")
    return text


def _print_summary_outline(data: dict[str, Any]) -> None:
    console.print(_heading_line(data))
    console.print(f"{data['timed_sections']} timed and {data['untimed_sections']} untimed "
                  f"sections, {data['paragraphs']} paragraphs, {data['quotes']} quotes, "
                  f"{data['entities']} entities")
    if len(data["sections"]) > TABLE_LIMIT:
        console.print(_plain_sections(data["sections"]))
    else:
        _print_table(data["sections"])
    for defect in data["defects"]:
        where = f"section {defect['section']}, " if defect["section"] else ""
        console.print(f"[red]defect[/]: {where}{defect['segment']}: {escape(defect['message'])}")


def _print_table(sections: list[dict[str, Any]]) -> None:
    table = Table(show_edge=False)
    for column in ("#", "time", "heading", "¶", "quotes", "items", "entities", ""):
        table.add_column(column, justify="right" if column in ("#", "¶", "quotes", "items",
                                                              "entities") else "left")
    for section in sections:
        table.add_row(str(section["number"]), section["timestamp"] or "",
                      escape(section["heading"]), str(section["paragraphs"]),
                      str(section["quotes"]), str(section["items"]), str(section["entities"]),
                      "[yellow]heading guessed[/]" if section["uncertain_heading"] else "")
    console.print(table)


def _print_transcript_outline(data: dict[str, Any]) -> None:
    console.print(_heading_line(data))
    span = f" from {data['first_time']} to {data['last_time']}" if data["cues"] else ""
    console.print(f"{data['cues']} cues{span}")
    for speaker, count in data["speakers"].items():
        console.print(f"  {escape(speaker)}: {count} cues")


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
            _, documents = read_file(file, format=format, max_bytes=megabytes(max_size))
            outlines.extend({"path": str(file), **outline(document)} for document in documents)
    if as_json:
        print_json(outlines)
        return
    for number, data in enumerate(outlines):
        if number:
            console.print()
        if data["kind"] == "transcript":
            _print_transcript_outline(data)
        else:
            _print_summary_outline(data)


