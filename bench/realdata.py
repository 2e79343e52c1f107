"""Precision and recall of the consistency checker on real human translations.

The data are 62 NTREX-128 news documents laid out as summaries, each in English with
professional Korean and Chinese translations (../shared/realdata/ntrex, read at run time,
never copied here). Two measures:
- clean pairs (en→ko, en→zh): nearly everything reported is a false alarm;
- faults injected alone into copies of the target (a number changed, a sentence dropped, a
  paragraph left in English, a section dropped): a fault is caught when the damaged copy
  gets an error or warning the clean pair did not have, located when such a finding names
  the fault's segment or at least its section.
Run: .venv/bin/python bench/realdata.py [--lang ko|zh] [--seed N] [--show] [--misses]
"""

from __future__ import annotations

import argparse
import itertools
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from localize.check import check_editions
from localize.document.model import Block, Document, Paragraph
from localize.document.segments import document_segments
from localize.findings import Finding, Severity
from localize.readers import read_file

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "realdata" / "ntrex"
LANGS = ("ko", "zh")
KINDS = ("number-changed", "sentence-dropped", "paragraph-english", "section-dropped")
PER_DOCUMENT = 3
REPORTED = (Severity.ERROR, Severity.WARNING)
OWN_CODES = {"number-changed": ("number.",), "sentence-dropped": ("omission", "sentence"),
             "paragraph-english": ("untranslated",), "section-dropped": ("structure.section",)}
"""Parts of the codes that report a fault of each kind itself, not a side effect of it."""

# A run of digits that is a number of the text, not part of a name or code (H100, COVID-19)
# nor of a time of day (10:30, which the checker reads as a timestamp).
_DIGIT_RUN = re.compile(r"(?<![A-Za-z\d.,:])(?<![A-Za-z]-)\d+(?:[.,]\d+)*(?!:\d)")
_SENTENCE_END = {"zh": re.compile(r"[。！？][”」』）)\"']*\s*"),
                 "ko": re.compile(r"[.?!][”’\"')]*\s+")}


@dataclass(frozen=True)
class Fault:
    """One fault injected alone into a copy of the target."""

    kind: str
    section: int
    segment: str | None
    """The damaged segment (`s3.p1`, `s2.h`); None when a whole section is gone."""
    detail: str
    target: Document


@dataclass
class Pair:
    """One source document, its translation and the clean check of the two."""

    name: str
    lang: str
    source: Document
    target: Document
    findings: list[Finding] = field(default_factory=list)


@dataclass(frozen=True)
class Outcome:
    """A fault and the findings its copy got that the clean pair did not."""

    pair: Pair
    fault: Fault
    new: list[Finding]
    new_info: list[Finding]

    def own(self) -> list[Finding]:
        """The new findings whose code is about this kind of fault."""
        return [found for found in self.new
                if any(part in found.code for part in OWN_CODES[self.fault.kind])]

    def located(self, exact: bool = False) -> bool:
        """Whether a new finding names the fault's section (or, exactly, its segment)."""
        if exact and self.fault.segment is not None:
            return any(found.segment == self.fault.segment for found in self.new)
        return any(found.section == self.fault.section or found.segment == self.fault.segment
                   for found in self.new)


def _blocks(document: Document, number: int) -> list[Block]:
    """The blocks of section `number` (0 is the overview)."""
    return document.overview if number == 0 else document.sections[number - 1].blocks


def paragraphs(document: Document) -> list[tuple[int, int, Paragraph]]:
    """(section number, paragraph number from 1, paragraph) for every paragraph."""
    found = []
    for number in range(len(document.sections) + 1):
        counted = [block for block in _blocks(document, number) if isinstance(block, Paragraph)]
        found.extend((number, k, paragraph) for k, paragraph in enumerate(counted, start=1))
    return found


def segment_id(number: int, k: int) -> str:
    """`s3.p2` for paragraph 2 of section 3, `s3.h` for its heading (k = 0)."""
    return f"s{number}.h" if k == 0 else f"s{number}.p{k}"


def texts(document: Document) -> list[tuple[int, int, str]]:
    """(section, paragraph or 0 for the heading, text) for every heading and paragraph."""
    found = [(number, 0, section.heading)
             for number, section in enumerate(document.sections, start=1)]
    found.extend((number, k, paragraph.text) for number, k, paragraph in paragraphs(document))
    return sorted(found)


def with_text(document: Document, number: int, k: int, text: str) -> Document:
    """A copy of the document with one heading (k = 0) or paragraph rewritten."""
    copy = document.model_copy(deep=True)
    if k == 0:
        copy.sections[number - 1].heading = text
    else:
        next(paragraph for n, j, paragraph in paragraphs(copy) if (n, j) == (number, k)
             ).text = text
    return copy


def _own_split(text: str, lang: str) -> list[str]:
    """Sentences cut after `。！？` (zh) or `. ? !` and a space (ko), spaces kept."""
    pattern = _SENTENCE_END["zh" if lang == "zh" else "ko"]
    pieces, start = [], 0
    for match in pattern.finditer(text):
        pieces.append(text[start:match.end()])
        start = match.end()
    pieces.append(text[start:])
    return [piece for piece in pieces if piece.strip()]


def sentences(text: str, lang: str) -> list[str]:
    """The text cut into sentences, each with the spaces after it: joined, they are the text
    (but for spaces at its ends). Uses the library's splitter when there is one."""
    try:
        from localize.text.sentences import split_sentences
    except ImportError:  # the library's splitter was written alongside this benchmark
        return _own_split(text, lang)
    starts = [sentence.start for sentence in split_sentences(text, lang)]
    bounds = [0, *starts[1:], len(text)]
    return [text[a:b] for a, b in itertools.pairwise(bounds) if text[a:b].strip()]


def _picked(candidates: list[tuple[int, int, int]], rng: random.Random, count: int
            ) -> list[tuple[int, int, int]]:
    """Up to `count` distinct candidates, in a seeded random order."""
    return rng.sample(candidates, min(count, len(candidates)))


def altered(run: str, rng: random.Random) -> str:
    """The digit run with one digit changed to another (never a new leading zero)."""
    positions = [i for i, character in enumerate(run) if character.isdigit()]
    i = rng.choice(positions)
    digits = [d for d in "0123456789"
              if d != run[i] and not (d == "0" and i == 0 and len(positions) > 1)]
    return run[:i] + rng.choice(digits) + run[i + 1:]


def inject_number(source: Document, target: Document, lang: str, rng: random.Random,
                  count: int) -> list[Fault]:
    """One digit changed in one number of a target heading or paragraph (`3만` → `8만`)."""
    written = {(number, k): text for number, k, text in texts(target)}
    candidates = [(number, k, match.start()) for (number, k), text in written.items()
                  for match in _DIGIT_RUN.finditer(text)]
    faults = []
    for number, k, start in _picked(candidates, rng, count):
        text = written[(number, k)]
        run = _DIGIT_RUN.match(text, start)
        assert run is not None
        new = altered(run.group(), rng)
        faults.append(Fault("number-changed", number, segment_id(number, k),
                            f"{run.group()!r} → {new!r}",
                            with_text(target, number, k, text[:start] + new + text[run.end():])))
    return faults


def inject_sentence(source: Document, target: Document, lang: str, rng: random.Random,
                    count: int) -> list[Fault]:
    """One sentence removed from a target paragraph of two or more."""
    split = {(number, k): sentences(paragraph.text, lang)
             for number, k, paragraph in paragraphs(target)}
    candidates = [(number, k, i) for (number, k), pieces in split.items() if len(pieces) > 1
                  for i in range(len(pieces))]
    faults = []
    for number, k, i in _picked(candidates, rng, count):
        pieces = split[(number, k)]
        kept = "".join(pieces[:i] + pieces[i + 1:]).strip()
        faults.append(Fault("sentence-dropped", number, segment_id(number, k),
                            f"sentence {i + 1} of {len(pieces)} ({len(pieces[i].strip())} "
                            "characters)", with_text(target, number, k, kept)))
    return faults


def inject_english(source: Document, target: Document, lang: str, rng: random.Random,
                   count: int) -> list[Fault]:
    """One target paragraph replaced by its English source paragraph."""
    english = {(number, k): paragraph.text for number, k, paragraph in paragraphs(source)}
    candidates = [(number, k, 0) for number, k, _ in paragraphs(target)
                  if (number, k) in english]
    return [Fault("paragraph-english", number, segment_id(number, k),
                  f"{len(english[(number, k)])} characters of English",
                  with_text(target, number, k, english[(number, k)]))
            for number, k, _ in _picked(candidates, rng, count)]


def inject_section(source: Document, target: Document, lang: str, rng: random.Random,
                   count: int) -> list[Fault]:
    """One whole section removed from the target."""
    shared = min(len(source.sections), len(target.sections))
    faults = []
    for number, _, _ in _picked([(n, 0, 0) for n in range(1, shared + 1)], rng, count):
        copy = target.model_copy(deep=True)
        del copy.sections[number - 1]
        faults.append(Fault("section-dropped", number, None,
                            f"section {number} of {len(target.sections)}", copy))
    return faults


Injector = Callable[[Document, Document, str, random.Random, int], list[Fault]]
INJECTORS: dict[str, Injector] = {"number-changed": inject_number,
                                  "sentence-dropped": inject_sentence,
                                  "paragraph-english": inject_english,
                                  "section-dropped": inject_section}


def _read(path: Path) -> Document:
    _, [document] = read_file(path)
    assert isinstance(document, Document)
    return document


def load_pairs(langs: tuple[str, ...] = LANGS, limit: int | None = None) -> list[Pair]:
    """Every (English, translation) pair of the data, checked clean."""
    names = sorted(path.name.removesuffix(".en.md") for path in DATA.glob("*.en.md"))
    pairs = []
    for name in names[:limit]:
        source = _read(DATA / f"{name}.en.md")
        for lang in langs:
            pair = Pair(name, lang, source, _read(DATA / f"{name}.{lang}.md"))
            pair.findings = check_editions(pair.source, pair.target, "en", lang)[0].findings
            pairs.append(pair)
    return pairs


def _key(found: Finding) -> tuple[str, str | None, str]:
    return found.code, found.segment, found.message


def new_findings(clean: list[Finding], damaged: list[Finding],
                 severities: tuple[Severity, ...] = REPORTED) -> list[Finding]:
    """The findings of the damaged copy (at these severities) the clean pair did not have,
    compared as multisets of (code, segment, message)."""
    left = Counter(_key(found) for found in clean if found.severity in severities)
    new = []
    for found in damaged:
        if found.severity not in severities:
            continue
        if left[_key(found)]:
            left[_key(found)] -= 1
        else:
            new.append(found)
    return new


def run_faults(pairs: list[Pair], seed: int = 0, per_document: int = PER_DOCUMENT,
               kinds: tuple[str, ...] = KINDS) -> list[Outcome]:
    """Inject each kind of fault `per_document` times into each pair, and check each copy."""
    outcomes = []
    for pair in pairs:
        for kind in kinds:
            rng = random.Random(f"{seed}/{pair.name}/{pair.lang}/{kind}")
            for fault in INJECTORS[kind](pair.source, pair.target, pair.lang, rng,
                                         per_document):
                damaged = check_editions(pair.source, fault.target, "en", pair.lang)[0]
                outcomes.append(Outcome(pair, fault,
                                        new_findings(pair.findings, damaged.findings),
                                        new_findings(pair.findings, damaged.findings,
                                                     (Severity.INFO,))))
    return outcomes


def _rate(part: int, whole: int) -> str:
    return f"{part} ({part / whole:.0%})" if whole else "0"


def print_clean(pairs: list[Pair], langs: tuple[str, ...]) -> None:
    """The tables of what the checker reports on clean pairs."""
    print("## Clean pairs\n")
    print("| pair | pairs | pairs with an error | errors/pair | warnings/pair "
          "| warnings/pair without typography |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for lang in langs:
        chosen = [pair for pair in pairs if pair.lang == lang]
        found = [f for pair in chosen for f in pair.findings]
        errors = sum(f.severity is Severity.ERROR for f in found)
        warnings = [f for f in found if f.severity is Severity.WARNING]
        plain = [f for f in warnings if not f.code.startswith("typography.")]
        erring = sum(any(f.severity is Severity.ERROR for f in pair.findings)
                     for pair in chosen)
        print(f"| en→{lang} | {len(chosen)} | {erring} | {errors / len(chosen):.2f} | "
              f"{len(warnings) / len(chosen):.2f} | {len(plain) / len(chosen):.2f} |")
    counts = Counter((f.code, f.severity.value, pair.lang) for pair in pairs
                     for f in pair.findings)
    print("\n| code | severity | " + " | ".join(f"en→{lang}" for lang in langs) + " |")
    print("| --- | --- |" + " ---: |" * len(langs))
    for code, severity in sorted({(code, severity) for code, severity, _ in counts},
                                 key=lambda key: (key[0], -Severity(key[1]).rank)):
        row = " | ".join(str(counts[(code, severity, lang)]) for lang in langs)
        print(f"| {code} | {severity} | {row} |")


def print_faults(outcomes: list[Outcome], langs: tuple[str, ...]) -> None:
    """The tables of injected faults: caught, located, at which severity, by which codes."""
    print("\n## Injected faults\n")
    print("| pair | fault | injected | caught | located (section) | located (segment) "
          "| caught as error | caught on its own | on its own as error | codes that caught |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    for lang in langs:
        for kind in KINDS:
            chosen = [o for o in outcomes if o.pair.lang == lang and o.fault.kind == kind]
            n = len(chosen)
            codes = Counter(code for o in chosen for code in {f.code for f in o.new})
            listed = ", ".join(f"{code} {count}" for code, count in codes.most_common())
            cells = [sum(bool(o.new) for o in chosen), sum(o.located() for o in chosen),
                     sum(o.located(exact=True) for o in chosen),
                     sum(any(f.severity is Severity.ERROR for f in o.new) for o in chosen),
                     sum(bool(o.own()) for o in chosen),
                     sum(any(f.severity is Severity.ERROR for f in o.own()) for o in chosen)]
            print(f"| en→{lang} | {kind} | {n} | "
                  + " | ".join(_rate(cell, n) for cell in cells) + f" | {listed} |")
    print()
    for lang in langs:
        chosen = [o for o in outcomes if o.pair.lang == lang]
        print(f"- en→{lang}: {_rate(sum(bool(o.new) for o in chosen), len(chosen))} of "
              f"{len(chosen)} faults caught, "
              f"{_rate(sum(o.located() for o in chosen), len(chosen))} located")
    dropped = [o for o in outcomes if o.fault.kind == "sentence-dropped"]
    own = [o for o in dropped if o.own()]
    own_error = sum(any(f.severity is Severity.ERROR for f in o.own()) for o in own)
    side = sum(bool(o.new) and not o.own() for o in dropped)
    print(f"- sentence-dropped: {_rate(len(own), len(dropped))} of {len(dropped)} caught on "
          f"their own (omission or sentence codes): {own_error} as error, "
          f"{len(own) - own_error} as warning only; {side} more only by a side effect")


def print_shown(pairs: list[Pair]) -> None:
    """Every error and warning of the clean pairs, with both texts."""
    print("\n## Errors and warnings on clean pairs\n")
    for pair in pairs:
        for found in pair.findings:
            if found.severity not in REPORTED:
                continue
            segment = (found.segment or "").removeprefix("target:")
            side = pair.target if (found.segment or "").startswith("target:") else pair.source
            source = {s.id: s.text for s in document_segments(side)}.get(segment, "")
            target = {s.id: s.text for s in document_segments(pair.target)}.get(segment, "")
            print(f"- {pair.name} en→{pair.lang} `{found.segment}` {found.code} "
                  f"({found.severity.value}): {found.message}\n  - en: {source}\n"
                  f"  - {pair.lang}: {target}")


def print_misses(outcomes: list[Outcome]) -> None:
    """Every fault not caught, with what the checker said of it at info level."""
    print("\n## Faults not caught\n")
    for o in outcomes:
        if not o.new:
            info = ", ".join(f"{f.code}: {f.message}" for f in o.new_info) or "nothing"
            print(f"- {o.pair.name} en→{o.pair.lang} {o.fault.kind} "
                  f"`{o.fault.segment or f's{o.fault.section}'}` {o.fault.detail}; "
                  f"info: {info}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lang", choices=LANGS, help="one target language (default both)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--show", action="store_true",
                        help="print every error and warning on clean pairs, with the texts")
    parser.add_argument("--misses", action="store_true", help="print every fault not caught")
    args = parser.parse_args()
    if not DATA.is_dir():
        print(f"skipped: the real data is not present ({DATA})")
        sys.exit(0)
    langs = (args.lang,) if args.lang else LANGS
    start = time.perf_counter()
    pairs = load_pairs(langs)
    clean_seconds = time.perf_counter() - start
    start = time.perf_counter()
    outcomes = run_faults(pairs, args.seed)
    fault_seconds = time.perf_counter() - start
    print_clean(pairs, langs)
    print_faults(outcomes, langs)
    if args.show:
        print_shown(pairs)
    if args.misses:
        print_misses(outcomes)
    print("\n## Timing (one core)\n")
    print("| checks | pairs | seconds | pairs/s |\n| --- | ---: | ---: | ---: |")
    print(f"| clean pairs (read and check) | {len(pairs)} | {clean_seconds:.1f} | "
          f"{len(pairs) / clean_seconds:.0f} |")
    print(f"| damaged copies (inject and check) | {len(outcomes)} | {fault_seconds:.1f} | "
          f"{len(outcomes) / fault_seconds:.0f} |")


if __name__ == "__main__":
    main()
