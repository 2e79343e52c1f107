"""The WebVTT writer: cues with their timing, settings, identifier and voice tag."""

from __future__ import annotations

from localize.document.model import Cue, Transcript


def render_cue(cue: Cue) -> str:
    """One cue block: optional identifier, timing line, text with a `<v Speaker>` tag."""
    lines = [cue.identifier] if cue.identifier is not None else []
    timing = f"{cue.start} --> {cue.end}"
    lines.append(f"{timing} {cue.settings}" if cue.settings else timing)
    text = f"<v {cue.speaker}>{cue.text}" if cue.speaker is not None else cue.text
    lines.append(text)
    return "\n".join(lines)


def render_webvtt(transcript: Transcript) -> str:
    """The WebVTT text of a transcript."""
    blocks = [transcript.header, *(render_cue(cue) for cue in transcript.cues)]
    return "\n\n".join(blocks) + "\n"
