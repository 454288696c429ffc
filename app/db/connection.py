"""The one database connection of a process, opened on demand (never at import time)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from peewee import (
    Database,
    DatabaseError,
    DatabaseProxy,
    InterfaceError,
    OperationalError,
    ProgrammingError,
)

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


def is_postgres() -> bool:
    """Whether the open database is a PostgreSQL server (for app/db's engine-specific parts
    only: nothing above app/db asks)."""
    from app.db.postgres import CallDeskPostgres

    return isinstance(db.obj, CallDeskPostgres)


def open_database(path: str | Path, *, migrate: bool = True) -> Database:
    """Open (creating if needed) the database at *path* (a file, or a postgresql:// URL),
    bind the proxy and migrate it."""
    target = str(path)
    from app.db.postgres import is_postgres_url

    if is_postgres_url(target):
        return _open_server(target, migrate)
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


def _open_server(url: str, migrate: bool) -> Database:
    from app.db.postgres import PostgresVersionError, connect_failure_message, open_postgres

    try:
        database = open_postgres(url)
    except PostgresVersionError as exc:
        raise DatabaseOpenError(str(exc)) from exc
    except (DatabaseError, InterfaceError, OperationalError, ValueError) as exc:
        # (peewee's ProgrammingError is a DatabaseError: a URL psycopg cannot read)
        raise DatabaseOpenError(connect_failure_message(url, exc)) from exc
    db.initialize(database)
    if migrate:
        from app.db.migrations import migrate_to_latest
        from app.db.roles_postgres import apply_grants

        try:
            if migrate_to_latest(database, url):
                apply_grants()  # tables a new version added, for the team's group roles
            _require_team_member(url)
        except ProgrammingError as exc:
            if "permission denied" not in str(exc):
                raise
            from app.db.postgres import redacted

            database.close()
            raise DatabaseOpenError(
                f"{redacted(url)}: this login has no rights on the CallDesk database; ask the "
                "owner to add it with 'users add' (or to open it once, if it needs an "
                "upgrade).") from exc
    return database


def _require_team_member(url: str) -> None:
    """A login that is not a (still active) CallDesk user of this database is turned away."""
    from app.db.postgres import redacted

    row = db.execute_sql("SELECT calldesk_user_id(), session_user").fetchone()
    if row[0] is None:
        login = row[1]
        db.close()
        raise DatabaseOpenError(
            f"{redacted(url)}: the login {login!r} is not a CallDesk user of this database "
            "(or was disabled); ask the owner to add it with 'users add'.")


def close_database() -> None:
    if db.obj is not None and not db.is_closed():
        db.close()
