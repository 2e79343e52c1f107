"""Language detection: accuracy and speed on a labelled set, ours beside plain langdetect.

The set (bench/data/detect_labels.jsonl) labels every segment of the corpus summary page
and of the samples by reading; it holds ids and labels, never the corpus text, which is
read from ../shared/corpus at run time. Run: .venv/bin/python bench/detect.py
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path

from localize.detect import NameMask, detect_text, document_names
from localize.detect.latin import langdetect_language
from localize.document.model import Document
from localize.document.segments import Segment, document_segments
from localize.readers import read_file

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "bench" / "data" / "detect_labels.jsonl"
CORPUS = ROOT.parent / "shared" / "corpus"

Key = tuple[str, int, str]


def load_set() -> list[tuple[Key, Document, Segment, str]]:
    """(key, document, segment, label) for every labelled segment."""
    labels = {(row["source"], row["doc"], row["id"]): row["lang"]
              for row in map(json.loads, LABELS.read_text("utf-8").splitlines())}
    documents: list[tuple[str, int, Document]] = []
    _, page = read_file(CORPUS / "summary-page.txt")
    documents += [("page", number, doc) for number, doc in enumerate(page, start=1)
                  if isinstance(doc, Document)]
    labelled = {source for source, _, _ in labels}
    for path in sorted((ROOT / "samples").glob("*.md")):
        if path.name not in labelled:
            continue  # editions added after the set was labelled
        _, [sample] = read_file(path)
        assert isinstance(sample, Document)
        documents.append((path.name, 0, sample))
    rows = []
    for source, number, document in documents:
        for segment in document_segments(document):
            if segment.kind == "entity_type":
                continue  # a one-word type (person, 인물) was not a segment when labelled
            key = (source, number, segment.id)
            rows.append((key, document, segment, labels[key]))
    return rows


def ours() -> Callable[[Document, Segment], str]:
    masks: dict[int, NameMask] = {}

    def label(document: Document, segment: Segment) -> str:
        mask = masks.setdefault(id(document), NameMask(document_names(document)))
        detection = detect_text(segment.text, mask)
        return f"other:{detection.other}" if detection.lang == "other" else detection.lang
    return label


def plain_langdetect() -> Callable[[Document, Segment], str]:
    def label(document: Document, segment: Segment) -> str:
        found = langdetect_language(segment.text)
        if found is None:
            return "und"
        return found[0] if found[0] in ("en", "ko", "zh") else f"other:{found[0]}"
    return label


def run(name: str, labeller: Callable[[Document, Segment], str],
        rows: list[tuple[Key, Document, Segment, str]], repeats: int
        ) -> tuple[str, int, list[tuple[Key, str, str, str]], float]:
    errors = []
    start = time.perf_counter()
    for _ in range(repeats):
        errors = []
        for key, document, segment, expected in rows:
            got = labeller(document, segment)
            if got != expected:
                errors.append((key, expected, got, segment.text))
    elapsed = (time.perf_counter() - start) / repeats
    return name, len(rows) - len(errors), errors, len(rows) / elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeats", type=int, default=3)
    arguments = parser.parse_args()
    rows = load_set()
    results = [run("localize.detect", ours(), rows, arguments.repeats),
               run("langdetect (seeded)", plain_langdetect(), rows, 1)]
    print(f"{len(rows)} labelled segments\n")
    print("| detector | right | accuracy | errors | segments/s (one core) |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for name, right, errors, speed in results:
        print(f"| {name} | {right} | {right / len(rows):.2%} | {len(errors)} | {speed:,.0f} |")
    name, _, errors, _ = results[0]
    print(f"\nErrors of {name}:")
    for (source, number, segment_id), expected, got, text in errors:
        shown = text if len(text) <= 60 else text[:57] + "..."
        where = f"{source} #{number}" if number else source
        print(f"- {where} {segment_id}: labelled {expected}, detected {got}: {shown!r}")


if __name__ == "__main__":
    main()
