"""Segment ids: the one place that parses and formats them.

| id            | what                                                   |
| ------------- | ------------------------------------------------------ |
| `title`       | the title                                              |
| `s3.h`        | heading of section 3 (sections count from 1)           |
| `s0.p1`       | first paragraph of the overview (section 0)            |
| `s3.p2`       | second paragraph of section 3                          |
| `s3.q1`       | first quote of section 3; `s3.q1.ctx` its context      |
| `s5.i1`       | first plain bullet of section 5                        |
| `s6.t2`       | second term of section 6; `s6.t2.desc` its description |
| `e4`          | fourth entity; `e4.name`, `e4.type`, `e4.desc`         |
| `c12`         | twelfth cue of a transcript                            |

An id names a *unit* (a title, heading, block or list entry) and optionally one *part* of it
(`name`, `type`, `desc`, `ctx`). A finding about the target alone carries `target:` before the id.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Literal

Letter = Literal["title", "h", "p", "q", "i", "t", "e", "c"]
Part = Literal["name", "type", "desc", "ctx"]
Side = Literal["source", "target"]

TARGET_PREFIX = "target:"
UNIT_LETTERS: dict[str, Letter] = {"paragraph": "p", "quote": "q", "item": "i", "term": "t",
                                   "entity": "e"}
"""The letter of each kind of unit inside a section."""

_PATTERN = re.compile(
    r"(?P<target>target:)?(?:(?P<title>title)|s(?P<section>\d+)\.(?:(?P<h>h)|"
    r"(?P<letter>[pqit])(?P<number>\d+))|(?P<global>[ec])(?P<global_number>\d+))"
    r"(?:\.(?P<part>name|type|desc|ctx))?")


@dataclass(frozen=True, order=True)
class SegmentId:
    """The address of a unit, or of one part of it, in one of the two editions."""

    letter: Letter
    section: int | None = None
    number: int | None = None
    part: Part | None = None
    side: Side = "source"

    def __str__(self) -> str:
        prefix = TARGET_PREFIX if self.side == "target" else ""
        if self.letter == "title":
            body = "title"
        elif self.letter == "h":
            body = f"s{self.section}.h"
        elif self.letter in ("e", "c"):
            body = f"{self.letter}{self.number}"
        else:
            body = f"s{self.section}.{self.letter}{self.number}"
        return f"{prefix}{body}.{self.part}" if self.part else f"{prefix}{body}"

    @classmethod
    def parse(cls, text: str) -> SegmentId:
        """The id written as `text`; ValueError when it is not an id."""
        match = _PATTERN.fullmatch(text)
        if match is None:
            raise ValueError(f"not a segment id: {text!r}")
        side: Side = "target" if match.group("target") else "source"
        part = PARTS.get(match.group("part") or "")
        if match.group("title"):
            return cls("title", part=part, side=side)
        if match.group("h"):
            return cls("h", int(match.group("section")), part=part, side=side)
        if match.group("global"):
            letter: Letter = "e" if match.group("global") == "e" else "c"
            return cls(letter, None, int(match.group("global_number")), part, side)
        unit_letter = UNIT_LETTERS_BY_CHARACTER[match.group("letter")]
        return cls(unit_letter, int(match.group("section")), int(match.group("number")), part,
                   side)

    @classmethod
    def title(cls) -> SegmentId:
        """The title's id."""
        return cls("title")

    @classmethod
    def heading(cls, section: int) -> SegmentId:
        """The id of section `section`'s heading."""
        return cls("h", section)

    @property
    def unit(self) -> SegmentId:
        """The id of the whole unit this id names a part of (itself when it names no part)."""
        return replace(self, part=None)

    def with_part(self, part: Part | None) -> SegmentId:
        """The id of one part of this unit."""
        return replace(self, part=part)

    def on_target(self) -> SegmentId:
        """The same place, named as a place in the target edition."""
        return replace(self, side="target")


UNIT_LETTERS_BY_CHARACTER: dict[str, Letter] = {"p": "p", "q": "q", "i": "i", "t": "t"}
PARTS: dict[str, Part] = {"name": "name", "type": "type", "desc": "desc", "ctx": "ctx"}
