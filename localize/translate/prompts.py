"""Prompt files: the system prompt, one style guide per language, the repair prompt.

They are data in `localize/prompts/` (the repository's `prompts/` points there), each with
a `version` in its front matter; the code fills their `{placeholders}` and holds no prompt
prose. A folder of the user's own replaces the defaults file by file.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from localize.errors import InputError

DEFAULT_FOLDER = Path(__file__).resolve().parent.parent / "prompts"
LANGUAGE_NAMES = {"en": "English", "ko": "Korean", "zh": "Simplified Chinese"}


@dataclass(frozen=True)
class Prompt:
    """One prompt file: its text and version."""

    name: str
    text: str
    version: str


def load_prompt(name: str, folder: Path | None = None) -> Prompt:
    """A prompt by file stem (`system`, `style-ko`...), from `folder` first if given."""
    for base in (folder, DEFAULT_FOLDER):
        if base is None:
            continue
        path = base / f"{name}.md"
        if path.exists():
            raw = path.read_text("utf-8")
            version = "0"
            if raw.startswith("---\n"):
                head, _, body = raw[4:].partition("\n---\n")
                meta = yaml.safe_load(head) or {}
                version = str(meta.get("version", "0"))
                raw = body
            return Prompt(name, raw.strip(), version)
    raise InputError(folder or DEFAULT_FOLDER, f"no prompt file {name}.md")


@dataclass(frozen=True)
class PromptSet:
    """The prompts of one language pair, and their combined version."""

    system: Prompt
    style: Prompt
    repair: Prompt

    @property
    def version(self) -> str:
        """`system@1+style-ko@1+repair@1:hash`: what a translation memory records."""
        parts = [f"{p.name}@{p.version}" for p in (self.system, self.style, self.repair)]
        digest = hashlib.sha256("".join(p.text for p in (self.system, self.style,
                                                          self.repair)).encode()).hexdigest()
        return "+".join(parts) + ":" + digest[:8]

    def system_text(self, source_lang: str, target_lang: str) -> str:
        """The filled system prompt."""
        return self.system.text.format(source_language=LANGUAGE_NAMES[source_lang],
                                       target_language=LANGUAGE_NAMES[target_lang])


@lru_cache(maxsize=32)
def prompt_set(target_lang: str, folder: Path | None = None) -> PromptSet:
    """The prompts for translating into `target_lang` (read once per run)."""
    return PromptSet(load_prompt("system", folder), load_prompt(f"style-{target_lang}", folder),
                     load_prompt("repair", folder))
