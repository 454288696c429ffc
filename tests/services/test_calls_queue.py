"""Call queues: filters, do-not-call, recently called, and the leads' local time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.db.connection import db, is_postgres
from app.db.models import Contact
from app.services.call_queue import (
    filter_from_json,
    list_queues,
    next_lead,
    save_queue,
)
from app.services.call_types import CallInput, QueueFilter
from app.services.calls import log_call
from tests.services.call_helpers import make_contact

# 11:00 in New York (daylight time) = 20:30 in Kolkata = 15:00 in London
NY_MORNING = datetime(2026, 3, 10, 15, 0, tzinfo=UTC)
# 05:15 in Kolkata = 19:45 in New York (the day before) = 23:45 in London
INDIA_EARLY = datetime(2026, 3, 9, 23, 45, tzinfo=UTC)


def _drain(f: QueueFilter, now: datetime) -> tuple[list[int], list[tuple[int, int | None]]]:
    ready: list[int] = []
    held: list[tuple[int, int | None]] = []
    cursor = None
    while True:
        step = next_lead(f, cursor, now)
        held.extend((h.contact_id, h.local_hour) for h in step.held)
        cursor = step.cursor
        if step.lead is None:
            return ready, held
        ready.append(step.lead.contact_id)


def test_local_time_holds_back_leads(db_path: str) -> None:
    india = make_contact("Asha", "+919876543210")
    us = make_contact("John", "+12015550123")
    uk = make_contact("Emma", "+447700900123")
    ready, held = _drain(QueueFilter(), NY_MORNING)
    assert ready == [us, uk]  # 11:00 and 15:00 local
    assert held == [(india, 20)]  # 20:30 in India: too late
    ready, held = _drain(QueueFilter(), INDIA_EARLY)
    assert ready == [us]  # 19:45 in New Jersey
    assert dict(held) == {india: 5, uk: 23}


def test_do_not_call_and_recent_calls_skipped(db_path: str) -> None:
    keep = make_contact("Keep", "+12015550100")
    make_contact("Dnc", "+12015550101", do_not_call=True)
    recent = make_contact("Recent", "+12015550102")
    old = make_contact("Old", "+12015550103")
    make_contact("No phone")
    for cid, ago in ((recent, timedelta(minutes=30)), (old, timedelta(days=10))):
        log_call(CallInput(cid, "busy", NY_MORNING - ago, next_step="none",
                           next_step_reason="x"), now=NY_MORNING)
    ready, _ = _drain(QueueFilter(), NY_MORNING)
    assert ready == [keep, old]  # never called first, then least recently called
    ready, _ = _drain(QueueFilter(never_called=True), NY_MORNING)
    assert ready == [keep]
    ready, _ = _drain(QueueFilter(not_called_days=30), NY_MORNING)
    assert ready == [keep]
    ready, _ = _drain(QueueFilter(not_called_days=7), NY_MORNING)
    assert ready == [keep, old]


def test_filters_status_tags_source_city(db_path: str) -> None:
    hot = make_contact("Hot", "+12015550100", tags=["VIP", "hot"], city="Newark",
                       source="website")
    make_contact("Hotter", "+12015550101", tags=["hotter"], city="Newark", source="website")
    make_contact("Customer", "+12015550102", status="customer", tags=["hot"], city="Newark")
    ready, _ = _drain(QueueFilter(tags=["hot"]), NY_MORNING)
    assert set(ready) == {hot, Contact.get(Contact.first_name == "Customer").id}
    ready, _ = _drain(QueueFilter(statuses=["lead"], tags=["HOT"], city="newark",
                                  source="Website"), NY_MORNING)
    assert ready == [hot]


def test_saved_queue_round_trip(db_path: str) -> None:
    f = QueueFilter(statuses=["lead", "prospect"], tags=["hot"], city="Pune",
                    not_called_days=14)
    saved = save_queue("Pune hot leads", f)
    assert list_queues()[0].filter == f
    assert filter_from_json(" not json") == QueueFilter()
    save_queue("Renamed", f, saved.id)
    assert [q.name for q in list_queues()] == ["Renamed"]


def test_rare_filter_reports_back_and_continues(db_path: str) -> None:
    for n in range(30):
        make_contact(f"Lead{n}", f"+1201555{n:04d}", source="fair" if n == 25 else "web")
    target = Contact.get(Contact.first_name == "Lead25").id
    f = QueueFilter(source="fair")
    # Looking at no more than a window at a time, the first asks come back empty-handed
    # but not exhausted; asking again continues where the last stopped.
    import app.services.call_queue as call_queue

    original = call_queue.WINDOW
    call_queue.WINDOW = 10
    try:
        first = next_lead(f, None, NY_MORNING, max_queries=1)
        assert first.lead is None and not first.exhausted
        second = next_lead(f, first.cursor, NY_MORNING, max_queries=1)
        third = second if second.lead else next_lead(f, second.cursor, NY_MORNING, max_queries=1)
        assert third.lead is not None and third.lead.contact_id == target
        assert next_lead(f, third.cursor, NY_MORNING).exhausted
    finally:
        call_queue.WINDOW = original


def test_two_sellers_working_one_queue_never_get_the_same_lead(db_path: str) -> None:
    from app.services.call_queue import CLAIM_MINUTES
    from app.services.users import NewUser, add_user

    first = make_contact("First", "+12015550100")
    second = make_contact("Second", "+12015550101")
    base = (db.execute_sql("SELECT current_database()").fetchone()[0] if is_postgres()
            else "file")
    other = add_user(NewUser(f"{base}_other", "Other Seller", "seller",
                             password="another-secret"))
    ready, _ = _drain(QueueFilter(), NY_MORNING)
    assert ready == [first, second]  # this seller now holds both, and may ask again
    assert _drain(QueueFilter(), NY_MORNING)[0] == [first, second]
    # The other seller holds the first lead: this seller is handed only the second ...
    db.execute_sql("UPDATE queue_claim SET user_id = ? WHERE contact_id = ?", (other, first))
    assert _drain(QueueFilter(), NY_MORNING)[0] == [second]
    # ... until the other seller's claim is older than CLAIM_MINUTES.
    later = NY_MORNING + timedelta(minutes=CLAIM_MINUTES + 1)
    assert _drain(QueueFilter(), later)[0] == [first, second]


def test_a_queue_of_listed_contacts_hands_out_only_them(db_path: str) -> None:
    a = make_contact("Listed A", "+12015550110")
    make_contact("Not listed", "+12015550111")
    b = make_contact("Listed B", "+12015550112", status="customer")
    dnc = make_contact("Listed but do not call", "+12015550113")
    Contact.update(do_not_call=True).where(Contact.id == dnc).execute()
    f = QueueFilter(contact_ids=[b, a, dnc, a])
    ready, _ = _drain(f, NY_MORNING)
    assert sorted(ready) == sorted([a, b])
    saved = save_queue("Report: connects", f)
    assert list_queues()[0].filter.contact_ids == sorted({a, b, dnc})
    assert _drain(list_queues()[0].filter, NY_MORNING)[0] == ready
    assert saved.filter.contact_ids == sorted({a, b, dnc})
