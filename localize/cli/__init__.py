"""The `localize` command line: a thin layer over the library.

Each command parses its arguments, calls one library function and prints the result.
Domain errors become a one-line message on stderr and their exit code (2 for bad input),
in one place: `localize.cli.common.reporting_errors`. One module per command group.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from typing import Annotated

import typer
from typer.models import CommandInfo

from localize.cli import check, detect, documents, glossary, memory, review, translate

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
review.register(app)

_COMMON_EXIT_CODES = "2 bad input (a file missing, unreadable or refused; a bad option); " \
    "70 internal error (nothing written); 130 interrupted."
EXIT_CODES = {
    "import": "0 every file written",
    "show": "0 shown",
    "detect": "0 detected",
    "translate": "0 every edition written; 1 some segments need review (listed under "
                 "needs_review); 3 the memory alone could not answer; 4 the service refused "
                 "(quota spent, unavailable); 143 stopped by SIGTERM",
    "glossary lint": "0 no error found; 1 errors found",
    "glossary check": "0 no error found; 1 errors found",
    "glossary terms": "0 shown",
    "glossary import": "0 written",
    "glossary export": "0 written",
    "memory learn": "0 learned",
    "memory import": "0 imported",
    "memory export": "0 written",
}
"""Exit codes of the commands whose modules do not state their own in their epilog."""


def _state_exit_codes(command: CommandInfo, name: str) -> None:
    """Put the exit codes before the example of a command's help."""
    epilog = command.epilog or ""
    if "Exit codes:" in epilog or name not in EXIT_CODES:
        return
    command.epilog = f"Exit codes: {EXIT_CODES[name]}; {_COMMON_EXIT_CODES}\n\n{epilog}"


for _command in app.registered_commands:
    _state_exit_codes(_command, _command.name or "")
for _group in app.registered_groups:
    if _group.typer_instance is not None:
        for _command in _group.typer_instance.registered_commands:
            _state_exit_codes(_command, f"{_group.name} {_command.name}")


def _version(value: bool) -> None:
    if value:
        try:
            number = version("localize")
        except PackageNotFoundError:  # run from a source tree without installing
            from localize import __version__ as number
        typer.echo(f"localize {number}")
        raise typer.Exit(0)


@app.callback()
def _options(version: Annotated[bool, typer.Option(
        "--version", callback=_version, is_eager=True, help="Print the version and exit.")
        ] = False) -> None:
    """Options every command shares."""


def main() -> None:
    """Entry point of the `localize` script."""
    app()


__all__ = ["app", "main"]
