"""The layout shows the architecture: the ground floor (`document/`, `text/`) imports
nothing above it, and the features above it use one another only through their packages'
public names, never their internals."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "localize"
GROUND = ("document", "text")
SHARED = ("findings", "errors", "textfile")
"""Small top-level modules every layer may use (the finding type, the error tree, safe
file reading)."""


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text("utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append(node.module)
        elif isinstance(node, ast.Import):
            found.extend(alias.name for alias in node.names)
    return [name for name in found if name == "localize" or name.startswith("localize.")]


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def _layer(path: Path) -> str:
    parts = path.relative_to(PACKAGE).parts
    return parts[0].removesuffix(".py") if parts else ""


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_point_down_and_through_public_names(path: Path) -> None:
    layer = _layer(path)
    for name in _imports(path):
        parts = name.split(".")
        target = parts[1] if len(parts) > 1 else ""
        if target == layer or target in SHARED or layer in ("cli", "__init__"):
            continue
        if layer in GROUND:
            assert target in GROUND, f"{path.name}: the ground floor imports {name}"
            continue
        if target in GROUND:
            continue
        assert len(parts) == 2, f"{path.relative_to(PACKAGE)} reaches into {name}"
