"""Accepted findings: a reviewer's deliberate choices, kept in the edition's front matter.

A finding marked accepted in the review page (and sent back with `localize review apply`)
is listed under `accepted_findings` in the front matter of the edition it is about, with
its code, segment, message and the reviewer's note. `check` and `diff` then show it as
accepted, count it apart and do not fail on it. The list travels with the edition, so a
copied or committed edition keeps its review. A finding is the same finding when code,
segment and message all match: once the text changes so that the message changes, it is a
new finding and is reported again.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, ValidationError

from localize.document.model import Document
from localize.errors import InputError
from localize.findings import Finding

FRONT_MATTER_KEY = "accepted_findings"


class Acceptance(BaseModel):
    """One accepted finding as recorded: which finding, and why (optional)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    code: str
    segment: str | None = None
    message: str
    note: str = ""

    @property
    def key(self) -> tuple[str, str | None, str]:
        """What names the finding: code, segment and message."""
        return (self.code, self.segment, self.message)


@dataclass(frozen=True)
class AcceptedFinding:
    """A finding the reviewer accepted, with her note."""

    finding: Finding
    note: str


def finding_key(finding: Finding) -> tuple[str, str | None, str]:
    """The key an acceptance of `finding` carries."""
    return (finding.code, finding.segment, finding.message)


def acceptances(document: Document, path: Path | str | None = None) -> list[Acceptance]:
    """The accepted findings recorded in the edition's front matter (a one-line error when
    the list is not ours)."""
    recorded = document.extra.get(FRONT_MATTER_KEY)
    if recorded is None:
        return []
    if not isinstance(recorded, list):
        raise InputError(path, f"front matter {FRONT_MATTER_KEY}: expected a list")
    found = []
    for number, item in enumerate(recorded, start=1):
        try:
            found.append(Acceptance.model_validate(item))
        except ValidationError as error:
            problem = error.errors()[0]
            field = ".".join(str(part) for part in problem["loc"]) or "entry"
            raise InputError(path, f"front matter {FRONT_MATTER_KEY} entry {number}: "
                                   f"{field}: {problem['msg']}") from None
    return found


def split_accepted(findings: Iterable[Finding], accepted: Iterable[Acceptance]
                   ) -> tuple[list[Finding], list[AcceptedFinding]]:
    """The findings still open, and those the reviewer accepted (in the given order)."""
    notes = {acceptance.key: acceptance.note for acceptance in accepted}
    still_open, done = [], []
    for finding in findings:
        key = finding_key(finding)
        if key in notes:
            done.append(AcceptedFinding(finding, notes[key]))
        else:
            still_open.append(finding)
    return still_open, done


def with_acceptances(document: Document, new: Iterable[Acceptance],
                     path: Path | str | None = None) -> Document:
    """A copy of the edition whose front matter also records `new` (a later note on the
    same finding replaces the earlier one)."""
    merged = {acceptance.key: acceptance for acceptance in acceptances(document, path)}
    merged.update((acceptance.key, acceptance) for acceptance in new)
    copy = document.model_copy(deep=True)
    if merged:
        copy.extra[FRONT_MATTER_KEY] = [
            acceptance.model_dump(exclude_defaults=True) for acceptance in merged.values()]
        copy.front_matter = True  # the list lives in the front matter: it must be written
    return copy
