"""Sentence splitting and dropped-sentence detection, measured on real human translations.

Reads `../shared/realdata/ntrex` at run time (NTREX-128 news, English with professional
Korean and Chinese translations, laid out as summaries, and the reference sentences):
(1) how often the splitter gives exactly the reference sentences of a text, per language;
(2) the gaps `sentence_gaps` reports on the clean pairs (false alarms, each printed);
(3) how often it names the right source sentence when one target sentence is deleted;
(4) speed. Run: .venv/bin/python bench/sentences.py
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from localize.check.context import LENGTH_RATIOS
from localize.check.sentence_gaps import sentence_gaps
from localize.document.model import Document, Paragraph
from localize.readers import read_file
from localize.text.sentences import Sentence, split_sentences

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "realdata" / "ntrex"
LANGUAGES = ("en", "ko", "zh")
TARGETS = ("ko", "zh")


@dataclass(frozen=True)
class Text:
    """One text of a document (title, heading or paragraph) and its reference lines."""

    text: str
    lines: tuple[int, ...]
    """The line of each reference sentence it is made of, in order."""
    spans: tuple[tuple[int, int], ...]
    """Where each reference sentence stands in `text` (offsets without whitespace)."""
    paragraph: bool


class Reference:
    """The reference sentences of one language, found again inside texts."""

    def __init__(self, rows: list[dict[str, object]], lang: str) -> None:
        mine = sorted((row for row in rows if row["lang"] == lang),
                      key=lambda row: int(str(row["line"])))
        self.lines = [int(str(row["line"])) for row in mine]
        self.texts = {int(str(row["line"])): str(row["text"]).strip() for row in mine}
        self.joined = ""
        self.starts: dict[int, int] = {}
        for line in self.lines:
            self.starts[len(self.joined)] = line
            self.joined += _squeeze(self.texts[line])
        self.ends = {start + len(_squeeze(self.texts[line])) for start, line
                     in self.starts.items()}

    def find(self, text: str, paragraph: bool) -> Text | None:
        """The reference sentences a text is made of, or None when it is not such a run."""
        squeezed = _squeeze(text)
        position = self.joined.find(squeezed)
        while position >= 0 and position not in self.starts:
            position = self.joined.find(squeezed, position + 1)
        if position < 0 or position + len(squeezed) not in self.ends:
            return None
        lines, spans = [], []
        offset = position
        while offset < position + len(squeezed):
            line = self.starts[offset]
            length = len(_squeeze(self.texts[line]))
            lines.append(line)
            spans.append((offset - position, offset - position + length))
            offset += length
        return Text(text, tuple(lines), tuple(spans), paragraph)


def _squeeze(text: str) -> str:
    return "".join(text.split())


def _squeezed_span(text: str, sentence: Sentence) -> tuple[int, int]:
    start = len(_squeeze(text[:sentence.start]))
    return start, start + len(_squeeze(sentence.text))


def document_texts(document: Document) -> list[tuple[str, bool]]:
    """Title, headings and paragraphs, in order, each marked whether it is a paragraph."""
    texts = [(document.title, False)]
    texts += [(block.text, True) for block in document.overview if isinstance(block, Paragraph)]
    for section in document.sections:
        texts.append((section.heading, False))
        texts += [(block.text, True) for block in section.blocks if isinstance(block, Paragraph)]
    return texts


def load() -> tuple[dict[str, dict[str, list[Text | None]]], dict[str, Reference]]:
    """Every document's texts per language, and the references."""
    rows = [json.loads(line) for line in
            (DATA / "sentences.jsonl").read_text("utf-8").splitlines() if line.strip()]
    references = {lang: Reference(rows, lang) for lang in LANGUAGES}
    documents: dict[str, dict[str, list[Text | None]]] = {}
    for path in sorted(DATA.glob("*.en.md")):
        name = path.name.removesuffix(".en.md")
        documents[name] = {}
        for lang in LANGUAGES:
            _, [document] = read_file(DATA / f"{name}.{lang}.md")
            assert isinstance(document, Document)
            documents[name][lang] = [references[lang].find(text, paragraph)
                                     for text, paragraph in document_texts(document)]
    return documents, references


# A sentence end that leaves no doubt: a Korean final ending or a CJK full stop, or an
# English mark before a capital. An extra boundary there means the reference line holds
# two sentences (the translator split the source sentence), not that the splitter erred.
PLAIN_ENDS = {
    "en": re.compile(r"[a-z0-9][.?!][\"'”’)]*$"),
    "ko": re.compile(r"(?:[다요까죠]|니다)[.?!]+[\"'”’)]*$"),
    "zh": re.compile(r"[。！？][”’」)]*$"),
}


def splitter_accuracy(documents: dict[str, dict[str, list[Text | None]]],
                      show: int) -> None:
    """Texts split exactly as the reference, and boundary precision and recall."""
    print("## Splitter: exact reference sentences\n")
    print("| lang | texts | exact | texts of 2+ sentences exact | boundary precision "
          "| boundary recall | extra boundaries at a plain sentence end | precision counting "
          "those |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    mistakes: list[tuple[str, str, str]] = []
    for lang in LANGUAGES:
        counts: Counter[str] = Counter()
        for texts in documents.values():
            for item in texts[lang]:
                if item is None:
                    counts["unmatched"] += 1
                    continue
                squeezed = _squeeze(item.text)
                mine, theirs = boundaries(item, lang)
                counts["found"] += len(mine)
                counts["expected"] += len(theirs)
                counts["right"] += len(mine & theirs)
                counts["texts"] += 1
                counts["exact"] += mine == theirs
                counts["multi"] += len(item.spans) > 1
                counts["multi exact"] += len(item.spans) > 1 and mine == theirs
                for end in sorted(mine - theirs):
                    plain = (PLAIN_ENDS[lang].search(squeezed[:end]) is not None
                             and (lang != "en" or squeezed[end:end + 1].isupper()))
                    counts["plain"] += plain
                    if not plain:
                        mistakes.append((lang, "extra", _context(squeezed, end)))
                mistakes.extend((lang, "missed", _context(squeezed, end))
                                for end in sorted(theirs - mine))
        print(f"| {lang} | {counts['texts']} | {_share(counts['exact'], counts['texts'])} | "
              f"{_share(counts['multi exact'], counts['multi'])} ({counts['multi']}) | "
              f"{_share(counts['right'], counts['found'])} | "
              f"{_share(counts['right'], counts['expected'])} | {counts['plain']} | "
              f"{_share(counts['right'] + counts['plain'], counts['found'])} |")
    unmatched = sum(item is None for texts in documents.values() for lang in LANGUAGES
                    for item in texts[lang])
    print(f"\nTexts the reference does not cut into its sentences: {unmatched}")
    if show:
        print(f"\nFirst {show} other differences (text squeezed of spaces, ‖ the boundary):")
        for lang, kind, context in mistakes[:show]:
            print(f"- {lang} {kind}: {context}")
    print()


def boundaries(item: Text, lang: str) -> tuple[set[int], set[int]]:
    """Where the splitter and the reference end the sentences of a text, but the last
    (offsets in the text without whitespace)."""
    sentences = split_sentences(item.text, lang)
    return ({_squeezed_span(item.text, sentence)[1] for sentence in sentences[:-1]},
            {end for _, end in item.spans[:-1]})


def _context(squeezed: str, end: int) -> str:
    return f"{squeezed[max(0, end - 40):end]} ‖ {squeezed[end:end + 25]}"


def paragraph_pairs(documents: dict[str, dict[str, list[Text | None]]],
                    target_lang: str) -> list[tuple[str, Text, Text]]:
    """(document, English paragraph, translated paragraph) at the same positions."""
    pairs = []
    for name, texts in documents.items():
        for source, target in zip(texts["en"], texts[target_lang], strict=True):
            if source is not None and target is not None and source.paragraph:
                pairs.append((name, source, target))
    return pairs


def false_alarms(documents: dict[str, dict[str, list[Text | None]]]) -> None:
    """Every gap reported on the clean pairs."""
    print("## False alarms on clean pairs\n")
    print("| pair | paragraphs | gaps | with number | with name |")
    print("| --- | ---: | ---: | ---: | ---: |")
    reports = []
    for target_lang in TARGETS:
        ratio = LENGTH_RATIOS[("en", target_lang)]
        pairs = paragraph_pairs(documents, target_lang)
        gaps = numbered = named = 0
        for name, source, target in pairs:
            for gap in sentence_gaps(source.text, target.text, "en", target_lang, ratio):
                gaps += 1
                numbered += gap.carries_number
                named += gap.carries_name
                reports.append((target_lang, name, gap.sentence.text, gap.evidence,
                                gap.carries_number, gap.carries_name, target.text))
        print(f"| en → {target_lang} | {len(pairs)} | {gaps} | {numbered} | {named} |")
    for target_lang, name, text, evidence, number, named_gap, target_text in reports:
        print(f"\n- en→{target_lang} {name} evidence {evidence:.1f} number={number} "
              f"name={named_gap}:\n  SOURCE: {text}\n  TARGET: {target_text}")
    print()


def recall(documents: dict[str, dict[str, list[Text | None]]]) -> None:
    """Delete each sentence of each translated paragraph in turn; was the right one found?

    A deletion is *whole* when the deleted sentence is all the translation of its source
    sentences; otherwise the translator had split one source sentence and only a part of
    its translation went (a clause, or `그가 말했다.` after a quotation)."""
    print("## Recall: one target sentence deleted (paragraphs of 2+ target sentences)\n")
    print("| pair | position | cases | right sentence | whole deletions | right (whole) "
          "| part deletions | right (part) | a wrong sentence reported |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    overall: Counter[str] = Counter()
    for target_lang in TARGETS:
        ratio = LENGTH_RATIOS[("en", target_lang)]
        tally: dict[str, Counter[str]] = {}
        for _, source, target in paragraph_pairs(documents, target_lang):
            target_sentences = split_sentences(target.text, target_lang)
            if len(target_sentences) < 2:
                continue
            source_sentences = split_sentences(source.text, "en")
            for index, dropped in enumerate(target_sentences):
                lines = _lines_of(target, target.text, dropped)
                expected = {position for position, sentence in enumerate(source_sentences)
                            if _lines_of(source, source.text, sentence) & lines}
                start, end = _squeezed_span(target.text, dropped)
                whole = all(start <= line_start and line_end <= end for line, (
                    line_start, line_end) in zip(target.lines, target.spans, strict=True)
                    if line in lines)
                damaged = " ".join((target.text[:dropped.start]
                                    + target.text[dropped.end:]).split())
                gaps = sentence_gaps(source.text, damaged, "en", target_lang, ratio)
                right = any(gap.index in expected for gap in gaps)
                position = ("first" if index == 0 else "last"
                            if index == len(target_sentences) - 1 else "middle")
                kind = "whole" if whole else "part"
                for key in (position, "all"):
                    counts = tally.setdefault(key, Counter())
                    counts["cases"] += 1
                    counts["right"] += right
                    counts[kind] += 1
                    counts[f"right {kind}"] += right
                    counts["wrong"] += any(gap.index not in expected for gap in gaps)
        for key in ("first", "middle", "last", "all"):
            counts = tally.get(key, Counter())
            print(f"| en → {target_lang} | {key} | {counts['cases']} | "
                  f"{_share(counts['right'], counts['cases'])} | {counts['whole']} | "
                  f"{_share(counts['right whole'], counts['whole'])} | {counts['part']} | "
                  f"{_share(counts['right part'], counts['part'])} | {counts['wrong']} |")
        overall.update(tally.get("all", Counter()))
    print(f"\nOverall: {_share(overall['right'], overall['cases'])} of {overall['cases']} "
          f"deletions found the right sentence; {_share(overall['right whole'], overall['whole'])}"
          f" of the {overall['whole']} whole ones\n")


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.1%}" if whole else "-"


def _lines_of(item: Text, text: str, sentence: Sentence) -> set[int]:
    """The reference lines a split sentence overlaps."""
    start, end = _squeezed_span(text, sentence)
    return {line for line, (line_start, line_end) in zip(item.lines, item.spans, strict=True)
            if line_start < end and start < line_end}


def speed(documents: dict[str, dict[str, list[Text | None]]],
          references: dict[str, Reference]) -> None:
    """Sentences split per second, and paragraph pairs checked per second."""
    print("## Speed\n")
    for lang, reference in references.items():
        text = " ".join(reference.texts[line] for line in reference.lines)
        began = time.perf_counter()
        count = sum(len(split_sentences(text, lang)) for _ in range(5))
        print(f"- split {lang}: {count / (time.perf_counter() - began):,.0f} sentences/s")
    for target_lang in TARGETS:
        pairs = paragraph_pairs(documents, target_lang)
        ratio = LENGTH_RATIOS[("en", target_lang)]
        began = time.perf_counter()
        sentences = 0
        for _, source, target in pairs:
            sentence_gaps(source.text, target.text, "en", target_lang, ratio)
            sentences += len(source.lines)
        elapsed = time.perf_counter() - began
        print(f"- sentence_gaps en→{target_lang}: {len(pairs) / elapsed:,.0f} paragraphs/s "
              f"({sentences / elapsed:,.0f} source sentences/s)")


def main() -> None:
    if not (DATA / "sentences.jsonl").exists():
        print(f"skipped: {DATA} is absent (the shared real data is not here)")
        return
    show = int(sys.argv[1]) if len(sys.argv) > 1 else 0
    documents, references = load()
    splitter_accuracy(documents, show)
    false_alarms(documents)
    recall(documents)
    speed(documents, references)


if __name__ == "__main__":
    main()
