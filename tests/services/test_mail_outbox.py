"""The outbox against a real aiosmtpd: stored first, sent once, kept while the server is down."""

from __future__ import annotations

import time

import pytest

from app.db.connection import db
from app.services.contact_types import ContactInput, EmailInput
from app.services.contacts import create_contact
from app.services.errors import ValidationError
from app.services.mail_mime import Attachment
from app.services.outbox import (
    OutgoingMail,
    mark_stale_unknown,
    queue_mail,
    retry,
    seconds_to_next,
    send_due,
)
from tests.mail_servers import REFUSED_SENDER, SmtpServer, mail_account, smtp  # noqa: F401


def _state(message_id: int) -> tuple[str, str, int]:
    row = db.execute_sql("SELECT state, last_error, attempts FROM email_message WHERE id = ?",
                         (message_id,)).fetchone()
    return str(row[0]), str(row[1]), int(row[2])


def _contact() -> int:
    return create_contact(ContactInput(first_name="Priya", last_name="Sharma", emails=[
        EmailInput("priya@example.com", "work")])).contact_id


def test_queued_message_is_sent_once_with_its_content(mail_account, smtp) -> None:  # noqa: F811
    contact = _contact()
    message_id = queue_mail(OutgoingMail(contact, "Priya <priya@example.com>", "नमस्ते Priya",
                                         "Thank you for your time today.\nराम राम"))
    assert smtp.received == []  # stored, nothing sent yet
    assert _state(message_id)[0] == "queued"
    report = send_due()
    assert report.sent == [message_id]
    assert send_due().sent == []  # nothing is sent twice
    [got] = smtp.received
    assert got.rcpt_tos == ["priya@example.com"]
    msg = got.message
    assert str(msg["Subject"]) == "नमस्ते Priya"
    assert msg.get_body(("plain",)).get_content().replace("\r\n", "\n").rstrip() == (
        "Thank you for your time today.\nराम राम")
    stored = db.execute_sql("SELECT message_id, user_id, contact_id FROM email_message "
                            "WHERE id = ?", (message_id,)).fetchone()
    assert msg["Message-ID"] == stored[0]
    assert stored[1] is not None and stored[2] == contact  # on the contact's timeline, by user
    assert _state(message_id)[0] == "sent"


def test_server_down_keeps_the_message_and_sends_it_later(mail_account, smtp) -> None:  # noqa: F811
    smtp.stop()
    message_id = queue_mail(OutgoingMail(None, "priya@example.com", "Quote", "Attached."))
    now = int(time.time())
    report = send_due(now=now, timeout=5)
    assert report.sent == []
    state, error, attempts = _state(message_id)
    assert state == "queued" and attempts == 1
    assert error.startswith("Connection: ") and "refused the connection" in error
    assert send_due(now=now + 1).waiting == []  # backing off: not tried again at once
    assert seconds_to_next(now) == 60  # the worker looks again when the retry is due
    smtp.start()
    assert send_due(now=now + 3600).sent == [message_id]
    assert len(smtp.received) == 1
    assert _state(message_id)[:2] == ("sent", "")
    assert seconds_to_next(now) is None


def test_refused_sender_fails_and_is_shown_until_retried(mail_account, smtp) -> None:  # noqa: F811
    from dataclasses import replace

    from app.services.mail_account import save_account

    save_account(replace(mail_account, from_addr=REFUSED_SENDER))
    message_id = queue_mail(OutgoingMail(None, "priya@example.com", "Hello", "Body"))
    report = send_due()
    assert [i for i, _ in report.failed] == [message_id]
    state, error, _ = _state(message_id)
    assert state == "failed"
    assert error == f"Sender refused: the server refused {REFUSED_SENDER}: 550 5.7.1 This " \
                    "sender is not allowed here"
    assert send_due().failed == []  # a refusal for good is not retried by itself
    save_account(mail_account)
    retry(message_id)
    assert send_due().sent == [message_id]


def test_pdf_attachment_arrives_intact(mail_account, smtp) -> None:  # noqa: F811
    blob = bytes(range(256)) * 4000
    queue_mail(OutgoingMail(None, "priya@example.com", "Files", "See attached.",
                            [Attachment("quote Q-0001.pdf", "application/pdf", blob)]))
    send_due()
    [part] = list(smtp.received[0].message.iter_attachments())
    assert part.get_filename() == "quote Q-0001.pdf"
    assert part.get_content_type() == "application/pdf"
    assert part.get_content() == blob


def test_cut_off_send_becomes_unknown_and_is_not_resent(mail_account, smtp) -> None:  # noqa: F811
    message_id = queue_mail(OutgoingMail(None, "priya@example.com", "Hello", "Body"))
    # What a worker killed between claiming and finishing leaves behind.
    db.execute_sql("UPDATE email_message SET state = 'sending', claimed_at = 1 WHERE id = ?",
                   (message_id,))
    assert send_due().sent == []
    state, error, _ = _state(message_id)
    assert state == "unknown" and "may or may not have arrived" in error
    assert smtp.received == []
    retry(message_id)  # the user decides to send it again
    assert send_due().sent == [message_id]


@pytest.mark.parametrize(("mail", "field", "text"), [
    (OutgoingMail(None, "priya at example", "S", "B"), "To", "'priya at example' is not an"),
    (OutgoingMail(None, "", "S", "B"), "To", "enter an email address"),
    (OutgoingMail(None, "a@b.example", " ", "B"), "Subject", "enter a subject"),
    (OutgoingMail(None, "a@b.example", "S", "B",
                  [Attachment("big.pdf", "application/pdf", b"x" * (30 * 1024 * 1024))]),
     "Attachments", "they come to 30.0 MB; the limit is 25 MB"),
])
def test_bad_messages_are_refused_naming_the_field(mail_account, mail: OutgoingMail,  # noqa: F811
                                                   field: str, text: str) -> None:
    with pytest.raises(ValidationError) as err:
        queue_mail(mail)
    assert err.value.field == field and text in err.value.message
    assert db.execute_sql("SELECT count(*) FROM email_message").fetchone()[0] == 0


def test_without_an_account_nothing_is_queued(db_path: str) -> None:
    with pytest.raises(ValidationError) as err:
        queue_mail(OutgoingMail(None, "a@b.example", "S", "B"))
    assert err.value.field == "Mail account"


def test_unknown_only_after_the_send_timeout(mail_account, smtp) -> None:  # noqa: F811
    message_id = queue_mail(OutgoingMail(None, "priya@example.com", "Hello", "Body"))
    now = int(time.time())
    db.execute_sql("UPDATE email_message SET state = 'sending', claimed_at = ? WHERE id = ?",
                   (now - 60, message_id))
    assert mark_stale_unknown(now) == 0  # still being sent by someone
    assert mark_stale_unknown(now + 3600) == 1


def test_connection_dropped_mid_data_leaves_the_message_queued(mail_account,  # noqa: F811
                                                               smtp) -> None:  # noqa: F811
    smtp.handler.drop_next = 1
    message_id = queue_mail(OutgoingMail(None, "priya@example.com", "Quote", "Attached."))
    now = int(time.time())
    assert send_due(now=now).waiting[0][0] == message_id
    state, error, _ = _state(message_id)
    assert state == "queued"
    assert error == ("Sending: the server closed the connection while the message was being "
                     "sent")
    assert send_due(now=now + 3600).sent == [message_id]
    assert len(smtp.received) == 1


def test_without_a_password_messages_wait_without_an_attempt(mail_account, smtp) -> None:  # noqa: F811
    from app.services.mail_password import forget_session, remember_for_session

    forget_session()  # a new session, no keyring: nobody has typed the password yet
    message_id = queue_mail(OutgoingMail(None, "priya@example.com", "Hello", "Body"))
    report = send_due()
    assert report.waiting == [(message_id, _state(message_id)[1])]
    assert _state(message_id)[0] == "queued" and _state(message_id)[2] == 0
    assert _state(message_id)[1].startswith("Password: enter the mail password")
    remember_for_session(mail_account, "s3cret-pass")
    assert send_due().sent == [message_id]
