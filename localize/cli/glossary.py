"""`localize glossary`: lint, check, terms, import and export."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.markup import escape
from rich.table import Table

from localize.cli.common import (
    JsonOption,
    console,
    print_json,
    read_summary,
    reporting_errors,
)
from localize.detect import resolve_source_language
from localize.document.segments import document_segments
from localize.errors import InputError
from localize.findings import Finding, Severity, worst
from localize.glossary import (
    RULES,
    TermIndex,
    check_documents,
    export_csv,
    export_tbx,
    import_csv,
    import_tbx,
    lint,
    load_glossaries,
    load_glossary,
)
from localize.glossary.rules import title
from localize.glossary.writer import render_glossary
from localize.textfile import read_bytes, read_text, write_text_atomic

app = typer.Typer(help="Term glossaries: lint them, check editions against them, exchange "
                       "them with CAT tools.", no_args_is_help=True)

GlossaryOption = Annotated[list[Path], typer.Option(
    "--glossary", "-g", help="A glossary file (repeatable; later ones win).")]
ExchangeFormat = Annotated[str | None, typer.Option(
    "--format", help="tbx or csv; taken from the file extension when omitted.")]


def register(parent: typer.Typer) -> None:
    """Add the `glossary` group to the application."""
    parent.add_typer(app, name="glossary")


def _exit_code(findings: list[Finding], fail_on: Severity = Severity.ERROR) -> int:
    highest = worst(findings)
    return 1 if highest is not None and highest.rank >= fail_on.rank else 0


def _print_findings(findings: list[Finding]) -> None:
    colours = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "blue"}
    for finding in findings:
        where = finding.file or ""
        if finding.line is not None:
            where += f":{finding.line}"
        if finding.segment:
            where += f" {finding.segment}"
        console.print(f"{escape(where)}: [{colours[finding.severity]}]{finding.severity}[/] "
                      f"{finding.code}: {escape(finding.message)}")


def _finish(findings: list[Finding], as_json: bool, fields: dict[str, str], summary: str
            ) -> NoReturn:
    """Print the findings (JSON with `fields`, or lines and a summary) and exit 0 or 1."""
    if as_json:
        print_json({"ok": _exit_code(findings) == 0, **fields,
                    "findings": _findings_json(findings)})
    else:
        _print_findings(findings)
        console.print(summary)
    raise typer.Exit(_exit_code(findings))


def _findings_json(findings: list[Finding]) -> list[dict[str, object]]:
    return [finding.model_dump(mode="json", exclude_none=True) for finding in findings]


@app.command("lint", epilog="Example: localize glossary lint glossaries/*.yaml")
def lint_command(
    files: Annotated[list[Path] | None, typer.Argument(help="Glossary files.")] = None,
    list_rules: Annotated[bool, typer.Option("--list", help="List the rules.")] = False,
    as_json: JsonOption = False,
) -> None:
    """Check glossaries for duplicate keys, ambiguous or empty forms and contradictions."""
    if list_rules:
        for rule_id, rule in RULES.items():
            console.print(f"{rule_id}: {title(rule)}")
        return
    with reporting_errors():
        if not files:
            raise InputError(None, "name at least one glossary file")
        loaded = [load_glossary(path) for path in files]
        _, conflicts = load_glossaries(files) if len(files) > 1 else (None, [])
    findings = lint(loaded) + conflicts
    terms = sum(len(item.glossary.terms) for item in loaded)
    _finish(findings, as_json, {},
            f"{terms} terms in {len(loaded)} file(s): {len(findings)} finding(s)")


@app.command("check", epilog="Example: localize glossary check talk.en.md talk.ko.md "
                             "-g glossaries/ai-tech.yaml")
def check_command(
    source: Annotated[Path, typer.Argument(help="The source edition.")],
    target: Annotated[Path, typer.Argument(help="The translated edition.")],
    glossary: GlossaryOption,
    source_lang: Annotated[str | None, typer.Option("--source-lang")] = None,
    target_lang: Annotated[str | None, typer.Option("--target-lang")] = None,
    as_json: JsonOption = False,
) -> None:
    """Glossary compliance of a translated edition against its source, segment by segment."""
    with reporting_errors():
        merged, conflicts = load_glossaries(glossary)
        source_document, target_document = read_summary(source), read_summary(target)
        from_lang = resolve_source_language(source_document, source_lang or source_document.lang,
                                            str(source))
        to_lang = resolve_source_language(target_document, target_lang or target_document.lang,
                                          str(target), option="--target-lang", role="target")
    findings = conflicts + check_documents(merged, source_document, target_document,
                                           from_lang, to_lang)
    _finish(findings, as_json, {"source": str(source), "target": str(target)},
            f"{len(findings)} finding(s) in {escape(str(target))}")


@app.command("terms", epilog="Example: localize glossary terms talk.en.md "
                             "-g glossaries/ai-tech.yaml")
def terms_command(
    file: Annotated[Path, typer.Argument(help="A summary.")],
    glossary: GlossaryOption,
    lang: Annotated[str | None, typer.Option("--lang", help="The summary's language.")] = None,
    as_json: JsonOption = False,
) -> None:
    """Which glossary terms occur where in a summary."""
    with reporting_errors():
        merged, _ = load_glossaries(glossary)
        document = read_summary(file)
        language = resolve_source_language(document, lang or document.lang, str(file),
                                           option="--lang", role="summary")
    index = TermIndex(merged, language)
    rows = [(segment.id, match) for segment in document_segments(document)
            for match in index.find(segment.text)]
    if as_json:
        print_json([{"segment": segment_id, "term": match.term.term, "role": match.role.value,
                     "form": match.form, "start": match.start, "end": match.end}
                    for segment_id, match in rows])
        return
    table = Table(show_edge=False)
    for column in ("segment", "term", "as written", "role", "at"):
        table.add_column(column)
    for segment_id, match in rows:
        table.add_row(segment_id, escape(match.term.term), escape(match.form),
                      match.role.value, f"{match.start}-{match.end}")
    console.print(table)
    console.print(f"{len(rows)} occurrence(s) of {len({m.term.term for _, m in rows})} term(s)")


def _exchange_format(path: Path, given: str | None) -> str:
    name = (given or path.suffix.lstrip(".")).lower()
    if name not in ("tbx", "csv"):
        raise InputError(path, "exchange format must be tbx or csv (use --format)")
    return name


@app.command("import", epilog="Example: localize glossary import terms.tbx --out "
                              "glossaries/terms.yaml")
def import_command(
    file: Annotated[Path, typer.Argument(help="A TBX or CSV file.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="The YAML glossary to write.")],
    format: ExchangeFormat = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Convert a TBX or CSV glossary into the project's YAML format."""
    with reporting_errors():
        kind = _exchange_format(file, format)
        # TBX is XML and declares its own encoding: the importer decodes the bytes.
        glossary = import_tbx(read_bytes(file), str(file)) if kind == "tbx" else import_csv(
            read_text(file), name=file.stem, path=str(file))
        write_text_atomic(out, render_glossary(glossary), force=force)
    console.print(f"wrote {escape(str(out))}: {len(glossary.terms)} terms")


@app.command("export", epilog="Example: localize glossary export glossaries/ai-tech.yaml "
                              "--out ai-tech.tbx")
def export_command(
    files: Annotated[list[Path], typer.Argument(help="Glossary files (merged in order).")],
    out: Annotated[Path, typer.Option("--out", "-o", help="The TBX or CSV file to write.")],
    format: ExchangeFormat = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Write glossaries as TBX or CSV for CAT tools."""
    with reporting_errors():
        kind = _exchange_format(out, format)
        merged, _ = load_glossaries(files)
        text = export_tbx(merged) if kind == "tbx" else export_csv(merged)
        write_text_atomic(out, text, force=force)
    console.print(f"wrote {escape(str(out))}: {len(merged.terms)} terms")
