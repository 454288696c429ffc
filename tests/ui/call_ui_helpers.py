"""Driving modal dialogs from tests: act on the dialog once it is up, never block."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

_generation = [0]  # bumped after each test: a driver left waiting must not act in the next


def forget_pending() -> None:
    _generation[0] += 1


def when_modal(kind: type[QDialog], action: Callable[[QDialog], None],
               tries: int = 200, exclude: QDialog | None = None) -> None:
    """Run *action* on the first modal dialog of type *kind* (other than *exclude*) as soon as
    it shows, within the test that asked."""
    generation = _generation[0]

    def poll(left: int = tries) -> None:
        if generation != _generation[0]:
            return
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible() and widget is not exclude:
            widget.activateWindow()  # as the window manager would; keys go to the dialog
            QApplication.processEvents()
            try:
                action(widget)
            finally:
                if widget.isVisible():  # a failed step must not leave the test waiting
                    widget.done(0)
        elif left > 0:
            QTimer.singleShot(10, lambda: poll(left - 1))

    QTimer.singleShot(0, poll)


def local_noon_today() -> datetime:
    """Today 12:00 on this computer's clock, as UTC: "in 1 hour" is still today."""
    local = datetime.now().astimezone().replace(hour=12, minute=0, second=0, microsecond=0)
    return local.astimezone(UTC)
