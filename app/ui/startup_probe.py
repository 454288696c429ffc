"""Startup measurement: with CALLDESK_EXIT_AFTER_PAINT=1 the GUI prints the wall-clock time of
its first painted main window (``painted <epoch seconds>``) and quits. Used by `make bench`.
With CALLDESK_EXIT_AFTER_PAINT=dialog it waits for the first dialog instead (a file given on
the command line opens the import) and prints what it shows: ``dialog <class> <file> | <texts>``.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMainWindow

ENV_VAR = "CALLDESK_EXIT_AFTER_PAINT"
DIALOG_WAIT_MS = 30_000


class FirstPaintProbe(QObject):
    """Waits for the first Paint event of a main window (or the first shown dialog); once it
    has been delivered (the next turn of the event loop), reports it and quits."""

    def __init__(self, app: QApplication, until_dialog: bool = False) -> None:
        super().__init__(app)
        self._app = app
        self._fired = False
        self._until_dialog = until_dialog
        app.installEventFilter(self)
        if until_dialog:
            QTimer.singleShot(DIALOG_WAIT_MS, self._no_dialog)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._fired:
            return False
        if self._until_dialog:
            if event.type() == QEvent.Type.Show and isinstance(watched, QDialog):
                self._fired = True
                QTimer.singleShot(0, lambda: self._report_dialog(watched))
        elif event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
            self._fired = True
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print(f"painted {time.time():.6f}", flush=True)
        sys.stdout.flush()
        self._app.quit()

    def _report_dialog(self, dialog: QDialog) -> None:
        texts = [label.text() for label in dialog.findChildren(QLabel)
                 if label.isVisibleTo(dialog) and label.text()]
        print(" | ".join([f"dialog {type(dialog).__name__} {dialog.windowFilePath()}", *texts]),
              flush=True)
        self._app.quit()

    def _no_dialog(self) -> None:
        if not self._fired:
            print(f"no dialog within {DIALOG_WAIT_MS // 1000} s", file=sys.stderr, flush=True)
            self._app.exit(1)


def exit_after_first_paint() -> None:
    from app.ui.application import make_application

    FirstPaintProbe(make_application(), until_dialog=os.environ.get(ENV_VAR) == "dialog")
