"""Small bounded queries for the Today view (indexes quote_status_valid, call_follow_up_open,
appointment_starts, email_message_received)."""

from __future__ import annotations

from dataclasses import dataclass

from app.db.connection import db

_NAME = ("CASE WHEN trim(c.first_name || ' ' || c.last_name) <> '' "
         "THEN trim(c.first_name || ' ' || c.last_name) ELSE c.company END")


@dataclass(frozen=True)
class WaitingQuote:
    id: int
    number: str
    contact_id: int
    customer: str
    valid_until: str  # ISO date
    sent_at: int | None
    total_minor: int
    currency: str


def sent_quotes(limit: int) -> list[WaitingQuote]:
    """Sent quotes nobody has answered yet, the soonest to expire first (expired ones lead)."""
    rows = db.execute_sql(
        f"SELECT q.id, coalesce(q.number, ''), q.contact_id, {_NAME}, q.valid_until, "
        "q.sent_at, q.total_minor, q.currency FROM quote q "
        "JOIN contact c ON c.id = q.contact_id WHERE q.status = 'sent' "
        "ORDER BY q.valid_until, q.id LIMIT ?", (limit,)).fetchall()
    return [WaitingQuote(int(r[0]), str(r[1]), int(r[2]), str(r[3]), str(r[4]),
                         None if r[5] is None else int(r[5]), int(r[6]), str(r[7]))
            for r in rows]


def sent_quote_count(cap: int) -> int:
    """How many quotes are sent and unanswered, counting no further than *cap*."""
    row = db.execute_sql("SELECT count(*) FROM (SELECT 1 FROM quote WHERE status = 'sent' "
                         "LIMIT ?) AS s", (cap,)).fetchone()
    return int(row[0])


def claimed_by_others(contact_ids: list[int], me: int, since: int) -> set[int]:
    """Of these contacts, those a queue handed to somebody else after *since*."""
    if not contact_ids:
        return set()
    marks = ",".join("?" * len(contact_ids))
    rows = db.execute_sql(
        f"SELECT contact_id FROM queue_claim WHERE contact_id IN ({marks}) AND user_id <> ? "
        "AND claimed_at >= ?", (*contact_ids, me, since)).fetchall()
    return {int(r[0]) for r in rows}


@dataclass(frozen=True)
class WaitingReply:
    id: int  # the email received
    contact_id: int
    customer: str
    subject: str
    received_at: int  # epoch seconds


def waiting_replies(since: int, limit: int) -> list[WaitingReply]:
    """Emails received from contacts since *since* that nobody has answered yet: no email
    written to that contact and no call with them since, newest first."""
    rows = db.execute_sql(
        f"SELECT e.id, e.contact_id, {_NAME}, e.subject, e.created_at FROM email_message e "
        "JOIN contact c ON c.id = e.contact_id WHERE e.direction = 'in' AND e.created_at >= ? "
        "AND NOT EXISTS (SELECT 1 FROM email_message o WHERE o.contact_id = e.contact_id "
        "AND o.direction = 'out' AND o.created_at >= e.created_at) "
        "AND NOT EXISTS (SELECT 1 FROM call k WHERE k.contact_id = e.contact_id "
        "AND k.started_at >= e.created_at) "
        "ORDER BY e.created_at DESC, e.id DESC LIMIT ?", (since, limit)).fetchall()
    return [WaitingReply(int(r[0]), int(r[1]), str(r[2]), str(r[3]), int(r[4])) for r in rows]
