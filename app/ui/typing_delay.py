"""Search as you type: a burst of keystrokes becomes one query, run once typing pauses."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLineEdit

TYPING_DELAY_MS = 60


def after_typing(edit: QLineEdit, run: Callable[[], None], parent: QObject,
                 delay_ms: int = TYPING_DELAY_MS) -> QTimer:
    """Run *run* once *edit* has not changed for *delay_ms*; the timer is returned so a
    caller can run the query at once (stop it) or ask whether one is pending."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(delay_ms)
    timer.timeout.connect(run)
    edit.textChanged.connect(lambda _text: timer.start())
    return timer
