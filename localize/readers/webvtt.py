"""WebVTT transcripts: cues with timing, settings, identifiers and `<v Speaker>` voice tags."""

from __future__ import annotations

import re

from localize.detect import detect_document
from localize.document.model import Cue, Transcript
from localize.errors import InputError

_TIME = r"(?:\d+:)?\d{2}:\d{2}\.\d{3}"
_TIMING = re.compile(rf"^(?P<start>{_TIME})\s+-->\s+(?P<end>{_TIME})(?:\s+(?P<settings>.*))?$")
_VOICE = re.compile(r"^<v(?:\.[^\s>]*)?\s+(?P<speaker>[^>]+)>(?P<text>.*)$", re.S)
_SKIPPED_BLOCKS = ("NOTE", "STYLE", "REGION")


def looks_like_webvtt(text: str) -> bool:
    """The mandatory `WEBVTT` signature on the first line."""
    return text.startswith("WEBVTT")


def _parse_cue(lines: list[str], line_number: int, path: str | None) -> Cue:
    identifier = None
    if "-->" not in lines[0]:
        identifier, lines = lines[0], lines[1:]
        line_number += 1
    if not lines:
        raise InputError(path, "cue has an identifier but no timing line", line=line_number)
    timing = _TIMING.match(lines[0].strip())
    if timing is None:
        raise InputError(path, f"malformed cue timing {lines[0].strip()!r}", line=line_number)
    text = "\n".join(lines[1:])
    speaker = None
    voice = _VOICE.match(text)
    if voice is not None:
        speaker = voice.group("speaker").strip()
        text = voice.group("text")
        if text.endswith("</v>"):
            text = text[: -len("</v>")]
    return Cue(start=timing.group("start"), end=timing.group("end"), text=text.strip(),
               speaker=speaker, identifier=identifier, settings=timing.group("settings") or "")


def parse_webvtt(text: str, path: str | None = None, title: str = "Transcript") -> Transcript:
    """Every cue of a WebVTT file; NOTE, STYLE and REGION blocks are skipped."""
    if not looks_like_webvtt(text):
        raise InputError(path, "not WebVTT: the first line must start with WEBVTT", line=1)
    blocks: list[tuple[int, list[str]]] = []
    current: list[str] = []
    start_line = 1
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            if not current:
                start_line = number
            current.append(line)
        elif current:
            blocks.append((start_line, current))
            current = []
    if current:
        blocks.append((start_line, current))
    header = blocks[0][1][0].strip()
    cues = [_parse_cue(lines, line_number, path) for line_number, lines in blocks[1:]
            if not lines[0].startswith(_SKIPPED_BLOCKS)]
    transcript = Transcript(title=title, header=header, cues=cues)
    transcript.lang = detect_document(transcript).lang
    return transcript
