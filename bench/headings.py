"""Heading recovery in flattened pages: figures, ablation, and every remaining miss.

Two pages are measured, and kept apart:
- the corpus page (`../shared/corpus/summary-page.txt`, read at run time), boundaries
  labelled by reading in `tests/data/corpus_heading_words.json`: the weights are tuned here;
- the held-out page: the project's samples (originals and editions) and the summaries in
  `tests/data/heldout/`, flattened as the scraped page was, truth known exactly: never tuned
  on, only measured.

The ablation switches each piece of evidence off in turn (weight 0) and counts what it
costs on each page. Every miss that remains is printed with its explanation.

Run: .venv/bin/python bench/headings.py [--corpus-only]   (--corpus-only: for tuning)
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from localize.readers.heading_cases import (  # noqa: E402
    LabelledPage,
    Outcome,
    label_page,
    right_by_language,
    run,
)
from localize.readers.heading_weights import WEIGHTS  # noqa: E402
from localize.readers.markdown import parse_markdown  # noqa: E402
from tests.flatten import flatten_page  # noqa: E402

CORPUS_PAGE = ROOT.parent / "shared" / "corpus" / "summary-page.txt"
CORPUS_LABELS = ROOT / "tests" / "data" / "corpus_heading_words.json"
HELDOUT_SOURCES = (ROOT / "samples", ROOT / "tests" / "data" / "heldout")


def corpus_page() -> LabelledPage | None:
    """The corpus page with its labels, or None where the shared corpus is absent."""
    if not CORPUS_PAGE.exists():
        return None
    labels = json.loads(CORPUS_LABELS.read_text("utf-8"))
    return label_page(CORPUS_PAGE.read_text("utf-8"), [label["lang"] for label in labels],
                      [label["heading_words"] for label in labels], timed_only=True,
                      words_include_dash=True)


def heldout_page() -> LabelledPage:
    """Every held-out summary on one flattened page; the truth is each original heading."""
    paths = [path for folder in HELDOUT_SOURCES for path in sorted(folder.glob("*.md"))]
    documents = [parse_markdown(path.read_text("utf-8"), str(path)) for path in paths]
    expected = [[len(section.heading.split()) for section in document.sections]
                for document in documents]
    return label_page(flatten_page(documents), [str(document.lang) for document in documents],
                      expected, timed_only=False)


def _figures(outcomes: list[Outcome]) -> str:
    return ", ".join(f"{lang} {right}/{total} ({right / total:.1%})"
                     for lang, (right, total) in right_by_language(outcomes).items())


def _ablation(pages: dict[str, LabelledPage]) -> list[str]:
    """A Markdown table: each evidence switched off, and the boundaries it costs per page."""
    baseline = {name: sum(o.right for o in run(page)) for name, page in pages.items()}
    header = "| evidence | weight | " + " | ".join(f"{name} cost" for name in pages) + " |"
    rows = [header, "| --- | ---: | " + " | ".join("---:" for _ in pages) + " |"]
    for evidence_name, weight in WEIGHTS.items():
        switched_off = {**WEIGHTS, evidence_name: 0.0}
        costs = [baseline[name] - sum(o.right for o in run(page, switched_off))
                 for name, page in pages.items()]
        rows.append(f"| `{evidence_name}` | {weight:+g} | "
                    + " | ".join(f"{cost:+d}" for cost in costs) + " |")
    return rows


def _misses(name: str, outcomes: list[Outcome]) -> list[str]:
    lines = []
    for outcome in outcomes:
        if outcome.right:
            continue
        case = outcome.case
        lines.append(f"- {name} summary {case.summary} ({case.lang}, {case.title[:40]}) "
                     f"heading {case.section}: "
                     f"{outcome.split.words} words, should be {case.expected_words}"
                     f"{' (marked uncertain)' if outcome.split.uncertain else ''}")
        lines.extend(f"  {line}" for line in outcome.explanation().split("\n"))
    return lines or [f"- {name}: none"]


def main() -> int:
    started = time.perf_counter()
    pages: dict[str, LabelledPage] = {}
    corpus = corpus_page()
    if corpus is None:
        print(f"corpus page not found at {CORPUS_PAGE}: measuring the held-out page only")
    else:
        pages["corpus"] = corpus
    if "--corpus-only" not in sys.argv[1:]:
        pages["held-out"] = heldout_page()
    if not pages:
        print("nothing to measure: no corpus page and --corpus-only given")
        return 1
    outcomes = {name: run(page) for name, page in pages.items()}
    print("## Boundaries right\n")
    for name, page_outcomes in outcomes.items():
        print(f"- {name}: {_figures(page_outcomes)}")
    print("\n## Ablation (each evidence switched off in turn; cost = boundaries lost)\n")
    print("\n".join(_ablation(pages)))
    print("\n## Remaining misses\n")
    for name, page_outcomes in outcomes.items():
        print("\n".join(_misses(name, page_outcomes)))
    print(f"\n({time.perf_counter() - started:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
