"""Flatten canonical summaries the way the scraped page did, to make pages the reader never saw."""

from __future__ import annotations

from localize.document.model import Document
from localize.writers.markdown import render_markdown


def flatten_body(document: Document) -> str:
    """The document's body on one line: line breaks gone, blank lines gone, markers kept."""
    text = render_markdown(document.model_copy(update={"front_matter": False}))
    body = text.split("\n", 1)[1]  # drop the `# Title` line; the page shows it on its own line
    return " ".join(line.strip() for line in body.split("\n") if line.strip())


def flatten_page(documents: list[Document]) -> str:
    """A page of two chrome lines, then each document as a title line and a body line."""
    lines = ["Podcast Digest — summaries of the week", "Browse channels"]
    for document in documents:
        lines.extend([document.title, flatten_body(document), ""])
    return "\n".join(lines)
