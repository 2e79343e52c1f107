"""Typography (warnings): Chinese full-width punctuation and Han-Latin spacing; no
full-width commas in Korean."""

from __future__ import annotations

import re
from collections.abc import Iterator

from localize.check.checks.common import finding
from localize.check.context import CheckContext
from localize.check.pairs import TextPair
from localize.findings import Finding, Severity

ID = "typography"
_HAN = r"[\u4e00-\u9fff]"
ZH_ASCII_PUNCTUATION = re.compile(rf"{_HAN}[,:;?!()]|[,:;?!()]{_HAN}")
ZH_SPACING = re.compile(rf"{_HAN}[A-Za-z0-9]|[A-Za-z0-9]{_HAN}")
KO_FULL_WIDTH = re.compile(r"[，。：；]")


def check_pair(pair: TextPair, context: CheckContext) -> Iterator[Finding]:
    """Yield a warning per text that breaks the target language's typography."""
    rules: list[tuple[re.Pattern[str], str, str]] = []
    if context.target_lang == "zh":
        rules = [(ZH_ASCII_PUNCTUATION, "typography.zh-punctuation",
                  "ASCII punctuation beside Chinese; use full-width (，：；？！（）)"),
                 (ZH_SPACING, "typography.zh-spacing",
                  "no space between Han and Latin or digits")]
    elif context.target_lang == "ko":
        rules = [(KO_FULL_WIDTH, "typography.ko-punctuation",
                  "full-width punctuation in Korean; use ASCII (, . : ;)")]
    for pattern, code, message in rules:
        match = pattern.search(pair.target)
        if match:
            yield finding(code, Severity.WARNING, f"{message}: {match.group()!r}",
                          section=pair.section, timestamp=pair.timestamp,
                          segment=pair.segment, target_text=pair.target)
