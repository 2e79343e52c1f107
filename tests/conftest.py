"""Shared fixtures: where the project's samples and the shared corpus are."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
DATA = Path(__file__).resolve().parent / "data"
CORPUS = ROOT.parent / "shared" / "corpus"


def sample_paths() -> list[Path]:
    """Every canonical sample of the project."""
    return sorted(SAMPLES.glob("*.md"))


@pytest.fixture
def corpus() -> Path:
    """The shared corpus folder; tests using it are skipped where it is absent."""
    if not (CORPUS / "manifest.json").exists():
        pytest.skip("shared corpus not present")
    return CORPUS


@pytest.fixture
def manifest(corpus: Path) -> list[dict[str, Any]]:
    """What a correct import of the summary page finds, per summary."""
    data: list[dict[str, Any]] = json.loads((corpus / "manifest.json").read_text("utf-8"))
    return data
