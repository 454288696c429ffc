"""Database and file errors told in words a person can act on."""

from __future__ import annotations

import errno
import sqlite3

import peewee

_DATABASE_ERRORS = (sqlite3.Error, peewee.DatabaseError)
# What a failed write to the database or a file raises: callers show describe_storage_error().
STORAGE_ERRORS = (sqlite3.Error, peewee.DatabaseError, OSError)


# How a PostgreSQL client says the server went away (psycopg's messages).
_CONNECTION_LOST = ("server closed the connection", "connection is lost", "connection is closed",
                    "terminating connection", "connection refused", "consuming input failed",
                    "the connection is lost")


def is_disk_full(exc: BaseException) -> bool:
    """Whether *exc* (or an error it came from) says the disk is full."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OSError) and current.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        if isinstance(current, _DATABASE_ERRORS) and "disk is full" in str(current).lower():
            return True
        current = current.__cause__ or current.__context__
    return False


def describe_storage_error(exc: BaseException) -> str:
    """One line for a failed write to the database or a file: what happened and what to do."""
    if is_disk_full(exc):
        return ("The disk is full: nothing was saved. Free some space on the disk that holds "
                "the file, then try again.")
    text = str(exc)
    lowered = text.lower()
    if isinstance(exc, _DATABASE_ERRORS):
        if "malformed" in lowered or "not a database" in lowered:
            return (f"The database file could not be read ({text}): nothing was saved. "
                    "Run File > Restore from backup, or `calldesk check`.")
        if "readonly" in lowered or "read-only" in lowered:
            return ("The database file is read-only: nothing was saved. Check the file's "
                    "permissions, or open a copy.")
        if any(sign in lowered for sign in _CONNECTION_LOST):
            return ("The connection to the database server was lost: nothing was saved. "
                    "Check the network or the server, then save again (CallDesk reconnects).")
        if "permission denied" in lowered or "row-level security" in lowered:
            return ("The database server refused this change for your role: nothing was "
                    "saved. Ask the owner if you need to make it.")
        if "locked" in lowered or "busy" in lowered:
            return ("The database is in use by another program (an import or a backup?). "
                    "Nothing was saved; try again in a moment.")
        return f"The database refused the change ({text}): nothing was saved."
    if isinstance(exc, OSError):
        return f"{exc.strerror or text}{': ' + str(exc.filename) if exc.filename else ''}"
    return text
