"""Search on PostgreSQL: every typed word as a prefix of a word in the contact's tsvector
(GIN), and phone-digit substrings through pg_trgm (GIN on phone.digits).

Both sides of the word match are folded by the server's calldesk_fold (migration v002), so
'sohne' finds Söhne and Devanagari words stay whole.

The planner misjudges how many rows a prefix or a digit piece matches (a hundred matches
estimated as a thousand), and with a LIMIT it then walks the whole sort index testing every
contact: 0.2 s at 100k contacts for four digits. So the plan counts the matches first (up to
just past the point where walking pays off) and says which shape to use: walk the sort index
when matches are dense, else collect the matches and sort only them (contact_list.py).
"""

from __future__ import annotations

import math
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


_TEXT_TEST = "contact.search_doc @@ to_tsquery('simple', calldesk_fold(?))"
_TEXT_IDS = f"SELECT id FROM contact WHERE {_TEXT_TEST}"
_PHONE_IDS = "SELECT contact_id AS id FROM phone WHERE digits LIKE ?"
_PHONE_TEST = f"contact.id IN ({_PHONE_IDS})"
# Walking the sort index finds a page of 200 after about 200 x contacts / matches rows;
# collecting costs about one row visit per match. They cost the same near
# sqrt(200 x contacts) matches (14,000 at 1M contacts); below that the matches are sorted.
PAGE_ROWS = 200
MIN_DENSE_MATCHES = 1000


def dense_from(contacts: int) -> int:
    """How many matches make walking the sort index cheaper than sorting the matches."""
    return max(MIN_DENSE_MATCHES, int(math.sqrt(PAGE_ROWS * max(contacts, 1))))


def _contacts() -> int:
    row = db.execute_sql("SELECT value FROM counter WHERE name = 'contact'").fetchone()
    return int(row[0]) if row else 0


def _probe(subquery: str, params: list[object], cap: int) -> int:
    """Matches of *subquery*, counted up to *cap* + 1."""
    row = db.execute_sql(f"SELECT count(*) FROM ({subquery} LIMIT ?) AS probe",
                         [*params, cap + 1]).fetchone()
    return int(row[0])


def plan_contact_search(text: str, sort_columns: tuple[str, ...] = ("name_key",)
                        ) -> SearchPlan | None:
    words = search_words(text)
    digits = phone_digits(text)
    if not words and not digits:
        return None
    parts: list[str] = []
    tests: list[str] = []
    params: list[object] = []
    if words:
        parts.append(_TEXT_IDS)
        tests.append(_TEXT_TEST)
        params.append(tsquery_text(words))
    if digits:
        parts.append(_PHONE_IDS)
        tests.append(_PHONE_TEST)
        params.append(f"%{digits}%")
    # Each contact once: UNION removes duplicates, DISTINCT those of a contact's two phones.
    subquery = " UNION ".join(parts)
    if parts == [_PHONE_IDS]:
        subquery = _PHONE_IDS.replace("SELECT ", "SELECT DISTINCT ", 1)
    cap = dense_from(_contacts())
    matches = _probe(subquery, params, cap)
    # A walk of the phone-sorted index would pass every number sorting before the matches.
    dense = matches > cap and not (digits and "primary_phone" in sort_columns)
    return SearchPlan(subquery, params, dense, matches, row_test="(" + " OR ".join(tests) + ")",
                      row_params=tuple(params))


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
