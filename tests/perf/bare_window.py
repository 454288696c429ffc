"""Baseline for the startup figure: the smallest PySide6 program that paints a main window.
Prints ``painted <epoch seconds>`` after its first paint, like CallDesk's startup probe."""

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class _Probe(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.fired = False
        app.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if not self.fired and event.type() == QEvent.Type.Paint and isinstance(
                watched, QMainWindow):
            self.fired = True
            QTimer.singleShot(0, self.report)
        return False

    def report(self) -> None:
        print(f"painted {time.time():.6f}", flush=True)
        QApplication.quit()


if __name__ == "__main__":
    app = QApplication(sys.argv[:1])
    probe = _Probe(app)
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()
    sys.exit(app.exec())
