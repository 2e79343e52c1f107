"""What may enter a segment of an edition: the one rule every model answer passes before it
is accepted or remembered.

An answer is one line (no separator of any kind), reads back as written in its slot (no
Markdown block syntax where the reader would take it for structure), is not absurdly longer
than its source, and never carries a credential of the run.
"""

from __future__ import annotations

from collections.abc import Iterable

from localize.document.segments import SegmentKind
from localize.writers import LINE_SEPARATORS, survives

MAX_GROWTH = 5
"""Characters of an answer per character of its source, at most (zh→en needs about 3)."""
MAX_EXTRA = 200
"""Characters allowed beyond that, for very short sources."""


def admission_problems(kind: SegmentKind, source: str, answer: str, lang: str | None,
                       secrets: Iterable[str] = ()) -> list[str]:
    """Why `answer` may not enter the edition as the translation of `source` (empty when it
    may), each as an instruction the repair prompt can quote. A secret is never named."""
    if not answer.strip():
        return ["the translation is empty"]
    if any(secret and secret in answer for secret in secrets):
        return ["the answer repeats a credential of this request; never write it"]
    problems = []
    if any(character in LINE_SEPARATORS for character in answer):
        problems.append("write the translation on one line, without line breaks")
    elif not survives(kind, answer, lang):
        problems.append("do not start the text with Markdown block syntax (#, >, -, ---, a "
                        "[MM:SS] time) and do not use ** or *\" where the edition's own "
                        "markup goes")
    if len(answer) > MAX_GROWTH * len(source) + MAX_EXTRA:
        problems.append("the translation is far longer than the source: translate only "
                        "the segment")
    return problems
