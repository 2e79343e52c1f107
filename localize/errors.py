"""The domain errors of localize: one small tree, turned into clean messages by the CLI."""

from __future__ import annotations

from pathlib import Path


class LocalizeError(Exception):
    """Base of every error localize raises on purpose."""

    exit_code = 1


class InputError(LocalizeError):
    """A file the user gave cannot be used: missing, unreadable, wrong format, too large."""

    exit_code = 2

    def __init__(self, path: Path | str | None, problem: str, line: int | None = None) -> None:
        self.path = str(path) if path is not None else None
        self.problem = problem
        self.line = line
        super().__init__(self.message)

    @property
    def message(self) -> str:
        if self.path is None and self.line is None:
            return self.problem  # about the command itself, not about a file
        where = self.path or "<input>"
        if self.line is not None:
            where = f"{where}:{self.line}"
        return f"{where}: {self.problem}"


class OutputExistsError(LocalizeError):
    """Writing would overwrite a file the user already has."""

    exit_code = 2

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(f"{path}: already exists (use --force to overwrite)")


class DefectiveSourceError(LocalizeError):
    """A segment holds a source defect and the caller did not allow processing it."""

    exit_code = 2
