"""Writers of the formats localize produces."""

from localize.writers.checked import (
    LINE_SEPARATORS,
    UnreadableEditionError,
    changed_segments,
    render_checked,
    survives,
)
from localize.writers.markdown import render_markdown
from localize.writers.webvtt import render_webvtt

__all__ = ["LINE_SEPARATORS", "UnreadableEditionError", "changed_segments", "render_checked",
           "render_markdown", "render_webvtt", "survives"]
