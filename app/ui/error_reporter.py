"""The last line of defence: an error nothing else caught is shown to the person in a message
box (and its traceback printed for a bug report), never only on a terminal nobody reads."""

from __future__ import annotations

import sqlite3
import sys
import traceback
from types import TracebackType

import peewee
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QMessageBox

from app.db.errors import describe_storage_error


class ErrorReporter(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.boxes: list[QMessageBox] = []  # kept alive while shown
        self._previous = sys.excepthook

    def install(self) -> ErrorReporter:
        sys.excepthook = self.report
        return self

    def uninstall(self) -> None:
        if sys.excepthook == self.report:
            sys.excepthook = self._previous

    def text_for(self, exc: BaseException) -> str:
        if isinstance(exc, sqlite3.Error | peewee.DatabaseError | OSError):
            return describe_storage_error(exc)
        return self.tr("Something went wrong (%1: %2). What was saved before is safe; the "
                       "last action may not have been completed.") \
            .replace("%1", type(exc).__name__).replace("%2", str(exc))

    def report(self, kind: type[BaseException], exc: BaseException,
               tb: TracebackType | None) -> None:
        traceback.print_exception(kind, exc, tb, file=sys.stderr)
        if isinstance(exc, KeyboardInterrupt):
            return
        parent = QApplication.activeWindow()
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("CallDesk"), self.text_for(exc),
                          QMessageBox.StandardButton.Ok, parent)
        box.finished.connect(lambda _result, b=box: self._forget(b))
        self.boxes.append(box)
        box.open()  # not exec(): an error inside a nested event loop must not nest another

    def _forget(self, box: QMessageBox) -> None:
        if box in self.boxes:
            self.boxes.remove(box)
        box.deleteLater()
