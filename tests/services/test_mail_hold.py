"""Undo send and send later against a real aiosmtpd: a held or scheduled message is not handed
to the server before its time, by the worker or by `mail send-outbox`."""

from __future__ import annotations

import time

import pytest

from app.cli import main
from app.db.connection import close_database, db, open_database
from app.services.errors import ValidationError
from app.services.first_start import set_owner_name
from app.services.outbox import UNDO_S, OutgoingMail, queue_mail, send_due, undo_send
from app.services.quote_mail import email_quote
from tests.mail_servers import PASSWORD, SmtpServer, mail_account, smtp  # noqa: F401
from tests.services.mail_helpers import customer, quote


def _state(message_id: int) -> str | None:
    row = db.execute_sql("SELECT state FROM email_message WHERE id = ?",
                         (message_id,)).fetchone()
    return None if row is None else str(row[0])


def test_held_message_waits_for_the_undo_seconds(mail_account, smtp: SmtpServer) -> None:  # noqa: F811
    contact = customer()
    now = int(time.time())
    message_id = queue_mail(OutgoingMail(contact, "priya@example.com", "Price list", "Hello"),
                            undo_s=UNDO_S)
    assert send_due(now=now + UNDO_S - 2).sent == []
    assert smtp.received == []  # not handed to the server while it can be undone
    assert send_due(now=now + UNDO_S + 1).sent == [message_id]
    assert [str(r.message["Subject"]) for r in smtp.received] == ["Price list"]
    with pytest.raises(ValidationError, match="too late"):
        undo_send(message_id)


def test_undo_gives_the_message_back_and_nothing_is_sent(mail_account,  # noqa: F811
                                                         smtp: SmtpServer) -> None:  # noqa: F811
    contact = customer()
    message_id = queue_mail(OutgoingMail(contact, "priya@example.com", "Price list",
                                         "Dear Priya,\nthe list."), undo_s=UNDO_S)
    undone = undo_send(message_id)
    assert (undone.contact_id, undone.to, undone.subject, undone.body) == (
        contact, "priya@example.com", "Price list", "Dear Priya,\nthe list.")
    assert _state(message_id) is None  # out of the outbox
    assert send_due(now=int(time.time()) + 3600).sent == []
    assert smtp.received == []


def test_undoing_a_quote_email_makes_the_quote_a_draft_again(mail_account,  # noqa: F811
                                                             smtp: SmtpServer) -> None:  # noqa: F811
    set_owner_name("Anil Deshpande")
    quote_id = quote(customer())
    message_id = email_quote(quote_id, "priya@example.com", undo_s=UNDO_S)
    assert db.execute_sql("SELECT status FROM quote WHERE id = ?",
                          (quote_id,)).fetchone()[0] == "sent"
    assert undo_send(message_id).quote_id == quote_id
    assert db.execute_sql("SELECT status, sent_at FROM quote WHERE id = ?",
                          (quote_id,)).fetchone() == ("draft", None)


def test_send_later_waits_until_its_time(mail_account, smtp: SmtpServer) -> None:  # noqa: F811
    now = int(time.time())
    at = now + 2 * 3600
    message_id = queue_mail(OutgoingMail(None, "priya@example.com", "Tomorrow's offer", "Hi",
                                         send_at=at))
    stored = db.execute_sql("SELECT scheduled_at, next_attempt_at FROM email_message "
                            "WHERE id = ?", (message_id,)).fetchone()
    assert tuple(stored) == (at, at)  # stored as UTC epoch seconds
    assert send_due(now=at - 60).sent == []
    assert smtp.received == []
    assert send_due(now=at).sent == [message_id]
    assert len(smtp.received) == 1


@pytest.mark.parametrize(("offset", "words"), [(-60, "that time has passed"),
                                               (400 * 86400, "within a year")])
def test_send_later_refuses_a_time_past_or_too_far(mail_account, offset: int,  # noqa: F811
                                                   words: str) -> None:
    at = int(time.time()) + offset
    with pytest.raises(ValidationError) as caught:
        queue_mail(OutgoingMail(None, "priya@example.com", "Offer", "Hi", send_at=at))
    assert caught.value.field == "Send later" and words in str(caught.value)
    assert db.execute_sql("SELECT count(*) FROM email_message").fetchone()[0] == 0


def test_send_outbox_command_leaves_held_and_scheduled_messages(
        db_path: str, mail_account, smtp: SmtpServer,  # noqa: F811
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("CALLDESK_MAIL_PASSWORD", PASSWORD)
    at = int(time.time()) + 3 * 3600
    later = queue_mail(OutgoingMail(None, "priya@example.com", "Later", "Hi", send_at=at))
    held = queue_mail(OutgoingMail(None, "priya@example.com", "Held", "Hi"), undo_s=UNDO_S)
    now = queue_mail(OutgoingMail(None, "priya@example.com", "Now", "Hi"))
    close_database()
    assert main(["mail", "send-outbox", "--db", db_path]) == 0
    out = capsys.readouterr().out
    assert [str(r.message["Subject"]) for r in smtp.received] == ["Now"]
    assert f"message {later} scheduled for " in out
    assert f"message {held} held for undo: goes in " in out
    assert "sent 1, waiting 0, failed 0, not due yet 2" in out
    open_database(db_path)
    assert [_state(i) for i in (later, held, now)] == ["queued", "queued", "sent"]
