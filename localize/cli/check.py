"""`localize check` and `localize diff`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from localize.check import CHECKS, CheckReport, check_editions
from localize.check.align import Alignment
from localize.check.checks import title
from localize.cli.common import console, read_summary, reporting_errors
from localize.detect import resolve_source_language
from localize.errors import InputError
from localize.findings import Severity
from localize.glossary import Glossary, TermIndex, load_glossaries
from localize.review.html import render_html
from localize.review.model import build_view
from localize.review.terminal import print_review
from localize.textfile import write_text_atomic

GlossaryOption = Annotated[list[Path] | None, typer.Option(
    "--glossary", "-g", help="A glossary file (repeatable; later ones win).")]
SourceLang = Annotated[str | None, typer.Option("--source-lang", help="Overrides detection.")]
TargetLang = Annotated[str | None, typer.Option("--target-lang", help="Overrides detection.")]
KeepQuotes = Annotated[bool, typer.Option(
    "--keep-quotes", help="The edition keeps quotes in the source language.")]
SEVERITY_STYLES = {"error": "red", "warning": "yellow", "info": "blue"}


def register(app: typer.Typer) -> None:
    """Add `check` and `diff` to the application."""
    app.command("check", epilog="Example: localize check samples/ai-chip-startups.en.md "
                                "samples/ai-chip-startups.ko.md -g glossaries/ai-tech.yaml")(
        check_command)
    app.command("diff", epilog="Example: localize diff samples/ai-chip-startups.en.md "
                               "samples/ai-chip-startups.ko.md --html review.html")(diff_command)



def _compare(source: Path, target: Path, glossary: list[Path] | None, source_lang: str | None,
             target_lang: str | None, keep_quotes: bool,
             ) -> tuple[CheckReport, Alignment, Glossary | None, str, str]:
    merged = load_glossaries(glossary)[0] if glossary else None
    left, right = read_summary(source), read_summary(target)
    from_lang = resolve_source_language(left, source_lang or left.lang, str(source))
    to_lang = resolve_source_language(right, target_lang or right.lang, str(target),
                                      option="--target-lang", role="target")
    report, alignment = check_editions(left, right, from_lang, to_lang, merged,
                                       translate_quotes=not keep_quotes,
                                       source_name=str(source), target_name=str(target))
    return report, alignment, merged, from_lang, to_lang


def check_command(
    source: Annotated[Path | None, typer.Argument(help="The source edition.")] = None,
    target: Annotated[Path | None, typer.Argument(help="The edition to check.")] = None,
    glossary: GlossaryOption = None,
    format: Annotated[str, typer.Option("--format", help="text, json or html.")] = "text",
    fail_on: Annotated[str, typer.Option(
        "--fail-on", help="Exit 1 when a finding is at least this severe: error or warning.")
    ] = "error",
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write the report here.")
                   ] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite --out.")] = False,
    source_lang: SourceLang = None,
    target_lang: TargetLang = None,
    keep_quotes: KeepQuotes = False,
    list_checks: Annotated[bool, typer.Option("--list", help="List the checks.")] = False,
) -> None:
    """Align two editions and report what is missing, altered or untranslated."""
    if list_checks:
        for check_id, module in CHECKS.items():
            console.print(f"{check_id}: {title(module)}")
        return
    with reporting_errors():
        if source is None or target is None:
            raise InputError(None, "name the source and the target edition")
        if format not in ("text", "json", "html"):
            raise InputError(None, f"unknown --format {format!r} (text, json or html)")
        if fail_on not in ("error", "warning"):
            raise InputError(None, f"unknown --fail-on {fail_on!r} (error or warning)")
        report, alignment, merged, from_lang, to_lang = _compare(
            source, target, glossary, source_lang, target_lang, keep_quotes)
        threshold = Severity(fail_on)
        if format == "html":
            rendered = _page(report, alignment, merged, from_lang, to_lang)
        elif format == "json":
            rendered = json.dumps(report.as_json(threshold), ensure_ascii=False, indent=2) + "\n"
        else:
            rendered = _text(report, threshold)
        if out is not None:
            write_text_atomic(out, rendered, force=force)
            console.print(f"wrote {escape(str(out))}: {len(report.findings)} finding(s)")
        elif format == "text":
            _print_text(report, threshold)
        else:
            typer.echo(rendered, nl=False)
    raise typer.Exit(0 if report.ok(threshold) else 1)


def _page(report: CheckReport, alignment: Alignment, merged: Glossary | None, from_lang: str,
          to_lang: str) -> str:
    indexes = (TermIndex(merged, from_lang), TermIndex(merged, to_lang)) if merged else (
        None, None)
    views = build_view(alignment, report)
    return render_html(views, alignment.source.title, report.source, report.target,
                       report.findings, same_language=from_lang == to_lang, indexes=indexes)


def _text(report: CheckReport, threshold: Severity) -> str:
    """The report for a file: one finding per line, then the verdict."""
    lines = []
    for finding in report.findings:
        where = f"§{finding.section}" if finding.section is not None else "§-"
        if finding.timestamp:
            where += f" [{finding.timestamp}]"
        if finding.segment:
            where += f" {finding.segment}"
        lines.append(f"{where}: {finding.severity.value} {finding.code}: {finding.message}")
    verdict = "ok" if report.ok(threshold) else "FAILED"
    errors_found = sum(1 for f in report.findings if f.severity == "error")
    lines.append(f"{verdict}: {errors_found} error(s) — {report.target}")
    return "\n".join(lines) + "\n"


def _print_text(report: CheckReport, threshold: Severity) -> None:
    for finding in report.findings:
        where = f"§{finding.section}" if finding.section is not None else "§-"
        if finding.timestamp:
            where += f" [{finding.timestamp}]"
        if finding.segment:
            where += f" {finding.segment}"
        style = SEVERITY_STYLES[finding.severity.value]
        console.print(f"{escape(where)}: [{style}]{finding.severity.value}[/] "
                      f"{finding.code}: {escape(finding.message)}")
    counts = {severity: sum(1 for f in report.findings if f.severity == severity)
              for severity in ("error", "warning", "info")}
    verdict = "ok" if report.ok(threshold) else "FAILED"
    console.print(f"{verdict}: {counts['error']} error(s), {counts['warning']} warning(s), "
                  f"{counts['info']} info — {escape(report.target)}")


def diff_command(
    source: Annotated[Path, typer.Argument(help="The first edition (or older version).")],
    target: Annotated[Path, typer.Argument(help="The second edition (or newer version).")],
    glossary: GlossaryOption = None,
    html: Annotated[Path | None, typer.Option("--html", help="Write a self-contained HTML "
                                                             "review page here.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite the HTML file.")] = False,
    source_lang: SourceLang = None,
    target_lang: TargetLang = None,
    keep_quotes: KeepQuotes = False,
) -> None:
    """Show two editions (or two versions of one) side by side, findings inline."""
    with reporting_errors():
        report, alignment, merged, from_lang, to_lang = _compare(
            source, target, glossary, source_lang, target_lang, keep_quotes)
        if html is not None:
            write_text_atomic(html, _page(report, alignment, merged, from_lang, to_lang),
                              force=force)
    if html is not None:
        console.print(f"wrote {escape(str(html))}: {len(report.findings)} finding(s)")
        return
    print_review(console, build_view(alignment, report), same_language=from_lang == to_lang)
