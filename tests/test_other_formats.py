"""Show notes, chapter lists and WebVTT: counts determined by reading the corpus files."""

from __future__ import annotations

from pathlib import Path

import pytest

from localize.document.model import BulletList, Document, Item, TermItem, Transcript
from localize.readers import detect_format, read_file
from localize.readers.chapter_list import parse_chapter_list
from localize.readers.markdown import parse_markdown
from localize.readers.show_notes import parse_quote_item
from localize.readers.webvtt import parse_webvtt
from localize.writers import render_markdown, render_webvtt
from tests.conftest import sample_paths


def _read_one(path: Path) -> Document | Transcript:
    _, documents = read_file(path)
    assert len(documents) == 1
    return documents[0]


def _items(document: Document, heading: str) -> list[object]:
    section = next(s for s in document.sections if s.heading == heading)
    return [item for block in section.blocks if isinstance(block, BulletList)
            for item in block.items]


def test_show_notes_sections_quotes_and_chrome(corpus: Path) -> None:
    document = _read_one(corpus / "show-notes.txt")
    assert isinstance(document, Document)
    assert document.title.startswith("Socialists Sweep NYC")
    assert [s.heading for s in document.sections] == [
        "Episode Overview", "Key Concepts", "Quotes", "Takeaways"]
    assert len(document.overview) == 6  # the six prose lines before "Episode Overview"
    assert all(isinstance(item, Item) for item in _items(document, "Episode Overview"))
    assert len(_items(document, "Episode Overview")) == 4
    assert [type(item) for item in _items(document, "Key Concepts")] == [TermItem] * 7
    assert [type(item) for item in _items(document, "Takeaways")] == [TermItem] * 10
    quotes = document.quotes
    assert len(quotes) == 16
    assert all(quote.time and quote.speaker for quote in quotes)
    assert (quotes[0].time, quotes[0].speaker) == ("0:02:44", "Chamath Palihapitiya")
    assert quotes[0].context is not None and quotes[0].context.startswith("highlighting")
    text = render_markdown(document)
    assert "Audio Brief" not in text and "Show transcript" not in text
    assert render_markdown(parse_markdown(text)) == text


def test_show_notes_quote_item_shape() -> None:
    quote = parse_quote_item('At 1:03:49 - "The bottleneck is DRAM." - Speaker, explaining why')
    assert quote is not None
    assert (quote.time, quote.text, quote.speaker, quote.context) == (
        "1:03:49", "The bottleneck is DRAM.", "Speaker", "explaining why")
    assert parse_quote_item("Not a quote: just a term") is None


def test_chapter_list_sections_title_and_chrome(corpus: Path) -> None:
    document = _read_one(corpus / "chapter-list.txt")
    assert isinstance(document, Document)
    assert document.title == ("Building the Real-World Infrastructure for AI, with Google, "
                              "Cisco & a16z")
    assert len(document.sections) == 14
    assert all(section.timestamp is None and len(section.blocks) == 1
               for section in document.sections)
    text = render_markdown(document)
    for chrome in ("CHAPTERS", "Add to Chrome", "Get more out of YouTube"):
        assert chrome not in text


def test_chapter_list_without_marker_and_with_trailing_chrome() -> None:
    text = ("My Talk\nOpening remarks\nThe speaker opens with a story about her first job.\n"
            "Main argument\nShe argues that small teams ship better products than large ones.\n"
            "Closing thoughts\nShe ends by inviting questions from the audience tonight.\n"
            "Subscribe for more.\nShare\n")
    document = parse_chapter_list(text)
    assert [s.heading for s in document.sections] == [
        "Opening remarks", "Main argument", "Closing thoughts"]


def test_transcript_cues_speakers_and_byte_exact_round_trip(corpus: Path) -> None:
    path = corpus / "transcript.vtt"
    transcript = _read_one(path)
    assert isinstance(transcript, Transcript)
    assert len(transcript.cues) == 779
    counts: dict[str | None, int] = {}
    for cue in transcript.cues:
        counts[cue.speaker] = counts.get(cue.speaker, 0) + 1
    assert counts == {"Speaker 1": 4, "Speaker 2": 290, "Speaker 3": 485}
    assert (transcript.cues[0].start, transcript.cues[-1].end) == ("00:00:01.199",
                                                                   "00:37:16.119")
    assert render_webvtt(transcript) == path.read_text("utf-8")


def test_webvtt_voice_with_class_closing_tag_notes_and_settings() -> None:
    text = ("WEBVTT - demo\n\nNOTE a comment\n\nintro\n00:01.000 --> 00:02.500 align:start\n"
            "<v.loud Ana Ruiz>Hello</v>\n\n00:03.000 --> 00:04.000\nNo voice\nsecond line\n")
    transcript = parse_webvtt(text)
    first, second = transcript.cues
    assert (first.identifier, first.settings, first.speaker, first.text) == (
        "intro", "align:start", "Ana Ruiz", "Hello")
    assert (second.speaker, second.text) == (None, "No voice\nsecond line")


@pytest.mark.parametrize(("name", "expected"), [
    ("summary-page.txt", "summary-page"),
    ("show-notes.txt", "show-notes"),
    ("chapter-list.txt", "chapter-list"),
    ("transcript.vtt", "webvtt"),
])
def test_format_detection_on_the_corpus(corpus: Path, name: str, expected: str) -> None:
    assert detect_format((corpus / name).read_text("utf-8")) == expected


@pytest.mark.parametrize("path", sample_paths(), ids=lambda path: path.name)
def test_format_detection_on_samples(path: Path) -> None:
    assert detect_format(path.read_text("utf-8")) == "markdown"
