"""Somebody saved the quote while it was being edited: keep this editor's version (saved over
theirs), or drop it and look at theirs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.services.errors import EditConflict
from app.ui.local_time import local_text

KEEP_MINE, SHOW_THEIRS, CANCEL = "mine", "theirs", "cancel"


def _tr(text: str) -> str:
    return QCoreApplication.translate("QuoteConflict", text)


def ask_about_conflict(parent: QWidget, conflict: EditConflict) -> str:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Changed by someone else"))
    box.setText(_tr("%1 saved this quote at %2, after you opened it.")
                .replace("%1", conflict.changed_by)
                .replace("%2", local_text(conflict.changed_at)))
    box.setInformativeText(_tr("Save yours over theirs, or drop yours and open theirs? "
                               "Cancel keeps editing."))
    mine = box.addButton(_tr("Save mine"), QMessageBox.ButtonRole.AcceptRole)
    theirs = box.addButton(_tr("Open theirs"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    if box.clickedButton() is mine:
        return KEEP_MINE
    if box.clickedButton() is theirs:
        return SHOW_THEIRS
    return CANCEL
