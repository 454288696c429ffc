"""Run one blocking call (a server test with its timeouts) in a thread; the result comes back
as a signal in the UI thread, so the window never waits on the network."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal


class ThreadCall(QObject):
    done = Signal(object)  # the call's result
    failed = Signal(object)  # the exception it raised

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker: threading.Thread | None = None

    def start(self, work: Callable[[], object]) -> None:
        def run() -> None:
            try:
                result = work()
            except Exception as exc:  # handed to the window, which shows it as one line
                self.failed.emit(exc)
            else:
                self.done.emit(result)

        self.worker = threading.Thread(target=run, name="calldesk-call", daemon=True)
        self.worker.start()

    def running(self) -> bool:
        return self.worker is not None and self.worker.is_alive()
