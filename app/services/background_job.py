"""Long jobs on the database (importing, undoing an import, exporting) run in a child process.

Cleaning a hundred thousand rows is Python work; in a thread of the window's process it would
hold the interpreter lock that every painted table cell needs too, and the window would stall.
The child opens its own connection to the same file, reports progress through a pipe, stops
when the pipe says "cancel", and sends back one final message:

    ("progress", done, total) ... then ("finished", result) | ("cancelled",) | ("failed", text)

A job's writes are one transaction, so a child that is stopped or dies writes nothing.
"""

from __future__ import annotations

import multiprocessing
import signal
import sqlite3
import sys
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from app.services.import_types import Progress

PROGRESS_EVERY_S = 0.05  # enough for a smooth bar, few enough not to flood the window


def _import(progress: Progress, **kwargs: Any) -> object:
    from app.services.importer import import_file

    return import_file(progress=progress, **kwargs)


def _undo_import(progress: Progress) -> object:
    from app.services.importer import undo_last_import

    return undo_last_import()


def _export(progress: Progress, **kwargs: Any) -> object:
    from app.services.exporter import export_contacts

    return export_contacts(progress=progress, **kwargs)


JOBS: dict[str, Callable[..., object]] = {
    "import": _import, "undo_import": _undo_import, "export": _export,
}


class _Reporter:
    """The job's progress callback: sends progress now and then, answers "go on?"."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.cancelled = False
        self.last_sent = 0.0

    def __call__(self, done: int, total: int) -> bool:
        while self.conn.poll():
            if self.conn.recv() == "cancel":
                self.cancelled = True
        now = time.monotonic()
        if now - self.last_sent >= PROGRESS_EVERY_S or done >= total:
            self.conn.send(("progress", done, total))
            self.last_sent = now
        return not self.cancelled


def failure_text(exc: BaseException) -> str:
    """One line for a person, never a traceback."""
    import peewee

    from app.db.errors import describe_storage_error
    from app.io.records import ImportFormatError
    from app.services.errors import NotFoundError, ValidationError

    if isinstance(exc, ValidationError):
        return f"{exc.field}: {exc.message}"
    if isinstance(exc, sqlite3.Error | peewee.DatabaseError | OSError):
        return describe_storage_error(exc)
    if isinstance(exc, ImportFormatError | NotFoundError | OSError | sqlite3.Error | ValueError):
        return str(exc)
    return f"unexpected {type(exc).__name__}: {exc}"


def run_job(conn: Connection, db_path: str, job: str, kwargs: dict[str, Any]) -> None:
    """The child process's whole life: open, run *job*, send the outcome, close."""
    from app.db.connection import close_database, open_database
    from app.services.exporter import ExportCancelled
    from app.services.import_types import ImportCancelled

    # Stopped by the window (SIGTERM): unwind, so a half-written export file is removed too.
    signal.signal(signal.SIGTERM, lambda _signum, _frame: sys.exit(1))
    # A job may start a process of its own (an import cleans a big file in one), which
    # multiprocessing refuses to a daemonic process. The job stops it on the way out, and
    # it ends by itself once this process's end of their pipe closes.
    multiprocessing.current_process().daemon = False
    try:
        open_database(db_path, migrate=False)  # the window's process migrated it
        result = JOBS[job](_Reporter(conn), **kwargs)
    except (ImportCancelled, ExportCancelled):
        conn.send(("cancelled",))
    except Exception as exc:
        conn.send(("failed", failure_text(exc)))
    else:
        conn.send(("finished", result))
    finally:
        close_database()
        conn.close()
