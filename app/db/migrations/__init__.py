"""Ordered schema steps. Each step runs in one transaction together with its version bump.

The schema version lives in ``PRAGMA user_version``. A copy of the file is taken before the
first step that changes an existing database, so a failed upgrade can always be undone by hand.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from peewee import SqliteDatabase

from app.db.migrations import v001_core, v002_search, v003_counters, v004_perf_indexes

STEPS: list[str] = [v001_core.SQL, v002_search.SQL, v003_counters.SQL, v004_perf_indexes.SQL]
LATEST_VERSION = len(STEPS)


class MigrationError(Exception):
    """A schema step failed; the database was left at the version it had before."""


def schema_version(database: SqliteDatabase) -> int:
    return int(database.execute_sql("PRAGMA user_version").fetchone()[0])


def migrate_to_latest(database: SqliteDatabase, path: str, target: int = LATEST_VERSION) -> int:
    """Run every pending step up to *target*; returns the number of steps run."""
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
    for version in range(current + 1, target + 1):
        script = (f"BEGIN IMMEDIATE;\n{STEPS[version - 1]}\n"
                  f"PRAGMA user_version = {version};\nCOMMIT;")
        try:
            conn.executescript(script)
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise MigrationError(
                f"Upgrading the database to version {version} failed: {exc}"
            ) from exc
    return target - current


def copy_before_migration(database: SqliteDatabase, path: str, version: int) -> Path:
    """Copy the whole database (WAL included, via the backup API) next to the file."""
    source = Path(path)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    dest = source.with_name(f"{source.stem}.v{version}-{stamp}.pre-migration{source.suffix}")
    target = sqlite3.connect(dest)
    try:
        database.connection().backup(target)
    finally:
        target.close()
    return dest



