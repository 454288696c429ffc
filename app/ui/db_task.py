"""Slow database work (imports, exports, undo) run on the QThreadPool.

The work runs in a pool thread, where peewee opens that thread's own SQLite connection to
the same file (connections are per thread), and closes it when the work is done. Progress
comes back through queued signals; cancel() makes the next progress report stop the work,
whose transaction then rolls back."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable

from PySide6.QtCore import QRunnable, QThreadPool

from app.db.connection import db
from app.io.records import ImportFormatError
from app.services.errors import NotFoundError, ValidationError
from app.services.exporter import ExportCancelled
from app.services.import_types import ImportCancelled, Progress
from app.ui.db_task_signals import DbTaskSignals

CANCELLED = (ImportCancelled, ExportCancelled)


class DbTask(QRunnable):
    def __init__(self, work: Callable[[Progress], object]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = DbTaskSignals()
        self._work = work
        self._cancel = threading.Event()
        self.done = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def _progress(self, done: int, total: int) -> bool:
        self.signals.progress.emit(done, total)
        return not self._cancel.is_set()

    def start(self) -> None:
        QThreadPool.globalInstance().start(self)

    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except CANCELLED:
            self.signals.cancelled.emit()
        except ValidationError as exc:
            self.signals.failed.emit(f"{exc.field}: {exc.message}")
        except (ImportFormatError, NotFoundError, OSError, sqlite3.Error, ValueError) as exc:
            self.signals.failed.emit(str(exc))
        except Exception as exc:  # shown as one line; never a traceback
            self.signals.failed.emit(f"unexpected {type(exc).__name__}: {exc}")
        else:
            self.signals.finished.emit(result)
        finally:
            if db.obj is not None and not db.is_closed():
                db.close()
            self.done.set()
