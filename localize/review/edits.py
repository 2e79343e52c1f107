"""The edit file a review page exports: what the reviewer changed and accepted, and the
edition it is about, as it was when the page was made.

```json
{"format": "localize-review-edits", "version": 1,
 "edition": "/abs/talk.ko.md", "edition_sha256": "<sha-256 of the file's bytes>",
 "source": "/abs/talk.en.md", "source_lang": "en", "target_lang": "ko",
 "glossaries": ["/abs/glossaries/ai-tech.yaml"], "keep_quotes": false,
 "edits": [{"segment": "s1.p1", "source_text": "...", "old": "...", "new": "..."}],
 "accepted": [{"code": "number.extra", "segment": "s1.p1", "message": "...", "note": ""}]}
```

`segment` is the id in the edition itself (`e2.desc`, `s3.h`), `old` the text the page
showed, `source_text` the aligned source text the memory learns the edit for (absent when
the segment has no counterpart). Unknown keys are refused.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from localize.errors import InputError
from localize.review.accepted import Acceptance
from localize.textfile import DEFAULT_MAX_BYTES, decode_text, read_bytes

FORMAT = "localize-review-edits"
VERSION = 1


class Origin(BaseModel):
    """The comparison a page shows: both editions, their languages, the glossaries, and
    the hash of the edition's bytes when the page was made."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    edition: str
    edition_sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    source: str
    source_lang: str
    target_lang: str
    glossaries: list[str] = Field(default_factory=list)
    keep_quotes: bool = False


class Edit(BaseModel):
    """One segment the reviewer rewrote."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    segment: str
    old: str
    new: str
    source_text: str | None = None


class EditFile(Origin):
    """A whole edit file (see the module docstring)."""

    format: str
    version: int
    edits: list[Edit] = Field(default_factory=list)
    accepted: list[Acceptance] = Field(default_factory=list)


def file_sha256(path: Path | str) -> str:
    """The hash an edit file names its edition by: SHA-256 of the file's bytes."""
    return hashlib.sha256(read_bytes(path)).hexdigest()


def origin_of(source: Path, target: Path, source_lang: str, target_lang: str,
              glossaries: list[Path] | None, keep_quotes: bool) -> Origin:
    """The origin a page made now from these files records (absolute paths, so the edit
    file can be applied from any folder)."""
    return Origin(edition=str(target.resolve()), edition_sha256=file_sha256(target),
                  source=str(source.resolve()), source_lang=source_lang,
                  target_lang=target_lang,
                  glossaries=[str(path.resolve()) for path in glossaries or []],
                  keep_quotes=keep_quotes)


def _problem(error: ValidationError) -> str:
    problem = error.errors()[0]
    where = ".".join(str(part) for part in problem["loc"]) or "the file"
    message = "unknown key" if problem["type"] == "extra_forbidden" else problem["msg"]
    return f"not a review edit file: {where}: {message}"


def load_edits(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> EditFile:
    """Read and validate an edit file; a one-line error naming the file otherwise."""
    text = decode_text(read_bytes(path, max_bytes), path)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InputError(path, f"not JSON: {error.msg}", line=error.lineno) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InputError(path, f"not a review edit file (no \"format\": \"{FORMAT}\")")
    if data.get("version") != VERSION:
        raise InputError(path, f"edit file version {data.get('version')!r} is not one this "
                               f"localize reads ({VERSION})")
    try:
        edits = EditFile.model_validate(data)
    except ValidationError as error:
        raise InputError(path, _problem(error)) from None
    seen: set[str] = set()
    for edit in edits.edits:
        if edit.segment in seen:
            raise InputError(path, f"segment {edit.segment} is edited twice")
        seen.add(edit.segment)
    return edits
