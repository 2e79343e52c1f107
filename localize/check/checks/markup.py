"""Markup: emphasis, links, inline code or placeholders lost, added or left unbalanced.

Inline Markdown is read by the CommonMark rules (markdown-it-py), not by counting
asterisks: `*si vis pacem*을` is emphasis followed by a Korean particle, `a * b` is not
emphasis at all, and a `**` or backtick that opens nothing is broken markup.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache

from markdown_it import MarkdownIt

from localize.check.checks.common import pair_finding
from localize.check.context import CheckContext
from localize.check.pairs import NAME_KINDS, TextPair
from localize.findings import Finding, Severity

ID = "markup"
MARKUP_TOKENS = {"strong_open": "bold", "em_open": "emphasis", "link_open": "link",
                 "code_inline": "code", "image": "image"}
PLACEHOLDER = re.compile(r"\{\{?[\w.]+\}\}?|<[\w:-]+/?>")
# Delimiters CommonMark left as literal text: they opened or closed nothing.
_STRAY = re.compile(r"\*\*|`|(?<!\s)\*(?!\s)|(?<=\s)\*(?=\S)|(?<=\S)\*(?=\s)")
_MARKDOWN = MarkdownIt("commonmark")
_INLINE_CHARACTERS = frozenset("*_`[<!{")


@lru_cache(maxsize=4096)
def markup_counts(text: str) -> tuple[Counter[str], int]:
    """How many of each kind of inline markup a text holds, and how many stray delimiters."""
    counts: Counter[str] = Counter()
    if not _INLINE_CHARACTERS.intersection(text):
        return counts, 0  # most texts carry no markup at all: skip the parser
    stray = 0
    for token in _MARKDOWN.parseInline(text)[0].children or []:
        if token.type in MARKUP_TOKENS:
            counts[MARKUP_TOKENS[token.type]] += 1
        elif token.type == "text":
            stray += len(_STRAY.findall(token.content))
    counts["placeholder"] = len(PLACEHOLDER.findall(text))
    return counts, stray


def check_pair(pair: TextPair, context: CheckContext) -> Iterator[Finding]:
    """Yield a finding per kind of markup whose count differs, and per broken markup."""
    if pair.kind in NAME_KINDS:
        return
    source, source_stray = markup_counts(pair.source)
    target, target_stray = markup_counts(pair.target)
    if target_stray > source_stray:
        yield pair_finding("markup.broken", Severity.ERROR,
                           "an unmatched *, ** or ` in the target opens or closes nothing",
                           pair)
        return
    for name in dict.fromkeys([*MARKUP_TOKENS.values(), "placeholder"]):
        if source[name] > target[name]:
            yield pair_finding("markup.lost", Severity.ERROR,
                               f"{source[name] - target[name]} {name} lost", pair)
        elif target[name] > source[name]:
            yield pair_finding("markup.extra", Severity.WARNING,
                               f"{target[name] - source[name]} {name} not in the source", pair)
