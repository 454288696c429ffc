"""Startup measurement: with CALLDESK_EXIT_AFTER_PAINT=1 the GUI prints the wall-clock time of
its first painted main window (``painted <epoch seconds>``) and quits. Used by `make bench`."""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

ENV_VAR = "CALLDESK_EXIT_AFTER_PAINT"


class FirstPaintProbe(QObject):
    """Waits for the first Paint event of a main window; once that paint has been delivered
    (the next turn of the event loop), reports the time and quits the application."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._fired = False
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (not self._fired and event.type() == QEvent.Type.Paint
                and isinstance(watched, QMainWindow)):
            self._fired = True
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print(f"painted {time.time():.6f}", flush=True)
        sys.stdout.flush()
        self._app.quit()


def exit_after_first_paint() -> None:
    from app.ui.application import make_application

    FirstPaintProbe(make_application())
