"""No reply in N days: a sent email without an answer puts the contact in the Due list; a call
logged since, or their reply fetched over IMAP, clears it. Real aiosmtpd and IMAP servers."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.message import EmailMessage

import pytest

from app.db.connection import db, is_postgres
from app.services.call_types import CallInput
from app.services.calls import log_call
from app.services.errors import ValidationError
from app.services.mail_account import load_account
from app.services.mail_fetch import fetch_replies
from app.services.no_reply import (
    dismiss,
    due_no_replies,
    no_reply_count,
    no_reply_days,
    set_no_reply_days,
)
from app.services.outbox import OutgoingMail, queue_mail, send_due
from tests.mail_servers import PASSWORD
from tests.services.mail_helpers import customer
from tests.services.test_mail_sent_copy import servers  # noqa: F401


def _send(contact: int, subject: str = "Brochure") -> int:
    message_id = queue_mail(OutgoingMail(contact, "priya@example.com", subject, "Attached."))
    assert send_due(timeout=5).sent == [message_id]
    return message_id


def _later(days: float) -> datetime:
    return datetime.now(UTC) + timedelta(days=days)


def test_due_after_n_days_and_the_setting(servers) -> None:  # noqa: F811
    contact = customer()
    assert no_reply_days() == 3  # the default
    message_id = _send(contact)
    assert due_no_replies(_later(2.9)) == []
    [due] = due_no_replies(_later(3.01))
    assert (due.email_id, due.contact_id, due.name, due.subject) == (
        message_id, contact, "Priya Sharma", "Brochure")
    assert due.phone == "+919876543210"
    assert no_reply_count(_later(3.01)) == 1
    set_no_reply_days(5)
    assert due_no_replies(_later(4)) == []
    set_no_reply_days(0)  # off
    assert due_no_replies(_later(30)) == [] and no_reply_count(_later(30)) == 0
    with pytest.raises(ValidationError, match="No reply after"):
        set_no_reply_days(400)


def test_a_later_email_replaces_the_earlier_and_dismiss_clears(servers) -> None:  # noqa: F811
    contact = customer()
    _send(contact, "First")
    second = _send(contact, "Second")
    assert [d.email_id for d in due_no_replies(_later(4))] == [second]  # the contact once
    dismiss(second)
    assert due_no_replies(_later(4)) == []


def test_a_logged_call_clears_it(servers) -> None:  # noqa: F811
    contact = customer()
    _send(contact)
    log_call(CallInput(contact, "connected", datetime.now(UTC), 60,
                       next_step="none", next_step_reason="talked it through"))
    assert due_no_replies(_later(4)) == []


def test_an_older_call_does_not_clear_it(servers) -> None:  # noqa: F811
    contact = customer()
    _send(contact)
    # Logged now, about a call made before the email went.
    log_call(CallInput(contact, "connected", datetime.now(UTC) - timedelta(days=2), 60,
                       next_step="none", next_step_reason="talked it through"))
    assert len(due_no_replies(_later(4))) == 1


def test_their_reply_fetched_over_imap_clears_it(servers) -> None:  # noqa: F811
    _smtp, imap = servers
    contact = customer()
    message_id = _send(contact)
    ours = db.execute_sql("SELECT message_id FROM email_message WHERE id = ?",
                          (message_id,)).fetchone()[0]
    reply = EmailMessage()
    reply["From"] = "Priya <priya@example.com>"
    reply["To"] = "anil@surya.example"
    reply["Subject"] = "Re: Brochure"
    reply["Message-ID"] = "<r1@example.com>"
    reply["In-Reply-To"] = ours
    reply["Date"] = "Tue, 02 Jun 2026 10:15:00 +0530"
    reply.set_content("Thanks, will read.")
    imap.add(reply.as_bytes())
    account = load_account()
    assert account is not None
    assert fetch_replies(account, PASSWORD, timeout=5).stored == 1
    assert due_no_replies(_later(4)) == []


def test_the_due_query_reads_the_partial_index(servers) -> None:  # noqa: F811
    contact = customer()
    _send(contact)
    cutoff = int(_later(4).timestamp())
    sql = ("SELECT m.id FROM email_message m JOIN contact c ON c.id = m.contact_id "
           "WHERE m.awaiting_reply = 1 AND m.sent_at <= ? ORDER BY m.sent_at, m.id LIMIT 50")
    if is_postgres():
        with db.atomic():
            db.execute_sql("SET LOCAL enable_seqscan = off")
            plan = "\n".join(str(r[0]) for r in db.execute_sql("EXPLAIN " + sql, (cutoff,)))
    else:
        plan = "\n".join(str(r[-1]) for r in db.execute_sql("EXPLAIN QUERY PLAN " + sql,
                                                             (cutoff,)))
    assert "email_message_awaiting" in plan
    assert "SCAN m\n" not in plan + "\n" and "Seq Scan on email_message" not in plan
