"""Bulk loading: make a large insert inside one transaction cheap, then restore everything.

Row-by-row upkeep of secondary indexes and counter triggers dominates a bulk insert into a
big table (each index insert lands on a random page). Dropping them for the load and
rebuilding them once (one sort per index) is several times faster. All of it is DDL inside
the caller's transaction, so a failed load rolls the indexes and triggers back with the rows.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from app.db.connection import PRAGMAS, db, is_postgres

# Page cache during a bulk load; the normal size is restored afterwards.
BULK_CACHE_KIB = 256 * 1024
# Below this many new rows (relative to rows already there) index upkeep is cheaper than a
# rebuild of the whole index.
REBUILD_MIN_ROWS = 50_000


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _row_count(conn: sqlite3.Connection, table: str) -> int:
    return int(conn.execute(f"SELECT count(*) FROM {_quote(table)}").fetchone()[0])


@contextmanager
def bulk_load(tables: Sequence[str], new_rows: int) -> Iterator[None]:
    """Inside a transaction: for loading about *new_rows* rows into *tables*.

    Secondary indexes of *tables* are dropped and recreated at the end when the load is big
    compared with what is already there; the counter and report summary triggers are always
    suspended and the counters and summaries recomputed once at the end. On PostgreSQL
    nothing changes: its counter and summary triggers fire once per statement and its
    indexes stay usable for the people working meanwhile.
    """
    if is_postgres():
        yield
        sync_id_sequences(tuple(tables))
        return
    conn: sqlite3.Connection = db.connection()
    names = tuple(tables)
    marks = ",".join("?" * len(names))
    conn.execute(f"PRAGMA cache_size = {-BULK_CACHE_KIB}")
    existing = conn.execute(
        f"SELECT coalesce(max(value), 0) FROM counter WHERE name IN ({marks})", names
    ).fetchone()[0]
    rebuild = new_rows >= REBUILD_MIN_ROWS and new_rows >= int(existing)
    indexes: list[tuple[str, str]] = []
    if rebuild:
        indexes = conn.execute(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            f"AND tbl_name IN ({marks})", names,
        ).fetchall()
    counters = conn.execute(
        "SELECT name, sql, tbl_name FROM sqlite_master WHERE type = 'trigger' "
        "AND (name LIKE 'counter\\_%' ESCAPE '\\' OR name LIKE 'summary\\_%' ESCAPE '\\') "
        f"AND tbl_name IN ({marks})", names,
    ).fetchall()
    try:
        for name, _ in indexes:
            conn.execute(f"DROP INDEX {_quote(name)}")
        for name, _, _ in counters:
            conn.execute(f"DROP TRIGGER {_quote(name)}")
        yield
        for _, sql in indexes:
            conn.execute(sql)
        for _, sql, _ in counters:
            conn.execute(sql)
        for table in sorted({table for _, _, table in counters}):
            conn.execute("UPDATE counter SET value = ? WHERE name = ?",
                         (_row_count(conn, table), table))
        refill_summaries({table for name, _, table in counters if name.startswith("summary_")})
    finally:
        conn.execute(f"PRAGMA cache_size = {PRAGMAS['cache_size']}")


def refill_summaries(tables: set[str] | Sequence[str]) -> None:
    """Recount the report summaries of *tables* from their rows (after loading with the
    summary triggers off: one grouped pass instead of an upsert per row)."""
    from app.db.migrations.v010_report_summaries import fill_sql, summary_tables

    for table, summary in summary_tables():
        if table in tables:
            db.execute_sql(f"DELETE FROM {summary}")
            db.execute_sql(fill_sql(summary))


def sync_id_sequences(tables: Sequence[str]) -> None:
    """After rows were written with ids of their own (bulk loads, copies between databases):
    move each table's id sequence past the largest id, so the next plain insert gets a free
    one. SQLite needs nothing: its next rowid is always past the largest."""
    if not is_postgres():
        return
    for table in tables:
        db.execute_sql(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
            f"coalesce((SELECT max(id) FROM {_quote(table)}), 0) + 1, false)")
