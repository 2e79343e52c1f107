"""The side-by-side review in the terminal: two columns wrapped to the terminal's width,
whole units, findings under their row in full. Nothing is cut: a reviewer looking for what
is missing must see every character that is there."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from rich.console import Console
from rich.text import Text

from localize.findings import Finding
from localize.glossary import TermIndex
from localize.review.accepted import AcceptedFinding
from localize.review.highlight import TITLE_CASE, marks
from localize.review.model import Part, Review, Row, SectionView
from localize.review.worddiff import word_diff
from localize.review.wrap import wrap

STYLES = {"number": "bold yellow", "term": "bold green", "name": "cyan"}
SEVERITY_STYLES = {"error": "red", "warning": "yellow", "info": "blue"}
SEPARATOR = " │ "
MISSING = "— missing —"
Indexes = tuple[TermIndex | None, TermIndex | None]


def _highlighted(text: str, index: TermIndex | None, names: list[str], label: str = "text"
                 ) -> Text:
    result = Text(text)
    for mark in marks(text, index, names, guess_names=label not in TITLE_CASE):
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


def _part_line(part: Part, body: Text) -> Text:
    """A part on its own line; a detail or a part after the first carries its label."""
    if part.label in ("text", "quote", "title", "heading", "name", "term"):
        return body
    line = Text(f"{part.label}: ", style="dim")
    line.append_text(body)
    return line


def _cells(row: Row, same_language: bool, indexes: Indexes, names: list[str]
           ) -> tuple[Text, Text]:
    sides: list[Text] = []
    pairs = _paired_parts(row)
    for side in (0, 1):
        parts = row.source if side == 0 else row.target
        if parts is None:
            sides.append(Text(MISSING, style="red"))
            continue
        lines = []
        for part in parts:
            other = pairs.get((side, part.label))
            if same_language and other is not None:
                body = _diffed(other, part.text)[1] if side else _diffed(part.text, other)[0]
            else:
                body = _highlighted(part.text, indexes[side] if part.segment else None, names,
                                    part.label)
            lines.append(_part_line(part, body))
        sides.append(Text("\n").join(lines))
    return sides[0], sides[1]


def _paired_parts(row: Row) -> dict[tuple[int, str], str]:
    """For each part, the text of the same part on the other side (to diff versions)."""
    if row.source is None or row.target is None:
        return {}
    left = {part.label: part.text for part in row.source}
    right = {part.label: part.text for part in row.target}
    found = {(0, label): right[label] for label in left if label in right}
    found.update({(1, label): left[label] for label in right if label in left})
    return found


def _columns(left: Text, right: Text, width: int) -> Iterator[Text]:
    column = max(4, (width - len(SEPARATOR)) // 2)
    left_lines, right_lines = wrap(left, column), wrap(right, column)
    for number in range(max(len(left_lines), len(right_lines))):
        line = left_lines[number].copy() if number < len(left_lines) else Text()
        line.pad_right(column - line.cell_len)
        line.append(SEPARATOR, style="dim")
        if number < len(right_lines):
            line.append_text(right_lines[number])
        yield line


def _finding_text(finding: Finding, note: str | None = None) -> Text:
    """Findings as text, not markup (messages quote the editions), severities styled."""
    if note is not None:
        text = Text("accepted", style="green")
        text.append(f" {finding.severity.value} {finding.code}: {finding.message}", style="dim")
        if note:
            text.append(f" — {note}", style="dim italic")
        return text
    text = Text(finding.severity.value, style=SEVERITY_STYLES[finding.severity.value])
    text.append(f" {finding.code}: {finding.message}")
    return text


def _findings(findings: list[Finding], accepted: list[AcceptedFinding], width: int
              ) -> Iterator[Text]:
    texts = [_finding_text(finding) for finding in findings]
    texts += [_finding_text(item.finding, item.note) for item in accepted]
    for text in texts:
        for number, line in enumerate(wrap(text, width - 4)):
            yield Text("  " if number == 0 else "    ") + line


def _row_lines(row: Row, width: int, same_language: bool, indexes: Indexes,
               names: list[str]) -> Iterator[Text]:
    yield Text(f"{row.segment} · {row.kind}", style="dim")
    yield from _columns(*_cells(row, same_language, indexes, names), width)
    yield from _findings(row.findings, row.accepted, width)


def _section_lines(view: SectionView, width: int, same_language: bool, indexes: Indexes,
                   names: list[str]) -> Iterator[Text]:
    yield Text("─" * width, style="dim")
    if view.heading is None:
        yield Text("Overview", style="bold")
    else:
        time = f"[{view.timestamp}] " if view.timestamp else ""
        left, right = _cells(view.heading, same_language, indexes, names)
        yield from _columns(Text(time, style="bold") + left, Text(time, style="bold") + right,
                            width)
        yield from _findings(view.heading.findings, view.heading.accepted, width)
    yield from _findings(view.findings, view.accepted, width)
    for row in view.rows:
        yield from _row_lines(row, width, same_language, indexes, names)


def review_lines(review: Review, width: int, same_language: bool = False,
                 indexes: Indexes = (None, None), names: Iterable[str] = ()) -> list[Text]:
    """The whole review as screen lines of at most `width` cells."""
    known = list(names)
    lines = list(_columns(*_cells(review.title, same_language, indexes, known), width))
    lines.extend(_findings(review.title.findings, review.title.accepted, width))
    for view in review.sections:
        lines.extend(_section_lines(view, width, same_language, indexes, known))
    return lines


def print_review(console: Console, review: Review, same_language: bool = False,
                 indexes: Indexes = (None, None), names: Iterable[str] = ()) -> None:
    """Print the review at the console's width (each line already fits: never re-wrapped
    or cropped by the console)."""
    for line in review_lines(review, console.width, same_language, indexes, names):
        console.print(line, soft_wrap=True)
