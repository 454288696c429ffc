"""Email replies waiting on Today: received, recent, and not yet answered by email or call."""

from __future__ import annotations

from datetime import UTC, datetime

from app.db.connection import db
from app.services.today import replies_waiting
from tests.services.call_helpers import make_contact

NOW = datetime(2026, 3, 20, 12, 0, tzinfo=UTC)
T = int(NOW.timestamp())


def _email(contact: int, direction: str, when: int, subject: str) -> None:
    db.execute_sql(
        "INSERT INTO email_message (contact_id, direction, state, message_id, subject, "
        "created_at, sent_at) VALUES (?, ?, 'received', ?, ?, ?, ?)",
        (contact, direction, f"<{direction}{when}{contact}@test>", subject, when, when))


def test_only_unanswered_recent_replies_wait(db_path: str) -> None:
    waiting, answered, called, stale = (make_contact(n) for n in ("W", "A", "C", "S"))
    _email(waiting, "in", T - 3600, "first")
    _email(waiting, "in", T - 600, "second")
    _email(answered, "in", T - 3600, "question")
    _email(answered, "out", T - 1800, "Re: question")
    _email(called, "in", T - 3600, "ring me")
    db.execute_sql("INSERT INTO call (contact_id, phone, direction, started_at, outcome, "
                   "created_at) VALUES (?, '', 'out', ?, 'connected', ?)",
                   (called, T - 60, T - 60))
    _email(stale, "in", T - 31 * 86400, "long ago")
    rows = replies_waiting(NOW)
    assert [(r.contact_id, r.subject) for r in rows] == [(waiting, "second"), (waiting, "first")]
    assert rows[0].customer == "W" and rows[0].received_at == T - 600
