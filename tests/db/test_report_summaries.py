"""The report summaries equal a full recount of their rows after any mix of writes: calls
logged, edited (one row and many at once) and deleted, contacts changed and deleted (their
calls go by cascade), seeding and an import and its undo; on both engines."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from app.db.connection import db
from app.db.users import insert_user
from app.services.call_types import CallInput
from app.services.calls import log_call
from app.services.contact_types import ContactInput, PhoneInput
from app.services.contacts import create_contact, delete_contact, update_contact
from app.services.importer import import_file, undo_last_import
from tests.db.test_team_roles import team  # noqa: F401 - the fixture
from tests.samples import sample

CALLS_RECOUNT = ("SELECT started_at / 1800, coalesce(user_id, 0), direction, "
                 "CASE WHEN direction = 'out' THEN outcome ELSE '' END, count(*), "
                 "sum(duration_s) FROM call GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4")
CONTACTS_RECOUNT = ("SELECT created_at / 1800, coalesce(user_id, 0), source, status, count(*) "
                    "FROM contact GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4")


def _rows(sql: str) -> list[tuple[object, ...]]:
    return [tuple(int(v) if not isinstance(v, str) else v for v in r)
            for r in db.execute_sql(sql).fetchall()]


def assert_summaries_exact() -> None:
    for length, days in (("1800", ""), ("86400", "_day")):
        assert _rows(f"SELECT * FROM call{days}_summary ORDER BY 1, 2, 3, 4") == _rows(
            CALLS_RECOUNT.replace("1800", length))
        assert _rows(f"SELECT * FROM contact{days}_summary ORDER BY 1, 2, 3, 4") == _rows(
            CONTACTS_RECOUNT.replace("1800", length))


def _outcomes() -> list[str]:
    return [str(r[0]) for r in db.execute_sql("SELECT code FROM call_outcome").fetchall()]


def _log(rng: random.Random, contact_id: int, now: datetime) -> None:
    log_call(CallInput(contact_id=contact_id, outcome=rng.choice(_outcomes()),
                       started_at=now - timedelta(minutes=rng.randrange(1, 60 * 24 * 40)),
                       duration_s=rng.randrange(0, 900), direction=rng.choice(["in", "out"]),
                       next_step="none", next_step_reason="logged by the test"),
             now)


def test_random_writes_keep_the_summaries_exact(db_path: str) -> None:
    rng = random.Random(16)
    now = datetime(2026, 3, 20, 10, 0, tzinfo=UTC)
    seller = insert_user("meera", "Meera", "", "seller", None, 0)
    contacts = [create_contact(ContactInput(
        first_name=f"P{i}", source=rng.choice(["web", "fair", ""]),
        status=rng.choice(["lead", "prospect", "customer"]),
        phones=[PhoneInput(f"+9198765{i:05d}")])).contact_id for i in range(30)]
    assert_summaries_exact()
    for _ in range(150):
        _log(rng, rng.choice(contacts), now)
    db.execute_sql("UPDATE call SET user_id = ? WHERE id % 4 = 0", (seller,))
    assert_summaries_exact()
    ids = [int(r[0]) for r in db.execute_sql("SELECT id FROM call").fetchall()]
    for call_id in rng.sample(ids, 40):  # one call at a time: outcome, length, time, seller
        db.execute_sql("UPDATE call SET outcome = ?, duration_s = ?, started_at = started_at "
                       "+ ? WHERE id = ?", (rng.choice(_outcomes()), rng.randrange(0, 600),
                                            rng.choice([0, 900, -1800, 86400]), call_id))
    db.execute_sql("UPDATE call SET started_at = started_at + 3600, direction = 'out' "
                   "WHERE id % 7 = 0")  # many at once
    db.execute_sql("UPDATE call SET notes = 'seen' WHERE id % 3 = 0")  # nothing counted
    db.execute_sql("DELETE FROM call WHERE id % 11 = 0")
    for call_id in rng.sample(ids[:100], 5):
        db.execute_sql("DELETE FROM call WHERE id = ?", (call_id,))
    assert_summaries_exact()
    for i in rng.sample(range(len(contacts)), 8):  # source and status, through the service
        update_contact(contacts[i], ContactInput(
            first_name=f"P{i}", source=rng.choice(["web", "referral"]),
            status=rng.choice(["customer", "inactive"]), phones=[PhoneInput(f"+9198765{i:05d}")]))
    db.execute_sql("UPDATE contact SET user_id = ? WHERE id % 3 = 0", (seller,))
    # Quotes accepted and declined through the service (accepting makes a customer) and
    # appointments booked and completed: only the contacts' status is counted of these.
    from tests.services.test_upsell import customer, products

    ac, warranty = products()
    buyers = [customer(f"Buyer {i}", [ac], status=rng.choice(["accepted", "sent"]),
                       number=f"+9198111{i:05d}") for i in range(6)]
    rep = int(db.execute_sql("INSERT INTO rep (name, created_at) VALUES ('Ravi', 0) "
                             "RETURNING id").fetchone()[0])
    for i, cid in enumerate(buyers):
        db.execute_sql("INSERT INTO appointment (contact_id, rep_id, starts_at, ends_at, status, "
                       "uid, created_at, updated_at) VALUES (?, ?, ?, ?, 'scheduled', ?, ?, ?)",
                       (cid, rep, 1_774_000_000 + i * 3600, 1_774_003_600 + i * 3600,
                        f"u{i}", 1_773_000_000, 1_773_000_000))
    db.execute_sql("UPDATE appointment SET status = 'completed' WHERE id % 2 = 0")
    assert_summaries_exact()
    for cid in rng.sample(contacts, 4):
        delete_contact(cid)  # their calls go by cascade
    assert_summaries_exact()
    assert int(db.execute_sql("SELECT count(*) FROM call_summary").fetchone()[0]) > 0


def test_an_import_and_its_undo_keep_the_summaries_exact(db_path: str) -> None:
    rng = random.Random(7)
    now = datetime(2026, 3, 20, 10, 0, tzinfo=UTC)
    kept = create_contact(ContactInput(first_name="Kept", phones=[PhoneInput("+919812345678")]))
    import_file(sample("google_contacts.csv"), region="IN")
    imported = [int(r[0]) for r in db.execute_sql(
        "SELECT id FROM contact WHERE id <> ?", (kept.contact_id,)).fetchall()]
    for _ in range(40):
        _log(rng, rng.choice([*imported, kept.contact_id]), now)
    assert_summaries_exact()
    undo_last_import()
    assert_summaries_exact()
    assert _rows("SELECT sum(calls) FROM call_summary") == _rows("SELECT count(*) FROM call")


def test_seeding_keeps_the_summaries_exact(db_path: str) -> None:
    from app.seed.calls import seed_calls
    from app.seed.contacts import seed_contacts

    seed_contacts(300, seed=3)
    seed_calls(1500, seed=3, rebuild_indexes=True)
    assert_summaries_exact()
    seed_calls(200, seed=4, rebuild_indexes=False)
    assert_summaries_exact()


def test_figures_from_the_summaries_equal_those_from_the_rows(db_path: str,
                                                              monkeypatch) -> None:
    """Funnel, activity per day and per hour, and sources, for periods that start and end on
    part-days in India, summed from the summaries and counted from the rows."""
    from datetime import date
    from zoneinfo import ZoneInfo

    from app.db import report_queries as rq
    from app.services import clock
    from app.services.report_periods import Period
    from app.services.reports import ReportFilter, scope_of

    monkeypatch.setattr(clock, "local_zone", lambda: ZoneInfo("Asia/Kolkata"))
    rng = random.Random(3)
    now = datetime(2026, 3, 20, 10, 0, tzinfo=UTC)
    contacts = [create_contact(ContactInput(
        first_name=f"Q{i}", source=rng.choice(["web", "fair"]),
        phones=[PhoneInput(f"+9198700{i:05d}")])).contact_id for i in range(12)]
    db.execute_sql("UPDATE contact SET created_at = created_at - (id * 7919) % (40 * 86400)")
    for _ in range(120):
        _log(rng, rng.choice(contacts), now)
    for first, last in ((date(2026, 2, 8), date(2026, 3, 20)), (date(2026, 3, 1),
                                                                  date(2026, 3, 1))):
        scope = scope_of(ReportFilter(Period(first, last)))
        assert rq.summed_calls(scope)
        summed = (rq.funnel(scope), rq.activity(scope), rq.activity_by_hour(scope),
                  rq.source_leads(scope))
        monkeypatch.setattr(rq, "summed_calls", lambda s: False)
        monkeypatch.setattr(rq, "slots_fit", lambda s: False)
        assert (rq.funnel(scope), rq.activity(scope), rq.activity_by_hour(scope),
                rq.source_leads(scope)) == summed
        monkeypatch.undo()
        monkeypatch.setattr(clock, "local_zone", lambda: ZoneInfo("Asia/Kolkata"))
        assert summed[0].dials > 0 or first == last


@pytest.mark.postgresql_only
def test_a_sellers_calls_are_counted_though_the_seller_cannot_write_the_summary(
        team: dict[str, object]) -> None:  # noqa: F811 - the imported fixture
    import psycopg

    from tests.db.test_team_roles import _connect

    with _connect(str(team["seller"])) as conn:
        for minute in range(3):
            conn.execute("INSERT INTO call (contact_id, direction, started_at, outcome, "
                         "duration_s, created_at) VALUES (%s, 'out', %s, 'connected', 60, %s)",
                         (team["contact"], 1_774_000_000 + minute * 60, 1_774_000_000))
        conn.execute("UPDATE call SET outcome = 'busy' WHERE started_at = 1774000000")
        conn.execute("DELETE FROM call WHERE started_at = 1774000060")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE call_summary SET calls = calls + 1")
    assert_summaries_exact()
    assert _rows("SELECT sum(calls) FROM call_summary") == [(2,)]
