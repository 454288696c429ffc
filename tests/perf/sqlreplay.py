"""The raw-sqlite3 side of every database-bound figure: record the statements the app runs
(with their parameters bound, via the trace callback) and replay them on a plain connection."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager

from app.db.connection import PRAGMAS, db

_READS = ("SELECT", "WITH", "VALUES")


@contextmanager
def captured_sql() -> Iterator[list[str]]:
    """Statements the app's connection runs inside the block (reads only: replaying writes
    would change the data)."""
    statements: list[str] = []
    conn: sqlite3.Connection = db.connection()

    def keep(sql: str) -> None:
        if sql.lstrip().upper().startswith(_READS):
            statements.append(sql)

    conn.set_trace_callback(keep)
    try:
        yield statements
    finally:
        conn.set_trace_callback(None)


def raw_connection(path: str) -> sqlite3.Connection:
    """A plain connection with the same cache settings as the app's, for a fair comparison."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA cache_size = {PRAGMAS['cache_size']}")
    conn.execute(f"PRAGMA temp_store = {PRAGMAS['temp_store']}")
    return conn


def replay_ms(conn: sqlite3.Connection, statements: list[str]) -> float:
    """Milliseconds plain sqlite3 takes to run *statements* and fetch every row."""
    started = time.perf_counter()
    for sql in statements:
        conn.execute(sql).fetchall()
    return (time.perf_counter() - started) * 1000
