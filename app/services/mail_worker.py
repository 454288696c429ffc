"""The outbox worker: a thread that sends what is due, wakes when a message is queued, and
otherwise looks again every so often (so messages queued offline go out once the network is
back). It uses its own database connection (peewee keeps one per thread)."""

from __future__ import annotations

import threading
from collections.abc import Callable

from app.db.connection import db
from app.services.errors import ValidationError
from app.services.outbox import SendReport, send_due

POLL_S = 30.0


class OutboxWorker:
    def __init__(self, on_report: Callable[[SendReport], None] | None = None,
                 poll_s: float = POLL_S) -> None:
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._poll_s = poll_s
        self._on_report = on_report
        self._thread: threading.Thread | None = None
        self.last_error = ""

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="outbox", daemon=True)
            self._thread.start()

    def wake(self) -> None:
        self._wake.set()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _run(self) -> None:
        try:
            while not self._stop.is_set():
                self._wake.clear()
                self.step()
                self._wake.wait(self._poll_s)
        finally:
            if not db.is_closed():
                db.close()

    def step(self) -> SendReport | None:
        try:
            report = send_due()
        except ValidationError as exc:  # no account yet: nothing can be sent
            self.last_error = str(exc)
            return None
        except Exception as exc:  # the database went away, a bug: keep the thread alive
            self.last_error = f"{type(exc).__name__}: {exc}"
            return None
        self.last_error = ""
        if self._on_report is not None:
            self._on_report(report)
        return report
