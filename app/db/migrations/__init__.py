"""Ordered schema steps, each with its version bump; the pending steps commit together.

One ladder builds both engines: each step is SQLite DDL (``SQL``), translated for PostgreSQL by
``postgres_ddl`` unless the step carries its own ``POSTGRES`` text. On SQLite the version lives
in ``PRAGMA user_version`` and a copy of the file is taken (into the backups folder) before an
existing database is upgraded; on PostgreSQL it lives in the ``schema_version`` table and the
upgrade holds an advisory lock, so two clients starting at once upgrade once. Either way all
pending steps commit together, so a failed upgrade leaves the database as it was.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from peewee import Database, SqliteDatabase

from app.db.migrations import (
    v001_core,
    v002_search,
    v003_counters,
    v004_perf_indexes,
    v005_team,
    v006_email,
    v007_gst,
    v008_reports,
    v009_mail_rules,
    v010_report_summaries,
    v011_server_search_walk,
)
from app.db.migrations.postgres_ddl import step_sql

_MODULES = [v001_core, v002_search, v003_counters, v004_perf_indexes, v005_team,
            v006_email, v007_gst, v008_reports, v009_mail_rules,
            v010_report_summaries, v011_server_search_walk]
STEPS: list[str] = [m.SQL for m in _MODULES]
POSTGRES_STEPS: list[str] = [step_sql(m) for m in _MODULES]
LATEST_VERSION = len(STEPS)


class MigrationError(Exception):
    """A schema step failed; the database was left at the version it had before."""


def schema_version(database: Database) -> int:
    database = getattr(database, "obj", None) or database  # the proxy: what it stands for
    if not isinstance(database, SqliteDatabase):
        from app.db.migrations.postgres_runner import server_schema_version

        return server_schema_version(database)
    return int(database.execute_sql("PRAGMA user_version").fetchone()[0])


def migrate_to_latest(database: Database, path: str, target: int | None = None) -> int:
    """Run every pending step up to *target* (the latest); returns the number of steps run."""
    target = LATEST_VERSION if target is None else target
    database = getattr(database, "obj", None) or database
    if not isinstance(database, SqliteDatabase):
        from app.db.migrations.postgres_runner import migrate_server

        return migrate_server(database, POSTGRES_STEPS, target, LATEST_VERSION)
    current = schema_version(database)
    if current > LATEST_VERSION:
        raise MigrationError(too_new_message(current))
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


def too_new_message(current: int) -> str:
    return (f"This database has schema version {current}, newer than this CallDesk "
            f"({LATEST_VERSION}). Please update CallDesk.")


def copy_before_migration(database: SqliteDatabase, path: str, version: int) -> Path:
    """Copy the whole database (WAL included, via the backup API) into the backups folder."""
    from app.db.backup import take_backup

    return take_backup(path, f"before-upgrade-v{version}", connection=database.connection())
