"""Raw SQL on either engine, written once with ``?`` placeholders.

The connection below takes the calls app/db used to make on sqlite3's connection (execute,
executemany) and runs them on the open database, whichever it is; ``insert_id`` replaces
``cursor.lastrowid``, which PostgreSQL has no equivalent of, with ``RETURNING id``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from app.db.connection import db, is_postgres


class RawConnection:
    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return db.execute_sql(sql, tuple(params))

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        if is_postgres():
            from app.db.postgres import to_pyformat

            batch = [tuple(r) for r in rows]
            if batch:
                with db.connection().cursor() as cursor:
                    cursor.executemany(to_pyformat(sql), batch)
            return
        db.connection().executemany(sql, rows)


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
