"""The raw-sqlite3 side of every database-bound figure: record the statements the app runs
(with their parameters bound, via the trace callback) and replay them on a plain connection.
On a PostgreSQL server the same three functions record and replay through psycopg
(sqlreplay_postgres.py)."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from app.db.connection import PRAGMAS, db, is_postgres
from app.db.search import BUDGET_MARK

_READS = ("SELECT", "WITH", "VALUES")


@contextmanager
def captured_sql() -> Iterator[list[Any]]:
    """Statements the app's connection runs inside the block (reads only: replaying writes
    would change the data)."""
    if is_postgres():
        from tests.perf import sqlreplay_postgres

        with sqlreplay_postgres.captured_sql() as server_statements:
            yield server_statements
        return
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


def raw_connection(path: str) -> Any:
    """A plain connection with the same cache settings as the app's, for a fair comparison
    (on a server: a plain psycopg connection)."""
    if is_postgres():
        from tests.perf.sqlreplay_postgres import RawServer

        return RawServer(path)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA cache_size = {PRAGMAS['cache_size']}")
    conn.execute(f"PRAGMA temp_store = {PRAGMAS['temp_store']}")
    return conn


def _budget_ms(sql: str) -> float | None:
    at = sql.rfind(BUDGET_MARK)
    if at < 0:
        return None
    return float(sql[at + len(BUDGET_MARK):].split()[0])


def replay_ms(conn: Any, statements: list[Any]) -> float:
    """Milliseconds plain sqlite3 takes to run *statements* and fetch every row. A statement
    the app ran under a time budget (a walk that may give up) gets the same budget here."""
    if not isinstance(conn, sqlite3.Connection):
        from tests.perf import sqlreplay_postgres

        return sqlreplay_postgres.replay_ms(conn, statements)
    started = time.perf_counter()
    for sql in statements:
        budget = _budget_ms(sql)
        if budget is None:
            conn.execute(sql).fetchall()
            continue
        deadline = time.perf_counter() + budget / 1000
        conn.set_progress_handler(lambda d=deadline: time.perf_counter() > d, 1000)
        try:
            conn.execute(sql).fetchall()
        except sqlite3.OperationalError as exc:
            if "interrupt" not in str(exc):
                raise
        finally:
            conn.set_progress_handler(None, 0)
    return (time.perf_counter() - started) * 1000
