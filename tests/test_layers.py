"""The UI-free layers never import Qt or the UI, directly or through each other."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parents[1] / "app"
UI_FREE = ["db", "services", "io", "pdf", "seed"]


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("package", UI_FREE)
def test_ui_free_packages_never_import_qt(package: str) -> None:
    offenders = []
    for path in sorted((APP / package).rglob("*.py")):
        for name in _imports(path):
            if name.split(".")[0] == "PySide6" or name == "app.ui" or name.startswith("app.ui."):
                offenders.append(f"{path.relative_to(APP.parent)} imports {name}")
    assert offenders == []


def test_db_layer_does_not_import_services() -> None:
    offenders = [
        f"{path.relative_to(APP.parent)} imports {name}"
        for path in sorted((APP / "db").rglob("*.py"))
        for name in _imports(path)
        if name.startswith("app.services") or name.startswith("app.ui")
    ]
    assert offenders == []
