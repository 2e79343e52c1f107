"""`localize check` and `localize diff`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape

from localize.check import CHECKS
from localize.check.checks import title
from localize.cli.common import console, read_summary, reporting_errors
from localize.detect import resolve_source_language
from localize.errors import InputError
from localize.findings import Finding, Severity
from localize.glossary import load_glossaries
from localize.review.compare import Comparison, compare
from localize.review.edits import origin_of
from localize.review.html import PageOptions, render_page
from localize.review.pager import paged
from localize.review.terminal import print_review
from localize.textfile import write_text_atomic

GlossaryOption = Annotated[list[Path] | None, typer.Option(
    "--glossary", "-g", help="A glossary file (repeatable; later ones win).")]
SourceLang = Annotated[str | None, typer.Option("--source-lang", help="Overrides detection.")]
TargetLang = Annotated[str | None, typer.Option("--target-lang", help="Overrides detection.")]
KeepQuotes = Annotated[bool, typer.Option(
    "--keep-quotes", help="The edition keeps quotes in the source language.")]
SEVERITY_STYLES = {"error": "red", "warning": "yellow", "info": "blue"}
CHECK_EPILOG = ("Findings the edition records as accepted (see localize review apply) are "
                "listed apart and never fail the check.\n\nExit codes: 0 no open finding "
                "reaches --fail-on; 1 one does; 2 bad input "
                "(a file missing, unreadable or not an edition; a bad option); 130 "
                "interrupted.\n\nExample: localize check samples/ai-chip-startups.en.md "
                "samples/ai-chip-startups.ko.md -g glossaries/ai-tech.yaml")
DIFF_EPILOG = ("Exit codes: 0 shown or written (findings do not fail a diff); 2 bad input; "
               "130 interrupted.\n\nExample: localize diff samples/ai-chip-startups.en.md "
               "samples/ai-chip-startups.ko.md --html review.html")


def register(app: typer.Typer) -> None:
    """Add `check` and `diff` to the application."""
    app.command("check", epilog=CHECK_EPILOG)(check_command)
    app.command("diff", epilog=DIFF_EPILOG)(diff_command)


def run_comparison(source: Path, target: Path, glossary: list[Path] | None,
                   source_lang: str | None, target_lang: str | None, keep_quotes: bool
                   ) -> Comparison:
    """Read both editions, resolve their languages and compare them."""
    merged = load_glossaries(glossary)[0] if glossary else None
    left, right = read_summary(source), read_summary(target)
    from_lang = resolve_source_language(left, source_lang or left.lang, str(source))
    to_lang = resolve_source_language(right, target_lang or right.lang, str(target),
                                      option="--target-lang", role="target")
    return compare(left, right, from_lang, to_lang, merged, translate_quotes=not keep_quotes,
                   source_name=str(source), target_name=str(target), target_path=target)


def page(comparison: Comparison, source: Path, target: Path, glossary: list[Path] | None,
         keep_quotes: bool) -> str:
    """The review page of a comparison, able to export edits for `review apply`."""
    origin = origin_of(source, target, comparison.source_lang, comparison.target_lang,
                       glossary, keep_quotes)
    options = PageOptions(str(source), str(target), comparison.source_lang,
                          comparison.target_lang, comparison.indexes(), comparison.names(),
                          origin)
    return render_page(comparison.review(), comparison.alignment.source.title, options)


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
        comparison = run_comparison(source, target, glossary, source_lang, target_lang,
                                    keep_quotes)
        threshold = Severity(fail_on)
        if format == "html":
            rendered = page(comparison, source, target, glossary, keep_quotes)
        elif format == "json":
            rendered = json.dumps(report_json(comparison, threshold), ensure_ascii=False,
                                  indent=2) + "\n"
        else:
            rendered = report_text(comparison, threshold)
        if out is not None:
            write_text_atomic(out, rendered, force=force)
            console.print(f"wrote {escape(str(out))}: {len(comparison.report.findings)} "
                          f"finding(s), {len(comparison.accepted)} accepted")
        elif format == "text":
            print_report(comparison, threshold)
        else:
            typer.echo(rendered, nl=False)
    raise typer.Exit(0 if comparison.report.ok(threshold) else 1)


def report_json(comparison: Comparison, threshold: Severity) -> dict[str, object]:
    """The JSON contract: the checker's, with full texts, and the accepted findings apart."""
    data = comparison.report.as_json(threshold)
    keys = ("code", "severity", "section", "timestamp", "segment", "message", "source_text",
            "target_text")
    data["accepted"] = [{**{key: _json_value(item.finding, key) for key in keys},
                         "note": item.note} for item in comparison.accepted]
    return data


def _json_value(finding: Finding, key: str) -> object:
    return finding.severity.value if key == "severity" else getattr(finding, key)


def _where(finding: Finding) -> str:
    where = f"§{finding.section}" if finding.section is not None else "§-"
    if finding.timestamp:
        where += f" [{finding.timestamp}]"
    if finding.segment:
        where += f" {finding.segment}"
    return where


def _counts(comparison: Comparison) -> dict[str, int]:
    return {severity: sum(1 for f in comparison.report.findings if f.severity == severity)
            for severity in ("error", "warning", "info")}


def report_text(comparison: Comparison, threshold: Severity) -> str:
    """The report for a file: one finding per line, accepted ones after, then the verdict."""
    lines = [f"{_where(f)}: {f.severity.value} {f.code}: {f.message}"
             for f in comparison.report.findings]
    lines += [f"{_where(item.finding)}: accepted {item.finding.code}: {item.finding.message}"
              + (f" — {item.note}" if item.note else "") for item in comparison.accepted]
    verdict = "ok" if comparison.report.ok(threshold) else "FAILED"
    counts = _counts(comparison)
    lines.append(f"{verdict}: {counts['error']} error(s), {counts['warning']} warning(s), "
                 f"{counts['info']} info, {len(comparison.accepted)} accepted — "
                 f"{comparison.report.target}")
    return "\n".join(lines) + "\n"


def print_report(comparison: Comparison, threshold: Severity) -> None:
    """The report for people: severities coloured, texts printed verbatim."""
    for finding in comparison.report.findings:
        style = SEVERITY_STYLES[finding.severity.value]
        console.print(f"{escape(_where(finding))}: [{style}]{finding.severity.value}[/] "
                      f"{escape(finding.code)}: {escape(finding.message)}")
    for item in comparison.accepted:
        note = f" — {escape(item.note)}" if item.note else ""
        console.print(f"{escape(_where(item.finding))}: [green]accepted[/] "
                      f"{escape(item.finding.code)}: {escape(item.finding.message)}{note}")
    print_verdict(comparison, threshold)


def print_verdict(comparison: Comparison, threshold: Severity) -> None:
    """The closing line: ok or FAILED, and the counts (accepted apart)."""
    counts = _counts(comparison)
    verdict = "ok" if comparison.report.ok(threshold) else "FAILED"
    console.print(f"{verdict}: {counts['error']} error(s), {counts['warning']} warning(s), "
                  f"{counts['info']} info, {len(comparison.accepted)} accepted — "
                  f"{escape(comparison.report.target)}")


def diff_command(
    source: Annotated[Path, typer.Argument(help="The first edition (or older version).")],
    target: Annotated[Path, typer.Argument(help="The second edition (or newer version).")],
    glossary: GlossaryOption = None,
    html: Annotated[Path | None, typer.Option("--html", help="Write a self-contained HTML "
                                                             "review page here.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite the HTML file.")] = False,
    no_pager: Annotated[bool, typer.Option(
        "--no-pager", help="Print straight to the terminal ($PAGER, default less, pages "
                           "otherwise).")] = False,
    source_lang: SourceLang = None,
    target_lang: TargetLang = None,
    keep_quotes: KeepQuotes = False,
) -> None:
    """Show two editions (or two versions of one) side by side, findings inline."""
    with reporting_errors():
        comparison = run_comparison(source, target, glossary, source_lang, target_lang,
                                    keep_quotes)
        if html is not None:
            write_text_atomic(html, page(comparison, source, target, glossary, keep_quotes),
                              force=force)
    if html is not None:
        console.print(f"wrote {escape(str(html))}: {len(comparison.report.findings)} "
                      f"finding(s), {len(comparison.accepted)} accepted")
        return
    with paged(console, enabled=not no_pager):
        print_review(console, comparison.review(), comparison.same_language,
                     comparison.indexes(), comparison.names())
        counts = _counts(comparison)
        console.print(f"{counts['error']} error(s), {counts['warning']} warning(s), "
                      f"{counts['info']} info, {len(comparison.accepted)} accepted",
                      style="bold")
