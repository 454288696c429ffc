"""Bulk call seeding: rows spread over contacts, indexes and counters intact afterwards."""

from __future__ import annotations

import time

import pytest

from app.db.connection import db
from app.db.models import Call, Contact
from app.seed.calls import seed_calls
from app.seed.contacts import seed_contacts


def _indexes() -> set[str]:
    rows = db.execute_sql("SELECT name FROM sqlite_master WHERE type IN ('index', 'trigger') "
                          "AND tbl_name = 'call'").fetchall()
    return {r[0] for r in rows}


@pytest.mark.parametrize("rebuild", [True, False])
def test_seed_calls_spreads_and_keeps_indexes(db_path: str, rebuild: bool) -> None:
    seed_contacts(50, seed=3)
    before = _indexes()
    now = int(time.time())
    assert seed_calls(170, seed=3, now=now, rebuild_indexes=rebuild) == 170
    assert _indexes() == before and "call_follow_up_open" in before
    counter = db.execute_sql("SELECT value FROM counter WHERE name = 'call'").fetchone()[0]
    assert counter == Call.select().count() == 170
    per_contact = [c.calls.count() for c in Contact.select()]
    assert min(per_contact) == 3 and max(per_contact) == 4
    for contact in Contact.select():
        latest = max(c.started_at for c in contact.calls)
        assert contact.last_contacted_at >= int(latest.timestamp())
    assert all(c.started_at.timestamp() < now for c in Call.select())
    open_ones = Call.select().where(Call.follow_up_at.is_null(False)
                                    & Call.follow_up_done_at.is_null(True))
    assert all(c.next_step == "follow_up" for c in open_ones)


def test_seed_calls_without_contacts_adds_nothing(db_path: str) -> None:
    assert seed_calls(10) == 0
