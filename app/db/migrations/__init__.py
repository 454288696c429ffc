"""Ordered schema steps, each with its version bump; the pending steps commit together.

The schema version lives in ``PRAGMA user_version``. A copy of the file is taken (into the
backups folder) before an existing database is upgraded, and all pending steps commit together,
so a failed upgrade leaves the file as it was.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from peewee import SqliteDatabase

from app.db.migrations import v001_core, v002_search, v003_counters, v004_perf_indexes

STEPS: list[str] = [v001_core.SQL, v002_search.SQL, v003_counters.SQL, v004_perf_indexes.SQL]
LATEST_VERSION = len(STEPS)


class MigrationError(Exception):
    """A schema step failed; the database was left at the version it had before."""


def schema_version(database: SqliteDatabase) -> int:
    return int(database.execute_sql("PRAGMA user_version").fetchone()[0])


def migrate_to_latest(database: SqliteDatabase, path: str, target: int | None = None) -> int:
    """Run every pending step up to *target* (the latest); returns the number of steps run."""
    target = LATEST_VERSION if target is None else target
    current = schema_version(database)
    if current > LATEST_VERSION:
        raise MigrationError(
            f"This database has schema version {current}, newer than this CallDesk "
            f"({LATEST_VERSION}). Please update CallDesk."
        )
    if current >= target:
        return 0
    if current > 0 and path != ":memory:":
        copy_before_migration(database, path, current)
    conn: sqlite3.Connection = database.connection()
    # All pending steps, each with its version bump, commit together: a step that fails
    # rolls every step back, so the file stays exactly at the version it had.
    script = "BEGIN IMMEDIATE;\n" + "".join(
        f"{STEPS[version - 1]}\nPRAGMA user_version = {version};\n"
        for version in range(current + 1, target + 1)
    ) + "COMMIT;"
    try:
        conn.executescript(script)
    except sqlite3.Error as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise MigrationError(
            f"Upgrading the database from version {current} to {target} failed, nothing was "
            f"changed: {exc}"
        ) from exc
    return target - current


def copy_before_migration(database: SqliteDatabase, path: str, version: int) -> Path:
    """Copy the whole database (WAL included, via the backup API) into the backups folder."""
    from app.db.backup import take_backup

    return take_backup(path, f"before-upgrade-v{version}", connection=database.connection())
