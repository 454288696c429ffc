"""Retry a write when another process holds the database lock longer than busy_timeout.

SQLite already waits ``busy_timeout`` for a lock. A long import in another process can hold it
longer; and in WAL mode a transaction whose snapshot went stale fails at once with SQLITE_BUSY.
A service call is one transaction that rolled back on the error, so running it again is safe.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from typing import TypeVar

import peewee

T = TypeVar("T")
ATTEMPTS = 4
FIRST_DELAY_S = 0.1


class DatabaseBusyError(Exception):
    """Another program kept the database locked; nothing was saved."""


def is_busy(exc: BaseException) -> bool:
    if not isinstance(exc, sqlite3.OperationalError | peewee.OperationalError):
        return False
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def retry_when_busy(action: Callable[[], T], attempts: int = ATTEMPTS,
                    first_delay: float = FIRST_DELAY_S) -> T:
    """Run *action*; when the database is busy, wait (doubling) and run it again."""
    delay = first_delay
    for attempt in range(1, attempts + 1):
        try:
            return action()
        except (sqlite3.OperationalError, peewee.OperationalError) as exc:
            if not is_busy(exc):
                raise
            if attempt == attempts:
                raise DatabaseBusyError(
                    "The database is in use by another program (an import or a backup?). "
                    "Nothing was saved; try again in a moment."
                ) from exc
            time.sleep(delay)
            delay *= 2
    raise AssertionError("unreachable")
