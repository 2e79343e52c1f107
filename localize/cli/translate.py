"""`localize translate`: editions in other languages, from memory first, then Claude."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from localize.check import check_editions
from localize.cli.common import console, errors, reporting_errors
from localize.detect import resolve_source_language
from localize.document.model import LANGUAGES, Document, Transcript
from localize.errors import InputError
from localize.findings import Finding
from localize.glossary import Glossary, load_glossaries
from localize.importer import render
from localize.readers import read_file
from localize.text.slug import slugify
from localize.textfile import write_text_atomic
from localize.translate import (
    Backend,
    EditionPolicy,
    MemoryBackend,
    TranslationMemory,
    TranslationOutcome,
    Translator,
    load_policies,
    translatable,
)
from localize.translate.backends.anthropic import DEFAULT_MODEL, AnthropicBackend
from localize.translate.batching import estimate_tokens
from localize.translate.cancel import Cancellation, Interrupted, run_concurrently
from localize.translate.cost import estimate
from localize.translate.memory import DEFAULT_PATH
from localize.translate.prompts import prompt_set

MemoryOption = Annotated[Path, typer.Option("--memory", help="The translation memory file.")]


def register(app: typer.Typer) -> None:
    """Add `translate` to the application."""
    app.command("translate", epilog="Example: localize translate samples/ai-chip-startups.en.md "
                                    "--to ko -g glossaries/ai-tech.yaml --out editions/")(
        translate_command)


@dataclass
class _Job:
    path: Path
    document: Document | Transcript
    source_lang: str
    target_lang: str
    out: Path
    existing: Document | Transcript | None
    signature: str = ""


def _targets(value: str) -> list[str]:
    languages = list(dict.fromkeys(part.strip() for part in value.split(",") if part.strip()))
    unknown = [language for language in languages if language not in LANGUAGES]
    if unknown or not languages:
        raise InputError(None, f"unsupported target language {unknown[0] if unknown else ''!r}"
                               f" (supported: {', '.join(LANGUAGES)})")
    return languages


def _slug(path: Path, document: Document | Transcript) -> str:
    parts = path.name.split(".")
    if len(parts) >= 3 and parts[-1] in ("md", "vtt") and parts[-2] in LANGUAGES:
        return ".".join(parts[:-2])
    return slugify(document.title)


def _existing_edition(path: Path, source: Path, source_lang: str, target_lang: str,
                      force: bool) -> Document | Transcript | None:
    """The edition this command wrote earlier from this very source: re-translated in place,
    its hand edits kept. Any other file there is refused unless --force (which replaces it
    and learns nothing from it)."""
    if not path.exists():
        return None
    try:
        _, documents = read_file(path)
    except InputError:
        documents = []
    edition = documents[0] if len(documents) == 1 else None
    own = isinstance(edition, Document) and edition.lang == target_lang and \
        edition.source_lang == source_lang and \
        edition.extra.get("translated_from") == source.name
    if own and isinstance(edition, Document):
        return edition
    if force:
        return None
    raise InputError(path, f"exists and is not the {target_lang} edition localize made from "
                           f"{source.name} (use --force to replace it)")


def _same_file(first: Path, second: Path) -> bool:
    """Whether two paths name one file: the same resolved path, or the same inode (a hard
    link, another spelling on a case-insensitive file system)."""
    try:
        if first.resolve() == second.resolve():
            return True
        return first.exists() and second.exists() and os.path.samefile(first, second)
    except (OSError, RuntimeError):
        return False


def _replaces_source(destination: Path, source: Path, path: Path, language: str,
                     target: str) -> str:
    """Why an edition may not be written over a source of the run (no --force hint)."""
    if destination.resolve() != source.resolve():
        return (f"is the same file as {source}, a source of this run: the {target} edition of "
                f"{path.name} would replace it; translate into another --out folder")
    if source is not path:
        return (f"is a source of this run and would be replaced by the {target} edition of "
                f"{path.name}; translate into another --out folder")
    return (f"is the {language} source itself: its {target} edition would replace it; name it "
            f"by its language ({'.'.join(path.name.split('.')[:-2])}.{language}"
            f"{path.suffix}) or translate into another --out folder")


def _jobs(files: list[Path], targets: list[str], out: Path | None, source_lang: str | None,
          force: bool, writing: bool = True) -> list[_Job]:
    jobs: list[_Job] = []
    for path in files:
        _, documents = read_file(path)
        for document in documents:
            language = resolve_source_language(document, source_lang or document.lang,
                                               str(path))
            document.lang = language
            if targets == [language]:
                raise InputError(path, f"is already in {language}; nothing to translate")
            for target in targets:
                if target == language:
                    continue
                folder = out or path.parent
                extension = "md" if isinstance(document, Document) else "vtt"
                destination = folder / f"{_slug(path, document)}.{target}.{extension}"
                source = next((given for given in files if _same_file(destination, given)),
                              None)
                if source is not None:  # refused even with --force
                    raise InputError(destination, _replaces_source(destination, source, path,
                                                                   language, target))
                if any(_same_file(destination, job.out) for job in jobs):
                    raise InputError(destination, "two sources would write this edition; "
                                                  "translate them into separate --out folders")
                existing = _existing_edition(destination, path, language, target, force) \
                    if writing else None
                jobs.append(_Job(path, document, language, target, destination, existing))
    return jobs


def _backends(choice: str, memory: TranslationMemory, model: str,
              originals: dict[str, str], cancellation: Cancellation | None = None
              ) -> list[Backend]:
    chain: list[Backend] = [MemoryBackend(memory, originals)]
    has_key = bool(os.environ.get("ANTHROPIC_API_KEY"))
    if choice == "anthropic" or (choice == "auto" and has_key):
        if not has_key:
            raise InputError(None, "the anthropic backend needs ANTHROPIC_API_KEY")
        claude = AnthropicBackend(model=model)
        if cancellation is not None:  # after an interrupt the SDK sends no retry either
            claude.client = claude.client.with_middleware(cancellation.middleware)
        chain.append(claude)
    elif choice not in ("auto", "memory"):
        raise InputError(None, f"unknown backend {choice!r} (auto, anthropic or memory)")
    return chain


def translate_command(
    files: Annotated[list[Path], typer.Argument(help="Summaries to translate.")],
    to: Annotated[str, typer.Option("--to", help="Target languages, comma-separated.")],
    glossary: Annotated[list[Path] | None, typer.Option(
        "--glossary", "-g", help="Glossary files (repeatable).")] = None,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Folder for the editions "
                                                                 "(default: beside each source)")
                   ] = None,
    model: Annotated[str, typer.Option("--model", help="The Claude model.")] = DEFAULT_MODEL,
    backend: Annotated[str, typer.Option(
        "--backend", help="auto (Claude when ANTHROPIC_API_KEY is set, else memory), "
                          "anthropic or memory.")] = "auto",
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Print batches, estimated "
                                                           "tokens and cost; send nothing.")
                       ] = False,
    memory_path: MemoryOption = DEFAULT_PATH,
    source_lang: Annotated[str | None, typer.Option("--source-lang")] = None,
    policy: Annotated[Path | None, typer.Option("--policy", help="YAML edition policies.")
                      ] = None,
    concurrency: Annotated[int, typer.Option("--concurrency", min=1)] = 4,
    batch_tokens: Annotated[int, typer.Option("--batch-tokens", min=100)] = 1500,
    allow_defects: Annotated[bool, typer.Option("--allow-defects", help="Translate segments "
                                                                        "with source defects.")
                             ] = False,
    force: Annotated[bool, typer.Option("--force", help="Overwrite files that are not "
                                                        "editions.")] = False,
) -> None:
    """Translate summaries into other languages, keeping their structure and the glossary."""
    cancellation = Cancellation()
    with reporting_errors(), cancellation.on_signals():
        try:
            targets = _targets(to)
            merged: Glossary | None = load_glossaries(glossary)[0] if glossary else None
            jobs = _jobs(files, targets, out, source_lang, force, writing=not dry_run)
            memory = TranslationMemory(memory_path)
            policies = load_policies(policy)
            if dry_run:
                _dry_run(jobs, memory, merged, policies, model, batch_tokens)
                return
            with cancellation.deferred():
                failed = _run(jobs, memory, merged, policies, model, backend, concurrency,
                              batch_tokens, allow_defects, cancellation)
        except Interrupted as interrupt:
            errors.print(f"localize: interrupted by {interrupt.signal_name}: no new request "
                         f"was started; the translations accepted are in the memory "
                         f"{escape(str(memory_path))}; re-run the same command to resume "
                         f"(the memory answers what was paid for)", soft_wrap=True)
            raise typer.Exit(interrupt.exit_code) from None
    raise typer.Exit(1 if failed else 0)


def _dry_run(jobs: list[_Job], memory: TranslationMemory, glossary: Glossary | None,
             policies: dict[str, EditionPolicy], model: str, batch_tokens: int) -> None:
    table = Table(show_edge=False)
    for column in ("source", "to", "segments", "from memory", "batches", "input tokens",
                   "output tokens", "cost ($)"):
        table.add_column(column, justify="left" if column in ("source", "to") else "right",
                         overflow="fold")
    total = 0.0
    for job in jobs:
        translator = Translator([], memory, glossary, policies,
                                batch_tokens=batch_tokens)
        requests = translator.batches(job.document, job.source_lang, job.target_lang)
        prompts = prompt_set(job.target_lang)
        prefix = estimate_tokens(prompts.system.text + prompts.style.text) + 150
        found = estimate(requests, prefix, model)
        pending = sum(len(request.segments) for request in requests)
        all_segments = len(translatable(job.document, policies[job.target_lang]))
        total += found.cost
        table.add_row(escape(job.path.name), job.target_lang, str(all_segments),
                      str(all_segments - pending), str(found.requests),
                      f"{found.input_tokens:,}", f"{found.output_tokens:,}", f"{found.cost:.4f}")
    console.print(table)
    console.print(f"dry run with {escape(model)}: estimated ${total:.4f}; nothing was sent")


def _run(jobs: list[_Job], memory: TranslationMemory, glossary: Glossary | None,
         policies: dict[str, EditionPolicy], model: str, backend: str, concurrency: int,
         batch_tokens: int, allow_defects: bool, cancellation: Cancellation) -> bool:
    """Translate every job, documents concurrently up to `concurrency`, batches too; an
    interrupt starts no new document or request and raises `Interrupted` (the documents
    finished before it are written and reported)."""
    failed = False
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  console=errors, transient=True) as progress:

        def one(job: _Job) -> tuple[_Job, TranslationOutcome, list[Finding]]:
            segments = translatable(job.document, policies[job.target_lang])
            task = progress.add_task(f"{escape(job.path.name)} → {job.target_lang}",
                                     total=len(segments))

            def advance(done: int) -> None:
                progress.advance(task, done)

            chain = _backends(backend, memory, model, {s.id: s.text for s in segments},
                              cancellation)
            translator = Translator(chain, memory, glossary, policies,
                                    batch_tokens=batch_tokens, concurrency=concurrency,
                                    allow_defects=allow_defects, progress=advance,
                                    cancellation=cancellation)
            outcome = translator.translate(job.document, job.source_lang, job.target_lang,
                                           job.existing, job.path.name)
            write_text_atomic(job.out, render(outcome.document), force=True)
            job.signature = _signature(chain, glossary, job.target_lang)
            if not isinstance(job.document, Document) or not isinstance(outcome.document,
                                                                        Document):
                return job, outcome, []  # the checker compares summaries, not transcripts
            report, _ = check_editions(job.document, outcome.document, job.source_lang,
                                       job.target_lang, glossary)
            return job, outcome, [f for f in report.findings if f.severity == "error"]

        for job, outcome, errors_found in run_concurrently(one, jobs, concurrency,
                                                           cancellation):
            failed = failed or bool(errors_found or outcome.failures)
            _report(job, outcome, errors_found)
    return failed


def _signature(chain: list[Backend], glossary: Glossary | None, target_lang: str) -> str:
    """What made the edition, to reproduce it: backends, model, prompt and glossary versions."""
    model = next((backend.model for backend in chain if backend.model), None)
    prompts = prompt_set(target_lang).version
    return (f"backends={'+'.join(backend.name for backend in chain)} model={model or '-'} "
            f"prompts={prompts} glossary={glossary.digest() if glossary else '-'}")


def _report(job: _Job, outcome: TranslationOutcome, errors_found: list[Finding]) -> None:
    console.print(
        f"wrote {escape(str(job.out))}: {outcome.from_memory} from memory, "
        f"{outcome.translated} translated, {outcome.human_kept} hand edits kept, "
        f"{len(outcome.failures)} failed; {outcome.usage.requests} request(s), "
        f"{outcome.usage.input_tokens:,} in / {outcome.usage.output_tokens:,} out "
        f"tokens; check: {len(errors_found)} error(s)")
    console.print(f"  signature: {escape(job.signature)}")
    for segment, reasons in outcome.stale.items():
        console.print(f"  [yellow]remembered translation rejected[/] {segment}: "
                      f"{escape('; '.join(reasons))}")
    for failure in outcome.failures:
        console.print(f"  [red]failed[/] {failure.segment}: "
                      f"{escape('; '.join(failure.reasons))}")
    for finding in errors_found:
        console.print(f"  [red]{finding.code}[/] {finding.segment or ''}: "
                      f"{escape(finding.message)}")
