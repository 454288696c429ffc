"""The one question every editor asks before unsaved edits are thrown away."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def confirm_discard(parent: QWidget, message: str) -> bool:
    """True when the person agrees to drop the unsaved edits *message* describes."""
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("DiscardPrompt", "Discard changes?"), message,
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel)
    return answer == QMessageBox.StandardButton.Discard
