"""File names from titles: `SLUG.LANG.md`."""

from __future__ import annotations

import re
import unicodedata

MAX_SLUG_LENGTH = 60
_NOT_WORD = re.compile(r"[^\w]+")


def slugify(title: str) -> str:
    """A lowercase, hyphenated file-name stem; letters of every script are kept."""
    normalised = unicodedata.normalize("NFKC", title).lower().replace("'", "").replace("’", "")
    slug = _NOT_WORD.sub("-", normalised).strip("-_")
    if len(slug) > MAX_SLUG_LENGTH:
        slug = slug[:MAX_SLUG_LENGTH].rsplit("-", 1)[0]
    return slug or "untitled"


def unique_slugs(titles: list[str]) -> list[str]:
    """One slug per title, numbered (`-2`, `-3`) where two titles give the same slug."""
    seen: dict[str, int] = {}
    slugs = []
    for title in titles:
        slug = slugify(title)
        seen[slug] = seen.get(slug, 0) + 1
        slugs.append(slug if seen[slug] == 1 else f"{slug}-{seen[slug]}")
    return slugs
