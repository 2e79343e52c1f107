"""Writers of the formats localize produces."""

from localize.writers.markdown import render_markdown
from localize.writers.webvtt import render_webvtt

__all__ = ["render_markdown", "render_webvtt"]
