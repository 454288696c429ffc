"""File dialogs that start where a person keeps files: the folder used last for the same
kind of file, else Documents (never the folder the program was started from)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from app.ui.ui_settings import ui_settings


def start_folder(kind: str) -> Path:
    """The last folder a *kind* of file ('pdf', 'ics', 'export', 'import', 'logo') was
    saved to or opened from, while it exists; Documents otherwise (home without one)."""
    last = ui_settings().value(f"files/{kind}", "")
    if isinstance(last, str) and last and Path(last).is_dir():
        return Path(last)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def remember_folder(kind: str, path: str) -> None:
    settings = ui_settings()
    settings.setValue(f"files/{kind}", str(Path(path).parent))
    settings.sync()


def save_file_name(parent: QWidget | None, kind: str, title: str, name: str,
                   patterns: str) -> tuple[str, str]:
    """(path, chosen filter), path '' when cancelled; *name* is proposed in the start folder."""
    path, chosen = QFileDialog.getSaveFileName(parent, title, str(start_folder(kind) / name),
                                               patterns)
    if path:
        remember_folder(kind, path)
    return path, chosen


def open_file_name(parent: QWidget | None, kind: str, title: str, patterns: str) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, title, str(start_folder(kind)), patterns)
    if path:
        remember_folder(kind, path)
    return path
