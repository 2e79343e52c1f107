"""Markup: emphasis, links, inline code or placeholders lost, added or left unbalanced."""

from __future__ import annotations

import re
from collections.abc import Iterator

from localize.check.checks.common import pair_finding
from localize.check.context import CheckContext
from localize.check.pairs import NAME_KINDS, TextPair
from localize.findings import Finding, Severity

ID = "markup"
PATTERNS = {
    "bold": re.compile(r"\*\*[^*\n]+?\*\*"),
    "emphasis": re.compile(r"(?<![*\w])\*(?!\s)[^*\n]+?(?<!\s)\*(?![*\w])|_[^_\n]+_"),
    "link": re.compile(r"\[[^\]\n]+\]\([^)\s]+\)"),
    "code": re.compile(r"`[^`\n]+`"),
    "placeholder": re.compile(r"\{\{?[\w.]+\}\}?|<[\w:-]+/?>"),
}


def _counts(text: str) -> dict[str, int]:
    return {name: len(pattern.findall(text)) for name, pattern in PATTERNS.items()}


def _unbalanced(text: str) -> bool:
    return text.count("**") % 2 == 1 or text.count("`") % 2 == 1


def check_pair(pair: TextPair, context: CheckContext) -> Iterator[Finding]:
    """Yield a finding per kind of markup whose count differs, and per broken markup."""
    if pair.kind in NAME_KINDS:
        return
    if _unbalanced(pair.target) and not _unbalanced(pair.source):
        yield pair_finding("markup.broken", Severity.ERROR,
                           "unbalanced ** or ` in the target", pair)
        return
    source, target = _counts(pair.source), _counts(pair.target)
    for name in PATTERNS:
        if source[name] > target[name]:
            yield pair_finding("markup.lost", Severity.ERROR,
                               f"{source[name] - target[name]} {name} lost", pair)
        elif target[name] > source[name]:
            yield pair_finding("markup.extra", Severity.WARNING,
                               f"{target[name] - source[name]} {name} not in the source",
                               pair)
