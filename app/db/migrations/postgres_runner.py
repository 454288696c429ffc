"""Running the migration ladder on a PostgreSQL server: the version in a one-row table, every
pending step and its version bump in one transaction, under an advisory lock."""

from __future__ import annotations

from peewee import Database, DatabaseError

_UPGRADE_LOCK = 0x43616C6C  # any constant: the advisory lock key of schema upgrades


def _version_table_exists(database: Database) -> bool:
    row = database.execute_sql("SELECT to_regclass('schema_version') IS NOT NULL").fetchone()
    return bool(row[0])


def server_schema_version(database: Database) -> int:
    if not _version_table_exists(database):
        return 0
    row = database.execute_sql("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def migrate_server(database: Database, steps: list[str], target: int, latest: int) -> int:
    from app.db.migrations import MigrationError, too_new_message

    current = server_schema_version(database)
    if current > latest:
        raise MigrationError(too_new_message(current))
    if current >= target:
        return 0
    conn = database.connection()
    try:
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (_UPGRADE_LOCK,))
            # Another client may have upgraded while this one waited for the lock.
            conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            row = conn.execute("SELECT max(version) FROM schema_version").fetchone()
            current = int(row[0] or 0)
            for version in range(current + 1, target + 1):
                conn.execute(steps[version - 1])
                conn.execute("DELETE FROM schema_version")
                conn.execute("INSERT INTO schema_version (version) VALUES (%s)", (version,))
    except Exception as exc:
        if isinstance(exc, MigrationError):
            raise
        if not isinstance(exc, DatabaseError) and "psycopg" not in type(exc).__module__:
            raise
        raise MigrationError(
            f"Upgrading the database from version {current} to {target} failed, nothing was "
            f"changed: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}"
        ) from exc
    return max(0, target - current)
