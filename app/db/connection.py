"""The one database connection of a process, opened on demand (never at import time)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from peewee import DatabaseError, DatabaseProxy, SqliteDatabase

from app.db.sqlite_database import CallDeskDatabase

db = DatabaseProxy()

BUSY_TIMEOUT_MS = 5000

PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": "normal",
    "foreign_keys": 1,
    "busy_timeout": BUSY_TIMEOUT_MS,
    "cache_size": -32000,  # 32 MB page cache
    "temp_store": "memory",
}


def pragmas_for(target: str) -> dict[str, object]:
    """WAL everywhere except on network file systems, where it is unsafe: rollback journal."""
    from app.db.filesystems import network_filesystem

    if network_filesystem(target) is None:
        return dict(PRAGMAS)
    return {**PRAGMAS, "journal_mode": "delete", "synchronous": "full"}


class DatabaseOpenError(Exception):
    """The file cannot be opened as a CallDesk database."""


def open_database(path: str | Path, *, migrate: bool = True) -> SqliteDatabase:
    """Open (creating if needed) the database at *path*, bind the proxy and migrate it."""
    target = str(path)
    if target != ":memory:":
        from app.db.file_check import not_calldesk_reason

        reason = not_calldesk_reason(target)  # before any pragma writes to the file
        if reason is not None:
            raise DatabaseOpenError(f"{target} is not a database CallDesk can open: {reason}; "
                                    "nothing was changed")
        parent = Path(target).expanduser().resolve().parent
        parent.mkdir(parents=True, exist_ok=True)
    # Write transactions take the write lock when they begin (waiting up to busy_timeout for
    # another process), never half way through, where WAL would fail them with SQLITE_BUSY.
    database = CallDeskDatabase(target, pragmas=pragmas_for(target), check_same_thread=False,
                                lock_type="IMMEDIATE")
    try:
        database.connect(reuse_if_open=True)
        database.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
    except (sqlite3.DatabaseError, DatabaseError) as exc:  # peewee wraps sqlite3's errors
        database.close()
        raise DatabaseOpenError(f"{target} is not a database CallDesk can open: {exc}") from exc
    db.initialize(database)
    if migrate:
        from app.db.migrations import migrate_to_latest

        migrate_to_latest(database, target)
    return database


def close_database() -> None:
    if db.obj is not None and not db.is_closed():
        db.close()
