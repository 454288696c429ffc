"""Planner hints for SQLite, written so that the same query runs on PostgreSQL, whose planner
takes no hints: on a server each hint is left out (or its column written plainly)."""

from __future__ import annotations

from app.db.connection import is_postgres


def indexed_by(index: str) -> str:
    """``INDEXED BY index`` after a table name: SQLite must use that index."""
    return "" if is_postgres() else f"INDEXED BY {index}"


def unindexed(column: str) -> str:
    """*column* in a condition that SQLite must not answer from an index on it."""
    return column if is_postgres() else "+" + column
