"""The one database connection of a process, opened on demand (never at import time)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from peewee import DatabaseError, DatabaseProxy, SqliteDatabase

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


class DatabaseOpenError(Exception):
    """The file cannot be opened as a CallDesk database."""


def open_database(path: str | Path, *, migrate: bool = True) -> SqliteDatabase:
    """Open (creating if needed) the database at *path*, bind the proxy and migrate it."""
    target = str(path)
    if target != ":memory:":
        parent = Path(target).expanduser().resolve().parent
        parent.mkdir(parents=True, exist_ok=True)
    database = SqliteDatabase(target, pragmas=PRAGMAS, check_same_thread=False)
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
