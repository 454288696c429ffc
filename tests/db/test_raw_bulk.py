"""Bulk inserts through app.db.raw: every row arrives as given, the row counters follow, and a
big load in one transaction goes in few statements on a server."""

from __future__ import annotations

import math

from app.db import raw
from app.db.connection import db, is_postgres
from app.seed.contacts import seed_contacts

_CALL = ("INSERT INTO call (contact_id, phone, direction, started_at, duration_s, outcome, "
         "notes, follow_up_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")


def _calls(count: int) -> list[tuple[object, ...]]:
    notes = ("", "Rang twice? No answer.", "50% off asked", "कल फिर से कॉल करें", "it's 'fine'")
    return [(1 + i % 3, "+919876543210", "out" if i % 2 else "in", 1_700_000_000 + i, i % 90,
             "busy", notes[i % len(notes)], None if i % 4 else 1_700_100_000 + i, 1_700_000_000)
            for i in range(count)]


def _counter(name: str) -> int:
    return int(db.execute_sql("SELECT value FROM counter WHERE name = ?", (name,))
               .fetchone()[0])


def test_every_row_of_a_bulk_insert_arrives_as_given(db_path: str) -> None:
    seed_contacts(3)
    rows = _calls(2_345)  # more than one statement's worth on a server, and a part one
    with db.atomic():
        raw.connection().executemany(_CALL, rows)
    stored = db.execute_sql(
        "SELECT contact_id, phone, direction, started_at, duration_s, outcome, notes, "
        "follow_up_at, created_at FROM call ORDER BY started_at").fetchall()
    assert [tuple(r) for r in stored] == rows
    assert _counter("call") == len(rows)


def test_a_failing_row_writes_none_of_the_load(db_path: str) -> None:
    seed_contacts(3)
    rows = _calls(1_500)
    rows[1_200] = (99, "", "out", 0, 0, "busy", "", None, 0)  # no contact 99
    try:
        with db.atomic():
            raw.connection().executemany(_CALL, rows)
    except Exception as exc:  # noqa: BLE001 - each engine names its own error class
        assert "foreign key" in str(exc).lower()
    else:
        raise AssertionError("a row for a missing contact was accepted")
    assert db.execute_sql("SELECT count(*) FROM call").fetchone()[0] == 0
    assert _counter("call") == 0


def test_a_big_load_in_one_transaction_stays_fast(db_path: str) -> None:
    """20,000 rows in one transaction: on a server, one statement per row made each row's
    counter update slower than the last (17 s here). The rows go in a few statements, so
    the statement triggers (the counter, the report summaries) update their rows as few
    times."""
    seed_contacts(3)
    rows = _calls(20_000)
    with db.atomic():
        raw.connection().executemany(_CALL, rows)
        if is_postgres():
            statements = math.ceil(len(rows) / raw.ROWS_PER_STATEMENT)
            for table in ("counter", "call_summary"):
                updated = db.execute_sql(
                    "SELECT n_tup_upd FROM pg_stat_xact_user_tables "
                    "WHERE relname = ?", (table,)).fetchone()[0]
                # A statement per row would update them 20,000 times.
                assert 0 < updated <= 4 * statements, (table, updated)
    assert _counter("call") == 20_000
