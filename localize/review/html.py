"""The review page: both editions side by side with findings, as one self-contained HTML file
to work in.

No network: the style sheet, the script and the page's data are inline. The header counts
the findings per severity (each a filter), the sidebar holds a table of contents with
per-section counts and the list of every finding; `j`/`k` jump between findings; every
target segment can be edited in place and every finding accepted, and the page exports
both as one edit file (`localize.review.edits`). Columns stack on a narrow screen, each
cell then labelled with its edition.
"""

from __future__ import annotations

import html
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from localize.findings import Finding
from localize.glossary import TermIndex
from localize.review.accepted import AcceptedFinding
from localize.review.edits import Origin
from localize.review.highlight import TITLE_CASE, marks
from localize.review.model import Part, Review, Row, SectionView
from localize.review.page_script import SCRIPT
from localize.review.page_style import STYLE
from localize.review.worddiff import word_diff

SEVERITIES = ("error", "warning", "info")
LANGUAGES = {"en": "English", "ko": "Korean", "zh": "Chinese"}
Indexes = tuple[TermIndex | None, TermIndex | None]


@dataclass
class PageOptions:
    """What the page needs besides the review: names, languages and highlighting."""

    source_name: str
    target_name: str
    source_lang: str | None = None
    target_lang: str | None = None
    indexes: Indexes = (None, None)
    names: list[str] = field(default_factory=list)
    origin: Origin | None = None
    """Where the edition lives and its hash: without it the page shows but cannot export."""

    @property
    def same_language(self) -> bool:
        """Two versions of one edition: changes are marked word by word."""
        return self.source_lang is not None and self.source_lang == self.target_lang


class _Ids:
    """Finding ids (`f1`, `f2`...) in page order, and the data the script needs."""

    def __init__(self) -> None:
        self.count = 0
        self.findings: list[dict[str, object]] = []

    def next(self, finding: Finding, section: str) -> str:
        self.count += 1
        key = f"f{self.count}"
        self.findings.append({"id": key, "code": finding.code, "segment": finding.segment,
                              "message": finding.message, "severity": finding.severity.value,
                              "section": section})
        return key


def _highlighted(text: str, index: TermIndex | None, names: list[str],
                 guess_names: bool = True) -> str:
    out, position = [], 0
    for mark in marks(text, index, names, guess_names):
        out.append(html.escape(text[position:mark.start]))
        out.append(f'<mark class="{mark.kind}">{html.escape(text[mark.start:mark.end])}</mark>')
        position = mark.end
    out.append(html.escape(text[position:]))
    return "".join(out)


def _diffed(old: str, new: str) -> tuple[str, str]:
    left, right = [], []
    for piece in word_diff(old, new):
        text = html.escape(piece.text)
        if piece.kind == "same":
            left.append(text)
            right.append(text)
        elif piece.kind == "removed":
            left.append(f"<del>{text}</del>")
        else:
            right.append(f"<ins>{text}</ins>")
    return "".join(left), "".join(right)


class _Page:
    """Renders one review into HTML, numbering findings as it goes."""

    def __init__(self, review: Review, options: PageOptions) -> None:
        self.review = review
        self.options = options
        self.ids = _Ids()
        self.targets: dict[str, str] = {}
        self.sources: dict[str, str] = {}
        self.panel: list[str] = []

    # --- cells ---------------------------------------------------------------------------

    def _part(self, part: Part, side: int, row: Row) -> str:
        options = self.options
        other = None
        if options.same_language and row.source is not None and row.target is not None:
            others = row.target if side == 0 else row.source
            other = next((p.text for p in others if p.label == part.label), None)
        if other is not None:
            left, right = _diffed(part.text, other) if side == 0 else _diffed(other, part.text)
            body = left if side == 0 else right
        else:
            index = options.indexes[side] if part.segment else None
            body = _highlighted(part.text, index, options.names,
                                guess_names=part.label not in TITLE_CASE)
        label = "" if part.label in ("text", "title", "heading") else \
            f'<span class="label">{html.escape(part.label)}</span>'
        editable = ""
        if side == 1 and part.segment is not None and options.origin is not None:
            editable = (f' data-segment="{html.escape(part.segment)}" contenteditable="true"'
                        ' spellcheck="false"')
            self.targets[part.segment] = part.text
            counterpart = row.counterpart(part)
            if counterpart is not None:
                self.sources[part.segment] = counterpart.text
        return (f'<div class="part part-{html.escape(part.label)}">{label}'
                f'<span class="text"{editable}>{body}</span></div>')

    def _cell(self, parts: list[Part] | None, side: int, row: Row, prefix: str = "") -> str:
        options = self.options
        lang = options.source_lang if side == 0 else options.target_lang
        name = options.source_name if side == 0 else options.target_name
        language = LANGUAGES.get(lang or "", lang or "")
        label = html.escape(f"{language} · {name}" if language else name)
        lang_attribute = f' lang="{html.escape(lang)}"' if lang else ""
        side_name = "source" if side == 0 else "target"
        if parts is None:
            return (f'<div class="cell {side_name} missing" data-label="{label}">'
                    "— missing —</div>")
        inner = "".join(self._part(part, side, row) for part in parts)
        return (f'<div class="cell {side_name}" data-label="{label}"{lang_attribute}>'
                f"{prefix}{inner}</div>")

    # --- findings ------------------------------------------------------------------------

    def _finding(self, finding: Finding, section: str, note: str | None = None) -> str:
        key = self.ids.next(finding, section)
        severity = finding.severity.value
        where = " · ".join(part for part in (section, finding.segment or "") if part)
        if note is None:
            classes, state = f"finding open {severity}", "data-acceptable"
            label = severity
            accept = ('<span class="accept"><button type="button">accept</button>'
                      '<input type="text" placeholder="why (optional)" '
                      'aria-label="note on accepting"></span>')
        else:
            classes, state, label = f"finding accepted done {severity}", "", "accepted"
            accept = f'<span class="note">{html.escape(note)}</span>' if note else ""
        message = html.escape(finding.message)
        code = html.escape(finding.code)
        panel_class = f"{'open' if note is None else 'accepted'} {severity}"
        self.panel.append(
            f'<li class="{panel_class}" data-finding="{key}"><a href="#{key}">'
            f'<span class="where">{html.escape(where)}</span> <span class="code">{code}</span>'
            f"</a>{message}</li>")
        return (f'<li class="{classes}" id="{key}" data-severity="{severity}" {state}>'
                f'<span class="severity">{label}</span><span class="code">{code}</span>'
                f'<span class="message">{message}</span>{accept}</li>')

    def _findings(self, findings: list[Finding], accepted: list[AcceptedFinding],
                  section: str) -> str:
        items = [self._finding(finding, section) for finding in findings]
        items += [self._finding(item.finding, section, item.note) for item in accepted]
        return f'<ul class="findings">{"".join(items)}</ul>' if items else ""

    # --- rows and sections ---------------------------------------------------------------

    def _row(self, row: Row, section: str, extra_class: str = "", time: str = "") -> str:
        prefix = f'<span class="time">[{html.escape(time)}]</span>' if time else ""
        classes = " ".join(["row", extra_class, *sorted(
            {f"has-{finding.severity.value}" for finding in row.findings})]).strip()
        return (f'<div class="{classes}" id="row-{html.escape(row.segment)}">'
                f'<div class="id">{html.escape(row.segment)} · {html.escape(row.kind)}</div>'
                f"{self._cell(row.source, 0, row, prefix)}"
                f"{self._cell(row.target, 1, row, prefix)}"
                f"{self._findings(row.findings, row.accepted, section)}</div>")

    def _section(self, number: int, view: SectionView) -> str:
        name = "Overview" if view.heading is None else f"§{view.number or '+'}"
        parts = []
        if number == 0:
            parts.append(self._row(self.review.title, "title", "title-row"))
        if view.heading is not None:
            parts.append(self._row(view.heading, name, "heading-row", view.timestamp or ""))
        if view.findings or view.accepted:
            parts.append(f'<div class="row section-findings">'
                         f"{self._findings(view.findings, view.accepted, name)}</div>")
        parts.extend(self._row(row, name) for row in view.rows)
        return f'<section id="section-{number}">{"".join(parts)}</section>'

    def _toc(self) -> str:
        items = []
        for number, view in enumerate(self.review.sections):
            findings = [*view.findings, *(view.heading.findings if view.heading else []),
                        *(f for row in view.rows for f in row.findings)]
            accepted = [*view.accepted, *(view.heading.accepted if view.heading else []),
                        *(a for row in view.rows for a in row.accepted)]
            if number == 0:
                findings += self.review.title.findings
                accepted += self.review.title.accepted
            if view.heading is None:
                title = "Overview"
            else:
                time = f"[{view.timestamp}] " if view.timestamp else ""
                title = f"{time}{view.source_heading or view.target_heading or '—'}"
            items.append(f'<li><a href="#section-{number}">{html.escape(title)}</a>'
                         f'<span class="badges">{_badges(findings, len(accepted))}</span></li>')
        return f'<ol>{"".join(items)}</ol>'

    def render(self, title: str) -> str:
        body = "".join(self._section(number, view)
                       for number, view in enumerate(self.review.sections))
        findings = self.review.findings()
        accepted = self.review.accepted()
        counts = Counter(finding.severity.value for finding in findings)
        filters = "".join(
            f'<label class="filter {severity}"><input type="checkbox" checked '
            f'data-severity="{severity}"> {counts.get(severity, 0)} '
            f"{_plural(severity, counts.get(severity, 0))}</label>" for severity in SEVERITIES)
        options = self.options
        columns = (f'<div class="columns"><div>{self._column_name(0)}</div>'
                   f"<div>{self._column_name(1)}</div></div>")
        data = {"origin": options.origin.model_dump() if options.origin else None,
                "findings": self.ids.findings, "targets": self.targets,
                "sources": self.sources, "export_name": _export_name(options)}
        exporting = "" if options.origin is None else (
            '<button type="button" id="export" title="download the edits and accepted '
            'findings for localize review apply">export edits (<span id="change-count">0'
            "</span>)</button>")
        lang = html.escape(options.target_lang or "en")
        return (
            f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width,initial-scale=1">'
            f"<title>{html.escape(title)}</title><style>{STYLE}</style></head><body>"
            f"<header><h1>{html.escape(title)}</h1>"
            f'<div class="files">{html.escape(options.source_name)} ↔ '
            f"{html.escape(options.target_name)}</div>"
            f'<div class="controls"><span class="counts">{filters}</span>'
            f'<span class="accepted-count">{len(accepted)} accepted</span>'
            f'<label><input type="checkbox" id="only-findings"> rows with findings only</label>'
            f'<span id="jump"><button type="button" data-step="-1" id="previous" title="previous '
            f'finding (k)"><kbd>k</kbd> previous</button> <button type="button" data-step="1" '
            f'id="next" title="next finding (j)"><kbd>j</kbd> next</button> '
            f'<span id="position"></span></span>{exporting}</div>'
            f"{_legend(options.same_language, options.origin is not None)}</header>"
            f'<div class="layout"><nav class="sidebar">'
            f"<details open class=\"toc\"><summary>Contents</summary>{self._toc()}</details>"
            f'<details open class="panel"><summary>Findings ({len(findings)} open, '
            f"{len(accepted)} accepted)</summary><ol>{''.join(self.panel)}</ol></details>"
            f"</nav><main>{columns}{body}</main></div>"
            f'<script type="application/json" id="review-data">{_json(data)}</script>'
            f"<script>{SCRIPT}</script></body></html>\n")

    def _column_name(self, side: int) -> str:
        options = self.options
        lang = options.source_lang if side == 0 else options.target_lang
        name = options.source_name if side == 0 else options.target_name
        language = LANGUAGES.get(lang or "", lang or "")
        return html.escape(f"{language} · {name}" if language else name)


def _plural(severity: str, count: int) -> str:
    return severity if severity == "info" or count == 1 else f"{severity}s"


def _badges(findings: Iterable[Finding], accepted: int) -> str:
    counts = Counter(finding.severity.value for finding in findings)
    badges = [f'<span class="badge {severity}" title="{counts[severity]} '
              f'{_plural(severity, counts[severity])}">{counts[severity]}</span>'
              for severity in SEVERITIES if counts.get(severity)]
    if accepted:
        badges.append(f'<span class="badge accepted" title="{accepted} accepted">'
                      f"{accepted}</span>")
    return "".join(badges)


def _legend(same_language: bool, editable: bool) -> str:
    marks_shown = ('<ins>added</ins> <del>removed</del>' if same_language else
                   '<mark class="name">name</mark> <mark class="number">number and unit'
                   '</mark> <mark class="term">glossary term</mark>')
    hint = " · click a target text to edit it; Enter ends the edit" if editable else ""
    return f'<div class="legend"><span>highlights:</span> {marks_shown}<span>{hint}</span></div>'


def _export_name(options: PageOptions) -> str:
    stem = Path(options.origin.edition).name if options.origin else "edition"
    return f"{stem}.edits.json"


def _json(data: object) -> str:
    """JSON safe inside a script element (no `</script>` or `<!--` can close it)."""
    return json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")


def render_page(review: Review, title: str, options: PageOptions) -> str:
    """The whole page for a review."""
    return _Page(review, options).render(title)


def render_html(views: list[SectionView], title: str, source_name: str, target_name: str,
                findings: list[Finding], same_language: bool = False,
                indexes: Indexes = (None, None)) -> str:
    """The page for sections alone (no title row, nothing to export): kept for callers
    that built the sections themselves; `findings` are those the sections hold."""
    del findings  # the sections already hold every finding
    empty = Row("title", "title", [Part("title", title)], [Part("title", title)])
    lang = "und" if same_language else None
    options = PageOptions(source_name, target_name, lang, lang, indexes)
    return render_page(Review(empty, views), title, options)
