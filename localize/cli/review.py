"""`localize review apply`: send a review page's edits back into the edition."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from localize.cli.check import print_report, run_comparison
from localize.cli.common import console, reporting_errors
from localize.findings import Severity
from localize.review.apply import apply_edits
from localize.review.edits import load_edits
from localize.translate import TranslationMemory
from localize.translate.memory import DEFAULT_PATH

app = typer.Typer(help="The reviewer's workbench: apply what was done in a review page.",
                  no_args_is_help=True)
APPLY_EPILOG = ("Exit codes: 0 applied and the check finds no open error; 1 applied but the "
                "check still finds errors; 2 bad input: a bad or stale edit file, or an "
                "edition or memory that cannot be used (nothing is applied); 130 interrupted.\n\n"
                "Example: localize review apply talk.ko.md.edits.json --memory "
                "out/memory.sqlite")


def register(parent: typer.Typer) -> None:
    """Add the `review` group to the application."""
    parent.add_typer(app, name="review")


@app.command("apply", epilog=APPLY_EPILOG)
def apply_command(
    edits_path: Annotated[Path, typer.Argument(
        metavar="EDITS.json", help="The edit file a review page exported.")],
    memory_path: Annotated[Path, typer.Option(
        "--memory", help="The translation memory that learns each edit.")] = DEFAULT_PATH,
    no_memory: Annotated[bool, typer.Option(
        "--no-memory", help="Do not teach the memory.")] = False,
    edition: Annotated[Path | None, typer.Option(
        "--edition", help="The edition, when it moved since the page was made (its text "
                          "must still be the same).")] = None,
) -> None:
    """Write a review page's edits into the edition (atomically), teach the translation
    memory each edit as a human translation, record the accepted findings in the edition's
    front matter, then check the edition again."""
    with reporting_errors():
        edits = load_edits(edits_path)
        memory = None if no_memory else TranslationMemory(memory_path)
        try:
            applied = apply_edits(edits, memory, edits_path, edition)
        finally:
            if memory is not None:
                memory.close()
        console.print(f"applied {len(applied.edited)} edit(s) and {applied.accepted} accepted "
                      f"finding(s) to {escape(str(applied.edition))}; the memory learned "
                      f"{applied.learned}" + ("" if memory is None else
                                              f" ({escape(str(memory_path))})"))
        comparison = run_comparison(Path(edits.source), applied.edition,
                                    [Path(path) for path in edits.glossaries] or None,
                                    edits.source_lang, edits.target_lang, edits.keep_quotes)
        print_report(comparison, Severity.ERROR)
    raise typer.Exit(0 if comparison.report.ok(Severity.ERROR) else 1)
