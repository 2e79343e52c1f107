"""The side-by-side review in the terminal, with findings inline."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from localize.findings import Finding
from localize.review.highlight import marks
from localize.review.model import Row, SectionView
from localize.review.worddiff import word_diff

STYLES = {"number": "bold yellow", "term": "bold green", "name": "cyan"}
SEVERITY_STYLES = {"error": "red", "warning": "yellow", "info": "blue"}


def _highlighted(text: str | None) -> Text:
    if text is None:
        return Text("— missing —", style="red")
    result = Text(text)
    for mark in marks(text):
        result.stylize(STYLES[mark.kind], mark.start, mark.end)
    return result


def _diffed(old: str, new: str) -> tuple[Text, Text]:
    left, right = Text(), Text()
    for piece in word_diff(old, new):
        if piece.kind == "same":
            left.append(piece.text)
            right.append(piece.text)
        elif piece.kind == "removed":
            left.append(piece.text, style="red strike")
        else:
            right.append(piece.text, style="green underline")
    return left, right


def _findings_text(findings: list[Finding]) -> Text:
    """Findings as text, not markup (messages quote the editions), severities styled."""
    result = Text()
    for number, finding in enumerate(findings):
        if number:
            result.append("\n")
        result.append(finding.severity.value, style=SEVERITY_STYLES[finding.severity.value])
        result.append(f" {finding.code}: {finding.message}")
    return result


def _row_cells(row: Row, same_language: bool) -> tuple[Text, Text]:
    if same_language and row.source is not None and row.target is not None:
        return _diffed(row.source, row.target)
    return _highlighted(row.source), _highlighted(row.target)


def print_review(console: Console, views: list[SectionView], same_language: bool) -> None:
    """One table per section: source on the left, target on the right, findings below."""
    for view in views:
        time = f"[{view.timestamp}] " if view.timestamp else ""
        title = f"{time}{view.source_heading or '—'}  ↔  {view.target_heading or '—'}" \
            if view.number is not None or view.source_heading else "Overview"
        table = Table(title=Text(title, style="table.title"), show_header=False, expand=True,
                      show_lines=True)
        # Fold long words (URLs): an ellipsis would hide text under review.
        table.add_column("source", ratio=1, overflow="fold")
        table.add_column("target", ratio=1, overflow="fold")
        if view.findings:
            table.add_row(_findings_text(view.findings), Text())
        for row in view.rows:
            left, right = _row_cells(row, same_language)
            table.add_row(left, right)
            if row.findings:
                table.add_row(_findings_text(row.findings), Text())
        console.print(table)
