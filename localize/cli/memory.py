"""`localize memory`: learn from existing editions, exchange TMX."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from localize.cli.common import console, read_summary, reporting_errors
from localize.detect import resolve_source_language
from localize.errors import InputError
from localize.textfile import read_bytes, write_text_atomic
from localize.translate import TranslationMemory, export_tmx, read_tmx
from localize.translate.learn import learn_pair
from localize.translate.memory import DEFAULT_PATH

app = typer.Typer(help="The translation memory: learn from editions, exchange TMX 1.4.",
                  no_args_is_help=True)
MemoryOption = Annotated[Path, typer.Option("--memory", help="The translation memory file.")]


def register(parent: typer.Typer) -> None:
    """Add the `memory` group to the application."""
    parent.add_typer(app, name="memory")



@app.command("learn", epilog="Example: localize memory learn talk.en.md talk.ko.md")
def learn_command(
    source: Annotated[Path, typer.Argument(help="The source edition.")],
    target: Annotated[Path, typer.Argument(help="Its translation.")],
    memory_path: MemoryOption = DEFAULT_PATH,
) -> None:
    """Fill the memory from an existing pair of editions, aligned segment by segment."""
    with reporting_errors():
        left, right = read_summary(source), read_summary(target)
        source_lang = resolve_source_language(left, left.lang, str(source))
        target_lang = resolve_source_language(right, right.lang, str(target))
        if source_lang == target_lang:
            raise InputError(target, f"is in {target_lang} like {source.name}: a translation "
                                     "memory pairs two languages")
        memory = TranslationMemory(memory_path)
        stored = learn_pair(memory, left, right, source_lang, target_lang)
    console.print(f"learned {stored} segment pair(s) {source_lang}→{target_lang} into "
                  f"{escape(str(memory_path))}")


@app.command("import", epilog="Example: localize memory import memory.tmx")
def import_command(
    file: Annotated[Path, typer.Argument(help="A TMX 1.4 file.")],
    memory_path: MemoryOption = DEFAULT_PATH,
) -> None:
    """Add the translation units of a TMX file to the memory."""
    with reporting_errors():
        # TMX is XML and declares its own encoding: the reader decodes the bytes.
        found = read_tmx(read_bytes(file), str(file))
        stored = TranslationMemory(memory_path).store(found.entries)
    skipped = found.skipped_summary()
    console.print(f"imported {stored} translation(s) from {escape(str(file))}"
                  + (f"; {escape(skipped)}" if skipped else ""))


@app.command("export", epilog="Example: localize memory export --out memory.tmx")
def export_command(
    out: Annotated[Path, typer.Option("--out", "-o", help="The TMX file to write.")],
    memory_path: MemoryOption = DEFAULT_PATH,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Write the memory as TMX 1.4 for CAT tools."""
    with reporting_errors():
        if not memory_path.exists():
            raise InputError(memory_path, "no such translation memory")
        entries = list(TranslationMemory(memory_path, read_only=True).entries())
        write_text_atomic(out, export_tmx(entries), force=force)
    console.print(f"wrote {escape(str(out))}: {len(entries)} translation(s)")
