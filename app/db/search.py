"""All SQLite-specific search SQL: FTS5 over contact text and trigram search over phone digits.

Another engine would replace this module alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from app.db.connection import db

_PHONE_LIKE = re.compile(r"^[\d\s+\-().]+$")
_MIN_PHONE_DIGITS = 3  # the trigram index needs three characters
_NON_DIGITS = re.compile(r"\D+")
MIN_WORD_CHARS = 2
# Past this many matches, sorting them costs more than scanning the sort index (measured at
# 1M contacts: sorting 20k matches takes about 30 ms).
DENSE_MATCHES = 20_000


def search_digits(text: str) -> str:
    """Digits to look for inside stored numbers (E.164 without '+'): trunk and international
    zeros are dropped, so '098765 43210', '0091 98765' and '+91 98765' find +919876543210."""
    return _NON_DIGITS.sub("", text).lstrip("0")


def fts_match(text: str) -> str | None:
    """A MATCH expression where every typed word must match as a prefix, in any column.
    A lone character filters nothing: it would match most of the table."""
    words = [w for w in text.split() if w.strip('"')]
    if not words or (len(words) == 1 and len(words[0]) < MIN_WORD_CHARS):
        return None
    return " ".join('"' + w.replace('"', '""') + '"*' for w in words)


def phone_digits(text: str) -> str | None:
    """The digits to look for when *text* looks like (part of) a phone number."""
    if not _PHONE_LIKE.match(text.strip()):
        return None
    digits = search_digits(text)
    if len(digits) < _MIN_PHONE_DIGITS:
        # Mostly zeros ('000', '0012'): no trunk prefix to drop, look for the digits as typed.
        digits = _NON_DIGITS.sub("", text)
    return digits if len(digits) >= _MIN_PHONE_DIGITS else None


@dataclass(frozen=True)
class SearchPlan:
    """A sub-select of matching contact ids. ``dense`` means so many rows match that walking
    the sort index and testing membership beats sorting the matches."""

    subquery: str
    params: list[object]
    dense: bool


def plan_contact_search(text: str) -> SearchPlan | None:
    """How to find contacts matching *text*; None when *text* filters nothing."""
    parts: list[str] = []
    params: list[object] = []
    match = fts_match(text)
    if match:
        parts.append("SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?")
        params.append(match)
    digits = phone_digits(text)
    if digits:
        parts.append(
            "SELECT contact_id FROM phone WHERE id IN "
            "(SELECT rowid FROM phone_fts WHERE phone_fts MATCH ?)"
        )
        params.append('"' + digits + '"')
    if not parts:
        return None
    subquery = " UNION ".join(parts)
    probe = f"SELECT count(*) FROM ({subquery} LIMIT {DENSE_MATCHES + 1})"
    dense = int(db.execute_sql(probe, params).fetchone()[0]) > DENSE_MATCHES
    return SearchPlan(subquery, params, dense)


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


def index_rows_from(contact_id: int, phone_id: int) -> None:
    """Index, in one statement per table, the contacts with id >= *contact_id* and phones
    with id >= *phone_id* that were inserted while the insert triggers were paused."""
    conn = db.connection()
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
