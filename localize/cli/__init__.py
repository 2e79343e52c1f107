"""The `localize` command line: a thin layer over the library.

Each command parses its arguments, calls one library function and prints the result.
Domain errors become a one-line message on stderr and their exit code (2 for bad input),
in one place: `localize.cli.common.reporting_errors`. One module per command group.
"""

from __future__ import annotations

import typer

from localize.cli import check, detect, documents, glossary, memory, translate

app = typer.Typer(
    name="localize",
    help="Import, translate, glossary-check and review English, Korean and Chinese editions "
         "of podcast and video summaries.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
documents.register(app)
detect.register(app)
glossary.register(app)
check.register(app)
translate.register(app)
memory.register(app)


def main() -> None:
    """Entry point of the `localize` script."""
    app()


__all__ = ["app", "main"]
