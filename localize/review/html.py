"""The review page: both editions side by side with findings, as one self-contained HTML file.

No network: styles and the severity filter are inline. Columns stack on a narrow screen.
"""

from __future__ import annotations

import html
from collections import Counter

from localize.findings import Finding
from localize.glossary import TermIndex
from localize.review.highlight import marks
from localize.review.model import Row, SectionView
from localize.review.worddiff import word_diff

STYLE = """
:root{--error:#c62828;--warning:#b26a00;--info:#1565c0;--line:#ddd}
*{box-sizing:border-box}body{font:15px/1.55 system-ui,-apple-system,"Noto Sans KR",
"Noto Sans SC",sans-serif;margin:0;color:#222;background:#fafafa}
header{position:sticky;top:0;background:#fff;border-bottom:1px solid var(--line);
padding:.6rem 1rem;z-index:1}h1{font-size:1.1rem;margin:0 0 .3rem}
.counts label{margin-right:1rem;white-space:nowrap}.counts .error{color:var(--error)}
.counts .warning{color:var(--warning)}.counts .info{color:var(--info)}
main{padding:0 1rem 2rem}section{background:#fff;border:1px solid var(--line);
border-radius:6px;margin:1rem 0;overflow:hidden}
.heading{display:grid;grid-template-columns:1fr 1fr;gap:1rem;background:#f0f3f7;
padding:.5rem .8rem;font-weight:600}.time{color:#555;font-weight:400;margin-right:.4rem}
.row{display:grid;grid-template-columns:1fr 1fr;gap:1rem;padding:.5rem .8rem;
border-top:1px solid var(--line)}.id{font:12px monospace;color:#888;grid-column:1/-1}
.cell:empty::after{content:"— missing —";color:var(--error)}
.findings{grid-column:1/-1;margin:.2rem 0 0;padding:0;list-style:none}
.findings li{font-size:13px;padding:.15rem .4rem;border-left:3px solid;margin:.15rem 0}
.findings .error{border-color:var(--error);background:#fdecea}
.findings .warning{border-color:var(--warning);background:#fff4e5}
.findings .info{border-color:var(--info);background:#e8f1fb}
.code{font-family:monospace;font-weight:600;margin-right:.4rem}
mark{border-radius:3px;padding:0 1px}mark.number{background:#ffe08a}
mark.term{background:#c8e6c9}mark.name{background:#e1e8f5}
del{background:#fdd;text-decoration:line-through}ins{background:#dfd;text-decoration:none}
.hide-error .error,.hide-warning .warning,.hide-info .info{display:none}
@media (max-width:700px){.row,.heading{grid-template-columns:1fr}}
"""
SCRIPT = """
document.querySelectorAll('input[data-severity]').forEach(function(box){
 box.addEventListener('change',function(){
  document.body.classList.toggle('hide-'+box.dataset.severity,!box.checked);});});
"""


def _highlighted(text: str, index: TermIndex | None) -> str:
    out, position = [], 0
    for mark in marks(text, index):
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


def _findings(findings: list[Finding]) -> str:
    if not findings:
        return ""
    items = "".join(f'<li class="{finding.severity.value}"><span class="code">'
                    f"{html.escape(finding.code)}</span>{html.escape(finding.message)}</li>"
                    for finding in findings)
    return f'<ul class="findings">{items}</ul>'


def _row(row: Row, same_language: bool, indexes: tuple[TermIndex | None, TermIndex | None]
         ) -> str:
    if same_language and row.source is not None and row.target is not None:
        left, right = _diffed(row.source, row.target)
    else:
        left = _highlighted(row.source, indexes[0]) if row.source is not None else ""
        right = _highlighted(row.target, indexes[1]) if row.target is not None else ""
    classes = " ".join(sorted({f"has-{finding.severity.value}" for finding in row.findings}))
    return (f'<div class="row {classes}"><div class="id">{html.escape(row.segment)} · '
            f"{row.kind}</div><div class=\"cell\">{left}</div><div class=\"cell\">{right}</div>"
            f"{_findings(row.findings)}</div>")


def _section(view: SectionView, same_language: bool,
             indexes: tuple[TermIndex | None, TermIndex | None]) -> str:
    time = f'<span class="time">[{html.escape(view.timestamp)}]</span>' if view.timestamp else ""
    if view.number is None and not view.source_heading:
        heading = '<div class="heading"><div>Overview</div><div></div></div>'
    else:
        heading = (f'<div class="heading"><div>{time}{html.escape(view.source_heading or "—")}'
                   f'</div><div>{time}{html.escape(view.target_heading or "— missing —")}'
                   "</div></div>")
    rows = "".join(_row(row, same_language, indexes) for row in view.rows)
    findings = _findings(view.findings)
    section_findings = f'<div class="row">{findings}</div>' if findings else ""
    return f"<section>{heading}{section_findings}{rows}</section>"


def render_html(views: list[SectionView], title: str, source_name: str, target_name: str,
                findings: list[Finding], same_language: bool = False,
                indexes: tuple[TermIndex | None, TermIndex | None] = (None, None)) -> str:
    """The whole page."""
    counts = Counter(finding.severity.value for finding in findings)
    boxes = "".join(
        f'<label class="{severity}"><input type="checkbox" checked data-severity="{severity}">'
        f" {counts.get(severity, 0)} {severity}{'s' if counts.get(severity, 0) != 1 else ''}"
        "</label>" for severity in ("error", "warning", "info"))
    body = "".join(_section(view, same_language, indexes) for view in views)
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width,initial-scale=1">'
            f"<title>{html.escape(title)}</title><style>{STYLE}</style></head><body>"
            f"<header><h1>{html.escape(title)}</h1><div>{html.escape(source_name)} ↔ "
            f'{html.escape(target_name)}</div><div class="counts">{boxes}</div></header>'
            f"<main>{body}</main><script>{SCRIPT}</script></body></html>\n")
