"""Search on PostgreSQL: every typed word as a prefix of a word in the contact's tsvector
(GIN), and phone-digit substrings through pg_trgm (GIN on phone.digits).

Both sides of the word match are folded by the server's calldesk_fold (migration v002), so
'sohne' finds Söhne and Devanagari words stay whole. The planner chooses between walking the
sort index and sorting the matches itself: no plan hints here.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from app.db.connection import db
from app.db.search_text import SearchPlan, phone_digits, search_words


def tsquery_text(words: list[str]) -> str:
    """to_tsquery input: each word quoted (so no character of it is an operator), as a
    prefix, all of them required."""
    quoted = ("'" + w.replace("\\", "\\\\").replace("'", "''") + "':*" for w in words)
    return " & ".join(quoted)


_TEXT_IDS = ("SELECT id FROM contact WHERE search_doc @@ "
             "to_tsquery('simple', calldesk_fold(?))")
_PHONE_IDS = "SELECT contact_id AS id FROM phone WHERE digits LIKE ?"


def plan_contact_search(text: str, sort_columns: tuple[str, ...] = ("name_key",)
                        ) -> SearchPlan | None:
    words = search_words(text)
    digits = phone_digits(text)
    if not words and not digits:
        return None
    parts: list[str] = []
    params: list[object] = []
    if words:
        parts.append(_TEXT_IDS)
        params.append(tsquery_text(words))
    if digits:
        parts.append(_PHONE_IDS)
        params.append(f"%{digits}%")
    return SearchPlan(" UNION ".join(parts), params, dense=False)


def run_within_budget(sql: str, params: list[object], budget_ms: float
                      ) -> list[tuple[Any, ...]] | None:
    """The plan never asks to walk first on a server; run the statement as it is."""
    return list(db.execute_sql(sql, params).fetchall())


def contacts_with_digits(digits: str, limit: int) -> tuple[str, list[object]]:
    return ("SELECT DISTINCT contact_id FROM phone WHERE digits LIKE ? LIMIT ?",
            [f"%{digits}%", limit])


@contextmanager
def nothing_to_pause() -> Iterator[None]:
    """The tsvector is kept by a row trigger and the trigram index by the table itself:
    bulk writers need no pause and no rebuild."""
    yield


def index_rows_from(contact_id: int | None, phone_id: int) -> None:
    """Rows are indexed as they are written."""
