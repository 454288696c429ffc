"""Search on SQLite: FTS5 over contact text and a trigram FTS5 table over phone digits;
FTS5 over the emails' subjects and texts finds the contact an email was to or from.

The search plan's shapes (and the thresholds between them) were measured on SQLite's planner;
app/db/search_postgres.py is the same interface for a server.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from app.db.connection import db
from app.db.search_text import SearchPlan, fts_match, phone_digits

# How many matches a search may have before the list walks the sort index instead of sorting
# the matches (chosen by measuring the 300 search prefixes of `make bench` at 1M contacts, with
# the candidates interleaved). Sorting costs about 1 us per match when the sort key sits in the
# narrow contact_id_sort index (name and status sorts), about 2 us when each match means a
# visit to the contact row; walking costs about 0.15 us per match to collect them plus 0.3 us
# per row passed over, which loses badly when the matches cluster late in the sort order (a
# first name, sorted by name: up to 350 ms), so the walk is kept for large match sets.
DENSE_MATCHES = 30_000
DENSE_MATCHES_UNCOVERED = 20_000
# For the sorts the narrow index does not cover, between WALK_FIRST_MIN and the threshold the
# list first tries the walk under a time budget: it is fast when the matches are spread through
# the sort order; when they cluster the budget runs out and the matches are sorted instead. The
# budget grows with the matches, as sorting them costs more. (For the covered sorts sorting is
# cheap enough that trying the walk first made the p95 worse.)
WALK_FIRST_MIN = 2_000
WALK_BUDGET_MS = 10.0
WALK_BUDGET_MIN_MS = 3.0
WALK_BUDGET_MATCHES_PER_MS = 3_000
# Sorts whose keys (and the status filter) the contact_id_sort index covers.
COVERED_SORT_COLUMNS = frozenset({"name_key", "status"})


_TEXT_IDS = "SELECT rowid AS id FROM contact_fts WHERE contact_fts MATCH ?"
# The contacts of the emails whose subject or text has the words (email_fts, migration v009).
_EMAIL_IDS = (
    "SELECT m.contact_id AS id FROM email_fts AS f "
    "CROSS JOIN email_message AS m ON m.id = f.rowid "
    "WHERE email_fts MATCH ? AND m.contact_id IS NOT NULL"
)
# Matching phone rows to their contacts through the narrow phone_id_contact index: half the
# cost of visiting each phone row, which matters for short digit runs (20k+ numbers).
_PHONE_IDS = (
    "SELECT p.contact_id AS id FROM phone_fts AS f "
    "CROSS JOIN phone AS p INDEXED BY phone_id_contact ON p.id = f.rowid "
    "WHERE phone_fts MATCH ?"
)


def _probe(sql: str, param: object, cap: int) -> int:
    """Rows of *sql* up to cap + 1: cheap, it stops there (index entries only)."""
    probe = f"SELECT count(*) FROM ({sql} LIMIT {cap + 1})"
    return int(db.execute_sql(probe, [param]).fetchone()[0])


def plan_contact_search(text: str, sort_columns: tuple[str, ...] = ("name_key",)
                        ) -> SearchPlan | None:
    """How to find contacts matching *text* for a list sorted by *sort_columns*; None when
    *text* filters nothing."""
    match = fts_match(text)
    digits = phone_digits(text)
    if not match and not digits:
        return None
    covered = set(sort_columns) <= COVERED_SORT_COLUMNS
    cap = DENSE_MATCHES if covered else DENSE_MATCHES_UNCOVERED
    parts: list[str] = []
    params: list[object] = []
    tests: list[str] = []
    test_params: list[object] = []
    matches = 0
    if match:
        parts.append(_TEXT_IDS)
        params.append(match)
        tests.append("+contact.id IN (SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?)")
        test_params.append(match)
        matches += _probe("SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?", match, cap)
        # Only when some email has the words: most searches are for names, and then the plan
        # stays what it was (no UNION to de-duplicate).
        if db.execute_sql("SELECT 1 FROM email_fts WHERE email_fts MATCH ? LIMIT 1",
                          [match]).fetchone() is not None:
            parts.append(_EMAIL_IDS)
            params.append(match)
            tests.append(f"+contact.id IN ({_EMAIL_IDS})")
            test_params.append(match)
            matches += _probe(_EMAIL_IDS, match, cap)
    if digits:
        phrase = '"' + digits + '"'
        parts.append(_PHONE_IDS)
        params.append(phrase)
        # A dense digit search (say "9198", a tenth of all numbers) tests the contact's few
        # phones row by row instead of collecting tens of thousands of phone rows first.
        tests.append("EXISTS (SELECT 1 FROM phone WHERE phone.contact_id = contact.id "
                     "AND instr(phone.digits, ?) > 0)")
        test_params.append(digits)
        matches += _probe("SELECT rowid FROM phone_fts WHERE phone_fts MATCH ?", phrase, cap)
    # UNION also removes duplicates (a contact with two matching phones).
    subquery = " UNION ".join(parts) if len(parts) > 1 else parts[0].replace(
        "SELECT ", "SELECT DISTINCT ", 1) if digits else parts[0]
    # Walking the phone-sorted index for a digit search would pass over every number that
    # sorts before the matching ones: sort the matches instead.
    dense = matches > cap and not (digits and "primary_phone" in sort_columns)
    walk_first = not dense and not covered and matches > WALK_FIRST_MIN and not (
        digits and "primary_phone" in sort_columns)
    row_test = "(" + " OR ".join(tests) + ")"
    budget = min(WALK_BUDGET_MS, max(WALK_BUDGET_MIN_MS, matches / WALK_BUDGET_MATCHES_PER_MS))
    return SearchPlan(subquery, params, dense, matches, walk_first, budget, row_test,
                      tuple(test_params))


def run_within_budget(sql: str, params: list[object], budget_ms: float
                      ) -> list[tuple[Any, ...]] | None:
    """Rows of *sql*, or None when it needs more than *budget_ms* (it is then interrupted,
    which for a read leaves no trace). The statement carries a marker comment so that a replay
    of the recorded SQL (the benchmark) can apply the same budget."""
    conn: sqlite3.Connection = db.connection()
    deadline = time.perf_counter() + budget_ms / 1000
    conn.set_progress_handler(lambda: time.perf_counter() > deadline, 1000)
    try:
        return conn.execute(f"{sql} /* {BUDGET_MARK}{budget_ms:g} */", params).fetchall()
    except sqlite3.OperationalError as exc:
        if "interrupt" in str(exc):
            return None
        raise
    finally:
        conn.set_progress_handler(None, 0)


BUDGET_MARK = "budget_ms="


def contacts_with_digits(digits: str, limit: int) -> tuple[str, list[object]]:
    """Contacts whose phone digits contain *digits* (for inbound-call candidates)."""
    sql = (
        "SELECT DISTINCT contact_id FROM phone WHERE id IN "
        "(SELECT rowid FROM phone_fts WHERE phone_fts MATCH ?) LIMIT ?"
    )
    return sql, ['"' + digits + '"', limit]


# The columns of contact_fts, as created by migration v002.
CONTACT_FTS_COLUMNS = (
    "first_name, last_name, company, city, primary_email, other_emails, notes, tags"
)
_INSERT_TRIGGERS = ("contact_fts_insert", "phone_fts_insert")


@contextmanager
def search_insert_triggers_paused() -> Iterator[None]:
    """For bulk inserts inside a transaction: new rows are not indexed one by one; the
    writer calls index_rows_from() after each batch (update and delete upkeep stays on)."""
    conn = db.connection()
    saved = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (?, ?)",
        _INSERT_TRIGGERS,
    ).fetchall()
    for name, _ in saved:
        conn.execute(f'DROP TRIGGER "{name}"')
    yield
    for _, sql in saved:
        conn.execute(sql)


def index_rows_from(contact_id: int | None, phone_id: int) -> None:
    """Index, in one statement per table, the contacts with id >= *contact_id* (None: no new
    contacts) and phones with id >= *phone_id* that were inserted while the insert triggers
    were paused."""
    conn = db.connection()
    if contact_id is not None:
        conn.execute(
            f"INSERT INTO contact_fts (rowid, {CONTACT_FTS_COLUMNS}) "
            f"SELECT id, {CONTACT_FTS_COLUMNS} FROM contact WHERE id >= ?", (contact_id,))
    conn.execute("INSERT INTO phone_fts (rowid, digits) SELECT id, digits FROM phone "
                 "WHERE id >= ?", (phone_id,))


@contextmanager
def search_index_suspended() -> Iterator[None]:
    """For bulk loads inside a transaction: drop the FTS sync triggers, then rebuild the
    indexes once and restore the triggers. Several times faster than row-by-row upkeep."""
    conn = db.connection()
    triggers = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%\\_fts\\_%' "
        "ESCAPE '\\'"
    ).fetchall()
    for name, _ in triggers:
        conn.execute(f'DROP TRIGGER "{name}"')
    yield
    conn.execute("INSERT INTO contact_fts (contact_fts) VALUES ('rebuild')")
    conn.execute("INSERT INTO phone_fts (phone_fts) VALUES ('rebuild')")
    for _, sql in triggers:
        conn.execute(sql)
