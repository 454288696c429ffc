"""The raw-psycopg side of the figures on a PostgreSQL server: record the statements the
app's connection runs (as sent, with their parameters) and replay them on a plain psycopg
connection of their own."""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import psycopg

from app.db.connection import db
from app.db.postgres import to_pyformat

_READS = ("SELECT", "WITH", "VALUES")
Statement = tuple[str, Any]


@contextmanager
def captured_sql() -> Iterator[list[Statement]]:
    """Reads the app's connection runs inside the block (replaying writes would change the
    data): every statement goes through a cursor, so a recording cursor class sees them."""
    statements: list[Statement] = []

    class Recording(psycopg.Cursor):  # type: ignore[type-arg]
        def execute(self, query: Any, params: Any = None, **kwargs: Any) -> Any:
            text = query if isinstance(query, str) else query.as_string(self)
            if text.lstrip().upper().startswith(_READS):
                statements.append((text, None if params is None else tuple(params)))
            return super().execute(query, params, **kwargs)

    conn = db.connection()
    previous = conn.cursor_factory
    conn.cursor_factory = Recording
    try:
        yield statements
    finally:
        conn.cursor_factory = previous


class RawServer:
    """A plain psycopg connection taking the `?` statements the figures pick samples with."""

    def __init__(self, url: str) -> None:
        self.conn = psycopg.connect(url, autocommit=True)

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.conn.execute(to_pyformat(sql), tuple(params))

    def close(self) -> None:
        self.conn.close()


def replay_ms(raw: RawServer, statements: list[Statement]) -> float:
    """Milliseconds plain psycopg takes to run *statements* and fetch every row. A statement
    the app ran under a time budget (a walk that may give up) gets the same budget here."""
    from app.db.search_postgres import BUDGET_MARK

    started = time.perf_counter()
    for sql, params in statements:
        at = sql.rfind(BUDGET_MARK)
        if at < 0:
            raw.conn.execute(sql, params).fetchall()
            continue
        budget = sql[at + len(BUDGET_MARK):].split()[0]
        try:
            with raw.conn.transaction():
                raw.conn.execute(f"SET LOCAL statement_timeout = '{float(budget):g}ms'")
                raw.conn.execute(sql, params).fetchall()
        except psycopg.errors.QueryCanceled:
            pass
    return (time.perf_counter() - started) * 1000
