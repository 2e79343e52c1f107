"""Import throughput: read, parse and render each corpus file and sample, best of N runs.

Run: .venv/bin/python bench/import_speed.py [--runs 5]
Prints a Markdown table (recorded in the README).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from localize.importer import render
from localize.readers import read_file

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"


def measure(path: Path, runs: int) -> tuple[str, int, float]:
    """(format, documents, best seconds) to read and render every document of a file."""
    best = float("inf")
    fmt, count = "", 0
    for _ in range(runs):
        start = time.perf_counter()
        fmt, documents = read_file(path)
        for document in documents:
            render(document)
        best = min(best, time.perf_counter() - start)
        count = len(documents)
    return fmt, count, best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    arguments = parser.parse_args()
    paths = sorted(CORPUS.glob("*.txt")) + sorted(CORPUS.glob("*.vtt")) + sorted(
        (ROOT / "samples").glob("*.md"))
    print(f"| file | format | size (KB) | documents | best of {arguments.runs} (ms) | KB/s |")
    print("| --- | --- | ---: | ---: | ---: | ---: |")
    for path in paths:
        fmt, count, seconds = measure(path, arguments.runs)
        size = path.stat().st_size / 1024
        print(f"| {path.name} | {fmt} | {size:.1f} | {count} | {seconds * 1000:.1f} | "
              f"{size / seconds:,.0f} |")


if __name__ == "__main__":
    main()
