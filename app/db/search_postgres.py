"""Search on PostgreSQL: every typed word as a prefix of a word in the contact's tsvector
(GIN), and phone-digit substrings through pg_trgm (GIN on phone.digits); the words in an
email's subject or text (its own tsvector, GIN) find the contact it was to or from.

Both sides of the word match are folded by the server's calldesk_fold (migration v002), so
'sohne' finds Söhne and Devanagari words stay whole.

Left to itself, the planner picks the walk of the sort index whenever it thinks the LIMIT is
reached soon: for "ra" the matches sit late in name order and it walked 28,000 rows, reading
each contact. So the plan judges the matches first and says which shape to use: walk the
name index (contact_name_doc, which carries the search words, so the walk reads no contact
row) when they are dense, else collect the matches and sort only them (contact_list.py).
Words are judged by the planner's estimate (planning only; from the most-common-word
statistics, within 1.4x of the real count for "ra", "An" and "Pri"); digit pieces, whose
estimate is a generic guess, are counted up to their threshold (a bitmap scan of the
matching phones).
"""

from __future__ import annotations

import json
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
_EMAIL_MATCH = "email_message.search_doc @@ to_tsquery('simple', calldesk_fold(?))"
# An email without a contact yields NULL, which matches no contact id (and leaves the GIN
# index the only way in: "contact_id IS NOT NULL" tempted the planner to another index).
_EMAIL_IDS = f"SELECT contact_id AS id FROM email_message WHERE {_EMAIL_MATCH}"
_PHONE_IDS = "SELECT contact_id AS id FROM phone WHERE digits LIKE ?"
_PHONE_TEST = f"contact.id IN ({_PHONE_IDS})"
# Walking the name index (contact_name_doc carries the search words, so the walk reads no
# contact row) finds a page of 200 after about 200 x contacts / matches index entries, at
# about 0.3 us each; collecting the matches costs about 2 us per match (a visit to its row).
# They cost the same near sqrt(200 x contacts / 6) matches (5,800 at 1M contacts); below that
# the matches are sorted.
PAGE_ROWS = 200
ROW_VISIT_PER_INDEX_ENTRY = 6
MIN_DENSE_MATCHES = 1000
# Even many matches can sit late in the sort order (the first names starting "Vi" come after
# most of the alphabet), and then the walk passes most of the index. So a dense search walks
# for at most about what collecting its matches would cost, and sorts its matches if it
# runs out.
WALK_BUDGET_MS = 15
COLLECT_MS_PER_MATCH = 0.002
BUDGET_MARK = "budget_ms="


def dense_from(contacts: int) -> int:
    """How many matches make walking the sort index cheaper than sorting the matches."""
    return max(MIN_DENSE_MATCHES,
               int(math.sqrt(PAGE_ROWS * max(contacts, 1) / ROW_VISIT_PER_INDEX_ENTRY)))


def _contacts() -> int:
    row = db.execute_sql("SELECT value FROM counter WHERE name = 'contact'").fetchone()
    return int(row[0]) if row else 0


def _probe(subquery: str, params: list[object], cap: int) -> int:
    """Matches of *subquery*, counted up to *cap* + 1."""
    row = db.execute_sql(f"SELECT count(*) FROM ({subquery} LIMIT ?) AS probe",
                         [*params, cap + 1]).fetchone()
    return int(row[0])


def _estimate(subquery: str, params: list[object]) -> int:
    """The planner's estimate of the rows of *subquery*: planning only, nothing read."""
    row = db.execute_sql(f"EXPLAIN (FORMAT JSON) {subquery}", params).fetchone()
    plan = json.loads(row[0]) if isinstance(row[0], str) else row[0]
    return int(plan[0]["Plan"]["Plan Rows"])


def plan_contact_search(text: str, sort_columns: tuple[str, ...] = ("name_key",)
                        ) -> SearchPlan | None:
    words = search_words(text)
    digits = phone_digits(text)
    if not words and not digits:
        return None
    parts: list[str] = []
    tests: list[str] = []
    params: list[object] = []
    contacts = _contacts()
    cap = dense_from(contacts)
    matches = 0
    if words:
        parts.append(_TEXT_IDS)
        tests.append(_TEXT_TEST)
        params.append(tsquery_text(words))
        matches += _estimate(_TEXT_IDS, params[-1:])
        # Only when some email has the words, so a search for a name plans as before.
        if db.execute_sql(f"SELECT 1 FROM email_message WHERE {_EMAIL_MATCH} LIMIT 1",
                          params[-1:]).fetchone() is not None:
            parts.append(_EMAIL_IDS)
            tests.append(f"contact.id IN ({_EMAIL_IDS})")
            params.append(params[-1])
            matches += _estimate(_EMAIL_IDS, params[-1:])
    if digits:
        parts.append(_PHONE_IDS)
        tests.append(_PHONE_TEST)
        params.append(f"%{digits}%")
        # The trigram statistics say little about one number piece (13,128 for both 14,006
        # and 26,184 matches), so they are counted. A walk tests each contact against a hash
        # of every matching number, which costs what collecting them does: it pays only when
        # the numbers are so many that sorting their contacts costs more (from
        # sqrt(200 x contacts), 14,000 at 1M).
        numbers_cap = dense_from(contacts * ROW_VISIT_PER_INDEX_ENTRY)
        numbers = _probe(_PHONE_IDS, params[-1:], numbers_cap)
        matches += numbers
        if numbers > numbers_cap:
            cap = 0
    # Each contact once: UNION removes duplicates, DISTINCT those of a contact's two phones.
    subquery = " UNION ".join(parts)
    if parts == [_PHONE_IDS]:
        subquery = _PHONE_IDS.replace("SELECT ", "SELECT DISTINCT ", 1)
    # A walk of the phone-sorted index would pass every number sorting before the matches.
    walk = matches > cap and not (digits and "primary_phone" in sort_columns)
    return SearchPlan(subquery, params, dense=False, matches=matches, walk_first=walk,
                      walk_budget_ms=max(WALK_BUDGET_MS, matches * COLLECT_MS_PER_MATCH),
                      row_test="(" + " OR ".join(tests) + ")", row_params=tuple(params),
                      test_finds_all=parts == [_TEXT_IDS])


def run_within_budget(sql: str, params: list[object], budget_ms: float
                      ) -> list[tuple[Any, ...]] | None:
    """Rows of *sql*, or None when it needs more than *budget_ms*: the server cancels it
    (statement_timeout, set for this statement only). The marker comment lets a replay of the
    recorded SQL (the benchmark) apply the same budget."""
    from peewee import DatabaseError

    with db.atomic() as transaction:
        old = db.execute_sql("SELECT current_setting('statement_timeout'), "
                             "set_config('statement_timeout', ?, true)",
                             [f"{max(1, round(budget_ms))}ms"]).fetchone()[0]
        try:
            rows = list(db.execute_sql(f"{sql} /* {BUDGET_MARK}{budget_ms:g} */",
                                       params).fetchall())
        except DatabaseError as exc:
            if "statement timeout" not in str(exc):
                raise
            transaction.rollback()  # the timeout setting goes with it
            return None
        db.execute_sql("SELECT set_config('statement_timeout', ?, true)", [old])
    return rows


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
