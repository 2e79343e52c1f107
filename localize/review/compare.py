"""One comparison of two editions, as `check`, `diff` and `review apply` all need it: the
checker's report with the reviewer's accepted findings set apart, the alignment, and the
review built from them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from localize.check import Alignment, CheckReport, check_editions
from localize.detect import document_names
from localize.document.model import Document
from localize.glossary import Glossary, TermIndex
from localize.review.accepted import AcceptedFinding, acceptances, split_accepted
from localize.review.model import Review, build_review


@dataclass
class Comparison:
    """A checked pair of editions."""

    report: CheckReport
    """The open findings only, in segment order: accepted ones are in `accepted`."""
    accepted: list[AcceptedFinding]
    alignment: Alignment
    glossary: Glossary | None
    source_lang: str
    target_lang: str

    @property
    def same_language(self) -> bool:
        """Two versions of one edition rather than a translation."""
        return self.source_lang == self.target_lang

    def review(self) -> Review:
        """The side-by-side review of this comparison."""
        return build_review(self.alignment, self.report, self.accepted)

    def indexes(self) -> tuple[TermIndex | None, TermIndex | None]:
        """The glossary's term index in each language, to highlight terms."""
        if self.glossary is None:
            return None, None
        return TermIndex(self.glossary, self.source_lang), TermIndex(self.glossary,
                                                                     self.target_lang)

    def names(self) -> list[str]:
        """Names to highlight whole: the entities' names of both editions."""
        return list(dict.fromkeys([*document_names(self.alignment.source),
                                   *document_names(self.alignment.target)]))


def compare(source: Document, target: Document, source_lang: str, target_lang: str,
            glossary: Glossary | None = None, translate_quotes: bool = True,
            source_name: str = "source", target_name: str = "target",
            target_path: Path | None = None) -> Comparison:
    """Check `target` against `source`; findings the edition records as accepted are set
    apart (they do not fail the check)."""
    report, alignment = check_editions(source, target, source_lang, target_lang, glossary,
                                       translate_quotes=translate_quotes,
                                       source_name=source_name, target_name=target_name)
    still_open, accepted = split_accepted(report.findings,
                                          acceptances(target, target_path or target_name))
    # Reports list findings as the review shows them: in segment order, row by row.
    review = build_review(alignment, report.model_copy(update={"findings": still_open}),
                          accepted)
    report = CheckReport(source=report.source, target=report.target,
                         findings=review.findings())
    return Comparison(report, review.accepted(), alignment, glossary, source_lang,
                      target_lang)
