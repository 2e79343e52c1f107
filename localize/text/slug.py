"""File names from titles: `SLUG.LANG.md`, bounded in characters and in bytes."""

from __future__ import annotations

import re
import unicodedata

MAX_SLUG_LENGTH = 60
"""Characters: longer titles are cut at a word boundary, for a name people can read."""
MAX_NAME_BYTES = 255
"""The longest file name (in UTF-8 bytes) of the common file systems: ext4, APFS, XFS."""
LONGEST_SUFFIX = len(".und.vtt")
"""Room a slug leaves for `.LANG.md` or `.LANG.vtt` when the caller does not say."""
_NOT_WORD = re.compile(r"[^\w]+")


def cut_bytes(text: str, limit: int) -> str:
    """`text` cut to at most `limit` UTF-8 bytes, at a character boundary."""
    return text.encode("utf-8")[:max(limit, 0)].decode("utf-8", "ignore")


def _shorten(slug: str, max_bytes: int) -> str:
    if len(slug) <= MAX_SLUG_LENGTH and len(slug.encode("utf-8")) <= max_bytes:
        return slug
    cut = cut_bytes(slug[:MAX_SLUG_LENGTH], max_bytes)
    return cut.rsplit("-", 1)[0].strip("-_")


def slugify(title: str, max_bytes: int = MAX_NAME_BYTES - LONGEST_SUFFIX) -> str:
    """A lowercase, hyphenated file-name stem of at most `max_bytes`; every script is kept."""
    normalised = unicodedata.normalize("NFKC", title).lower().replace("'", "").replace("’", "")
    slug = _NOT_WORD.sub("-", normalised).strip("-_")
    return _shorten(slug, max_bytes) or "untitled"


def _key(slug: str) -> str:
    # Case-insensitive file systems (macOS, Windows) hold one file for `Talk` and `talk`.
    return slug.casefold()


def unique_slugs(titles: list[str], max_bytes: int = MAX_NAME_BYTES - LONGEST_SUFFIX
                 ) -> list[str]:
    """One slug per title, no two alike even ignoring case: a repeated slug is numbered
    (`-2`, `-3`) with a number no other title's own slug has, within `max_bytes`."""
    bases = [slugify(title, max_bytes) for title in titles]
    # Every title's own slug is reserved first, so `Talk`, `Talk`, `Talk 2` cannot number
    # the second `Talk` into the name the third one needs.
    taken = {_key(base) for base in bases}
    given: set[str] = set()
    next_number: dict[str, int] = {}  # where numbering resumes: linear for many repeats
    slugs = []
    for base in bases:
        key = _key(base)
        if key not in given:
            given.add(key)
            slugs.append(base)
            continue
        number = next_number.get(key, 2)
        while True:
            tail = f"-{number}"
            candidate = (cut_bytes(base, max_bytes - len(tail)).rstrip("-_") or "untitled"
                         ) + tail
            number += 1
            if _key(candidate) not in taken:
                break
        next_number[key] = number
        taken.add(_key(candidate))
        given.add(_key(candidate))
        slugs.append(candidate)
    return slugs
