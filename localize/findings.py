"""Findings: what a check or lint rule reports, as frozen data carrying code and severity."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict


class Severity(StrEnum):
    """How bad a finding is; the highest found decides the exit code."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        """0 for info, 1 for warning, 2 for error."""
        return ("info", "warning", "error").index(self.value)


class Span(BaseModel):
    """Character offsets `[start, end)` within a segment's text."""

    model_config = ConfigDict(frozen=True)

    start: int
    end: int


class Finding(BaseModel):
    """One problem found: its code, severity, message and where it stands."""

    model_config = ConfigDict(frozen=True)

    code: str
    severity: Severity
    message: str
    file: str | None = None
    line: int | None = None
    segment: str | None = None
    section: int | None = None
    timestamp: str | None = None
    term: str | None = None
    source_span: Span | None = None
    target_span: Span | None = None
    source_text: str | None = None
    target_text: str | None = None


def worst(findings: list[Finding]) -> Severity | None:
    """The highest severity among findings, None when there are none."""
    if not findings:
        return None
    return max((finding.severity for finding in findings), key=lambda severity: severity.rank)
