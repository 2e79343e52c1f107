"""Expected length ratios for the omission check, measured on the parallel samples.

For each pair of editions in samples/ (same slug, source_lang in the target's front
matter), align them and take the median of target/source characters over paired
paragraphs, quotes and descriptions of at least 40 characters. Pairs we have no edition
for are the inverse of the opposite direction. Run: .venv/bin/python bench/calibrate_ratios.py
"""

from __future__ import annotations

import statistics
from pathlib import Path

from localize.check.align import align
from localize.check.pairs import text_pairs
from localize.document.model import Document
from localize.readers import read_file

ROOT = Path(__file__).resolve().parent.parent
MIN_CHARACTERS = 40


def parallel_pairs() -> list[tuple[Document, Document]]:
    """(source, target) for every translated sample and the sample it came from."""
    documents: dict[tuple[str, str], Document] = {}
    for path in sorted((ROOT / "samples").glob("*.md")):
        _, [document] = read_file(path)
        assert isinstance(document, Document)
        documents[(path.name.split(".")[0], document.lang or "")] = document
    return [(documents[(slug, target.source_lang)], target)
            for (slug, _), target in documents.items()
            if target.source_lang and (slug, target.source_lang) in documents]


def measure() -> dict[tuple[str, str], tuple[float, int]]:
    """(median ratio, paired texts) per language pair."""
    ratios: dict[tuple[str, str], list[float]] = {}
    for source, target in parallel_pairs():
        for pair in text_pairs(align(source, target), include_names=False):
            if len(pair.source) >= MIN_CHARACTERS and pair.kind not in ("heading", "title"):
                ratios.setdefault((source.lang or "", target.lang or ""), []).append(
                    len(pair.target) / len(pair.source))
    return {key: (statistics.median(values), len(values)) for key, values in ratios.items()}


def main() -> None:
    measured = measure()
    print("| source → target | median target/source characters | texts | how |")
    print("| --- | ---: | ---: | --- |")
    for (source, target), (ratio, count) in sorted(measured.items()):
        print(f"| {source} → {target} | {ratio:.3f} | {count} | measured |")
    for (source, target), (ratio, _) in sorted(measured.items()):
        if (target, source) not in measured:
            print(f"| {target} → {source} | {1 / ratio:.3f} | - | inverse of {source} → "
                  f"{target} |")


if __name__ == "__main__":
    main()
