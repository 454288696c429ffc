"""Contact search, on whichever engine is open: the one interface the list queries, inbound
calls and imports use. The SQL lives in search_sqlite.py (FTS5) and search_postgres.py
(tsvector and pg_trgm); what typed text means is in search_text.py."""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Any

from app.db import search_postgres, search_sqlite
from app.db.connection import is_postgres
from app.db.search_sqlite import BUDGET_MARK, CONTACT_FTS_COLUMNS, COVERED_SORT_COLUMNS
from app.db.search_text import (
    SearchPlan,
    clean_search_text,
    fts_match,
    phone_digits,
    search_digits,
)

__all__ = [
    "BUDGET_MARK", "CONTACT_FTS_COLUMNS", "COVERED_SORT_COLUMNS", "SearchPlan", "fts_match",
    "phone_digits", "search_digits", "plan_contact_search", "run_within_budget",
    "contacts_with_digits", "search_insert_triggers_paused", "index_rows_from",
    "search_index_suspended", "clean_search_text",
]


def plan_contact_search(text: str, sort_columns: tuple[str, ...] = ("name_key",)
                        ) -> SearchPlan | None:
    """How to find contacts matching *text* for a list sorted by *sort_columns*; None when
    *text* filters nothing."""
    text = clean_search_text(text)
    if is_postgres():
        return search_postgres.plan_contact_search(text, sort_columns)
    return search_sqlite.plan_contact_search(text, sort_columns)


def run_within_budget(sql: str, params: list[object], budget_ms: float
                      ) -> list[tuple[Any, ...]] | None:
    if is_postgres():
        return search_postgres.run_within_budget(sql, params, budget_ms)
    return search_sqlite.run_within_budget(sql, params, budget_ms)


def contacts_with_digits(digits: str, limit: int) -> tuple[str, list[object]]:
    """SQL selecting the contacts whose phone digits contain *digits* (inbound calls)."""
    if is_postgres():
        return search_postgres.contacts_with_digits(digits, limit)
    return search_sqlite.contacts_with_digits(digits, limit)


def search_insert_triggers_paused() -> AbstractContextManager[None]:
    """For bulk inserts inside a transaction; call index_rows_from() after each batch."""
    if is_postgres():
        return search_postgres.nothing_to_pause()
    return search_sqlite.search_insert_triggers_paused()


def index_rows_from(contact_id: int | None, phone_id: int) -> None:
    if is_postgres():
        search_postgres.index_rows_from(contact_id, phone_id)
    else:
        search_sqlite.index_rows_from(contact_id, phone_id)


def search_index_suspended() -> AbstractContextManager[None]:
    """For bulk loads inside a transaction: index once at the end instead of row by row."""
    if is_postgres():
        return search_postgres.nothing_to_pause()
    return search_sqlite.search_index_suspended()


