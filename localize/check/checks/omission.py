"""Omission: a sentence of the source with no counterpart in its translation, or a target
text much shorter than its source for the language pair.

Within each aligned text the sentences of both sides are aligned (merges and splits
allowed); a source sentence left without a counterpart is `omission.sentence`: a warning
when the evidence is length and count only, an error when the sentence also carried a
number or a name the target lacks. A sentence whose counterpart is under 60% of its
expected length is `omission.partial` (a warning: a clause dropped). A text under half the
length expected for the language pair (`LENGTH_RATIOS`) with no sentence to blame is
`omission`; under two fifths it is an error whatever the sentences say. Titles and
headings are too short for lengths to mean anything.
"""

from __future__ import annotations

from collections.abc import Iterator

from localize.check.checks.common import pair_finding
from localize.check.context import CheckContext
from localize.check.pairs import NAME_KINDS, TextPair
from localize.check.sentence_gaps import sentence_gaps
from localize.findings import Finding, Severity

ID = "omission"
MIN_SOURCE_CHARACTERS = 60
WARNING_SHARE = 0.5
ERROR_SHARE = 0.4
QUOTED_SENTENCE = 80
"""Characters of a missing sentence quoted in the message."""


def _quoted(text: str) -> str:
    return text if len(text) <= QUOTED_SENTENCE else text[: QUOTED_SENTENCE - 1] + "…"


def check_pair(pair: TextPair, context: CheckContext) -> Iterator[Finding]:
    """Yield a finding per source sentence left out, or one when the target is too short."""
    if len(pair.source) < MIN_SOURCE_CHARACTERS or pair.kind in ("heading", "title",
                                                                  *NAME_KINDS):
        return
    gaps = sentence_gaps(pair.source, pair.target, context.source_lang, context.target_lang,
                         context.length_ratio)
    for gap in gaps:
        if gap.partial:
            yield pair_finding("omission.partial", Severity.WARNING,
                               f"source sentence {gap.index + 1} is rendered in well under "
                               "its expected length; part of it may be missing: "
                               f"{_quoted(gap.sentence.text)!r}", pair)
            continue
        carried = [what for what, present in (("a number", gap.carries_number),
                                              ("a name", gap.carries_name)) if present]
        because = f"; it carried {' and '.join(carried)} the target lacks" if carried else ""
        yield pair_finding("omission.sentence", Severity.ERROR if carried else Severity.WARNING,
                           f"source sentence {gap.index + 1} has no counterpart in the "
                           f"target{because}: {_quoted(gap.sentence.text)!r}", pair)
    share = len(pair.target) / (len(pair.source) * context.length_ratio)
    if share < ERROR_SHARE or (share < WARNING_SHARE and not gaps):
        severity = Severity.ERROR if share < ERROR_SHARE else Severity.WARNING
        yield pair_finding("omission", severity,
                           f"{share:.0%} of the length expected for {context.source_lang}→"
                           f"{context.target_lang}; part of the text may be missing", pair)
