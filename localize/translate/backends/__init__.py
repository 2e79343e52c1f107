"""Translation backends: one method each, `translate(request) -> answer`.

A backend answers what it can; the pipeline gives what is left to the next backend, so no
backend knows another. The CLI is the only place that resolves backend names.
"""

from localize.translate.backends.base import Backend
from localize.translate.backends.fake import FakeBackend
from localize.translate.backends.memory import MemoryBackend

__all__ = ["Backend", "FakeBackend", "MemoryBackend"]
