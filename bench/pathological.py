"""Pathological input, timed: each command on each input of tests/test_pathological.py at
10 KB, 50 KB and 200 KB, and how its time grows (linear: 20 times the time for 20 times the
text; quadratic: 400 times).

The commands, run in process through the CLI (imports excluded), each cell in a forked
child stopped at the budget:
- check: `localize check SRC TGT -g glossaries/ai-tech.yaml`, an English summary holding
  the text as a paragraph (and the start of it as a heading) against a Korean edition
  holding half of it;
- show: `localize show SRC`; detect: `localize detect SRC`;
- glossary: `localize glossary lint G`, a glossary whose one term, translations and note
  are the text.
The heading-lines input is written as the page itself (one section per line), not as a
paragraph. `--functions` times the text functions of the test instead (find_numbers,
split_sentences, markup_counts, detect_text...), to find which one grows.

Run: .venv/bin/python bench/pathological.py [--functions] [--budget S] [--only NAME...]
"""

from __future__ import annotations

import argparse
import multiprocessing
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from localize.cli import app  # noqa: E402
from localize.writers import render_markdown  # noqa: E402
from tests.test_pathological import (  # noqa: E402
    FUNCTIONS,
    PATHOLOGICAL,
    document,
    run_case,
)

SIZES = (10_000, 50_000, 200_000)
GLOSSARY = ROOT / "glossaries" / "ai-tech.yaml"
RAW = "## [00:00] x lines"


def _write(folder: Path, name: str, text: str) -> None:
    """The files the commands read: an English summary, a Korean edition, a glossary."""
    if name == RAW:  # the page itself: a title and one section per line
        (folder / "src.en.md").write_text(f"# Pathological input\n\n{text}", "utf-8")
        (folder / "tgt.ko.md").write_text(f"# 병리적 입력\n\n{text}", "utf-8")
    else:
        (folder / "src.en.md").write_text(render_markdown(document(text)), "utf-8")
        (folder / "tgt.ko.md").write_text(render_markdown(document(
            "번역된 문단입니다. " + text[: len(text) // 2], "ko")), "utf-8")
    glossary = {"name": "pathological", "terms": [
        {"term": text, "translations": {"ko": text, "zh": text}, "note": text},
        {"term": "Nvidia", "keep": True}]}
    (folder / "g.yaml").write_text(yaml.safe_dump(glossary, allow_unicode=True), "utf-8")


COMMANDS: dict[str, Callable[[Path], list[str]]] = {
    "check": lambda folder: ["check", str(folder / "src.en.md"), str(folder / "tgt.ko.md"),
                             "-g", str(GLOSSARY)],
    "show": lambda folder: ["show", str(folder / "src.en.md")],
    "detect": lambda folder: ["detect", str(folder / "src.en.md")],
    "glossary": lambda folder: ["glossary", "lint", str(folder / "g.yaml")],
}


def _command_child(arguments: list[str], answer: Connection) -> None:
    from typer.testing import CliRunner

    start = time.perf_counter()
    result = CliRunner().invoke(app, arguments)
    took = time.perf_counter() - start
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        answer.send(("error", f"{type(result.exception).__name__}: {result.exception}"))
    else:
        answer.send(("ok", took))


def time_command(command: str, name: str, size: int, budget: float) -> float | str:
    """Seconds the command took, or why there is no figure."""
    folder = Path(tempfile.mkdtemp(prefix="pathological-"))
    try:
        _write(folder, name, PATHOLOGICAL[name](size))
        context = multiprocessing.get_context("fork")
        receiving, sending = context.Pipe(duplex=False)
        process = context.Process(target=_command_child,
                                  args=(COMMANDS[command](folder), sending), daemon=True)
        process.start()
        sending.close()
        try:
            if not receiving.poll(budget):
                return f"> {budget:.0f}"
            status, value = receiving.recv()
        finally:
            if process.is_alive():
                process.kill()
            process.join()
        return value if status == "ok" else f"error ({value})"
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def time_function(function: str, name: str, size: int, budget: float) -> float | str:
    folder = Path(tempfile.mkdtemp(prefix="pathological-"))
    try:
        took = run_case(function, PATHOLOGICAL[name](size), folder, budget)
        return f"> {budget:.0f}" if took is None else took
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _code(name: str) -> str:
    """An input's name as Markdown code, backticks included."""
    return f"`` {name} ``" if "`" in name else f"`{name}`"


def _cell(value: float | str) -> str:
    return f"{value:.2f}" if isinstance(value, float) else value


def _growth(times: list[float | str]) -> str:
    first, last = times[0], times[-1]
    if not isinstance(first, float) or not isinstance(last, float):
        return "-"
    return f"×{last / max(first, 0.005):.0f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--functions", action="store_true",
                        help="time the text functions instead of the commands")
    parser.add_argument("--budget", type=float, default=60.0, help="seconds per cell")
    parser.add_argument("--only", nargs="*", help="inputs to time (default: all)")
    options = parser.parse_args()
    names = options.only or list(PATHOLOGICAL)
    timed = list(FUNCTIONS) if options.functions else list(COMMANDS)
    measure = time_function if options.functions else time_command
    sizes = " / ".join(f"{size // 1000} KB" for size in SIZES)
    print(f"seconds at {sizes}, and the growth from {SIZES[0] // 1000} KB to "
          f"{SIZES[-1] // 1000} KB (linear: ×{SIZES[-1] // SIZES[0]}; a cell past the "
          f"budget reads > {options.budget:.0f})\n")
    print("| input | " + " | ".join(timed) + " |")
    print("| --- |" + " ---: |" * len(timed))
    worst: list[tuple[str, str, str]] = []
    for name in names:
        cells = []
        for what in timed:
            times: list[float | str] = []
            for size in SIZES:
                times.append(measure(what, name, size, options.budget))
                if not isinstance(times[-1], float):
                    break  # a bigger input would take longer still
            growth = _growth(times)
            if growth == "-":
                worst.append((name, what, f"{_cell(times[-1])} s at "
                                          f"{SIZES[len(times) - 1] // 1000} KB"))
            elif int(growth[1:]) > 3 * SIZES[-1] // SIZES[0]:
                worst.append((name, what, growth))
            cells.append(" / ".join(_cell(value) for value in times) + f" {growth}")
        print(f"| {_code(name)} | " + " | ".join(cells) + " |", flush=True)
    if worst:
        print("\nsuper-linear: " + "; ".join(f"{what} on {_code(name)} {growth}"
                                             for name, what, growth in worst))


if __name__ == "__main__":
    main()
