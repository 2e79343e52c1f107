"""Paging long output the way `git diff` does: through `$PAGER` (default `less`), with
`LESS=FRX` unless set, so a screenful prints as is and colours survive."""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator

from rich.console import Console
from rich.pager import Pager


class CommandPager(Pager):
    """Shows text through an external pager; prints it directly when there is none."""

    def __init__(self, console: Console, command: str | None = None) -> None:
        self.console = console
        self.command = command if command is not None else (
            os.environ.get("LOCALIZE_PAGER") or os.environ.get("PAGER") or "less")

    def show(self, content: str) -> None:
        """Pipe `content` to the pager and wait for the reader to quit it."""
        if self.command.strip() in ("", "cat"):
            self._direct(content)
            return
        environment = dict(os.environ)
        environment.setdefault("LESS", "FRX")
        environment.setdefault("LV", "-c")
        try:
            # Through the shell, as git runs it: `$PAGER` may hold options (`less -S`).
            process = subprocess.Popen(self.command, shell=True, stdin=subprocess.PIPE,
                                       env=environment)
        except OSError:
            self._direct(content)
            return
        assert process.stdin is not None
        with contextlib.suppress(BrokenPipeError):  # the reader quit before the end
            process.stdin.write(content.encode("utf-8"))
        with contextlib.suppress(BrokenPipeError):
            process.stdin.close()
        while True:
            try:
                process.wait()
                break
            except KeyboardInterrupt:
                continue  # Ctrl-C belongs to the pager (less searches); wait for it
        if process.returncode == 127:  # the shell found no such pager
            self._direct(content)

    def _direct(self, content: str) -> None:
        file = self.console.file
        file.write(content)
        file.flush()


@contextlib.contextmanager
def paged(console: Console, enabled: bool = True) -> Iterator[None]:
    """Page what is printed inside when `enabled` and the console is a terminal."""
    if not enabled or not console.is_terminal:
        yield
        return
    with console.pager(CommandPager(console), styles=True):
        yield
