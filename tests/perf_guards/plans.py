"""Helpers for the performance guards: record the SQL a piece of UI runs, and judge plans."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from app.db.connection import db

# Tables that grow with the user's data; a full scan of one of them is never acceptable.
LARGE_TABLES = ("contact", "phone", "email", "call", "appointment", "quote", "quote_line",
                "import_change")
_FULL_SCAN = re.compile(r"\bSCAN (" + "|".join(LARGE_TABLES) + r")\b(?! USING)")


@contextmanager
def recorded_sql() -> Iterator[list[str]]:
    statements: list[str] = []
    conn: sqlite3.Connection = db.connection()
    conn.set_trace_callback(statements.append)
    try:
        yield statements
    finally:
        conn.set_trace_callback(None)


def plan_of(sql: str, params: list[object] | tuple[object, ...] = ()) -> list[str]:
    rows = db.execute_sql("EXPLAIN QUERY PLAN " + sql, list(params)).fetchall()
    return [str(row[3]) for row in rows]


def full_scans(plan: list[str]) -> list[str]:
    return [line for line in plan if _FULL_SCAN.search(line)]


def is_read(sql: str) -> bool:
    return sql.lstrip().upper().startswith(("SELECT", "WITH"))
