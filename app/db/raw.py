"""Raw SQL on either engine, written once with ``?`` placeholders.

The connection below takes the calls app/db used to make on sqlite3's connection (execute,
executemany) and runs them on the open database, whichever it is; ``insert_id`` replaces
``cursor.lastrowid``, which PostgreSQL has no equivalent of, with ``RETURNING id``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from app.db.connection import db, is_postgres

# A plain "INSERT INTO t (a, b) VALUES (?, ?)": on a server its rows go many to a statement.
_PLAIN_INSERT = re.compile(
    r"\s*INSERT\s+INTO\s+[\w\"]+\s*\([^()]*\)\s*VALUES\s*(\(\s*\?(?:\s*,\s*\?)*\s*\))\s*",
    re.IGNORECASE)
ROWS_PER_STATEMENT = 1000
MAX_PARAMETERS = 30_000  # the protocol allows 65,535 per statement


class RawConnection:
    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return db.execute_sql(sql, tuple(params))

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        if is_postgres():
            _server_executemany(sql, [tuple(r) for r in rows])
            return
        db.connection().executemany(sql, rows)


def _server_executemany(sql: str, batch: list[tuple[Any, ...]]) -> None:
    """Every statement fires the tables' statement triggers (row counters, change news), and
    a counter row updated once per row of a long transaction gets slower with every update.
    So a plain INSERT sends up to ROWS_PER_STATEMENT rows in one multi-row VALUES statement;
    anything else runs row by row."""
    from app.db.postgres import to_pyformat

    if not batch:
        return
    match = _PLAIN_INSERT.fullmatch(sql)
    with db.connection().cursor() as cursor:
        if match is None:
            cursor.executemany(to_pyformat(sql), batch)
            return
        row = match.group(1)
        per_statement = max(1, min(ROWS_PER_STATEMENT, MAX_PARAMETERS // row.count("?")))
        head, placeholders = to_pyformat(sql[:match.start(1)]), to_pyformat(row)
        for start in range(0, len(batch), per_statement):
            chunk = batch[start:start + per_statement]
            cursor.execute(head + ",".join([placeholders] * len(chunk)),
                           [value for values in chunk for value in values])


_RAW = RawConnection()


def connection() -> RawConnection:
    return _RAW


def insert_id(sql: str, params: Sequence[Any] = ()) -> int:
    """Run an INSERT of one row and return the id it was given."""
    row = db.execute_sql(sql + " RETURNING id", tuple(params)).fetchone()
    return int(row[0])


def contains_pattern(text: str) -> str:
    """A LIKE pattern (with ESCAPE '\\') matching values that contain the case-folded *text*."""
    folded = text.casefold()
    escaped = folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def copy_rows(table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """Insert many rows at once: PostgreSQL's COPY (several times faster than batched
    INSERTs over a connection), SQLite's executemany (already in-process)."""
    if is_postgres():
        names = ", ".join(columns)
        with db.connection().cursor() as cursor, cursor.copy(
                f"COPY {table} ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        return
    marks = ", ".join("?" * len(columns))
    db.connection().executemany(
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)
