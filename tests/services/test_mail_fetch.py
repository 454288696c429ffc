"""Replies fetched from a real (small, in-test) IMAP server into the contact's timeline."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from email.message import EmailMessage

import pytest

from app.db.connection import db
from app.services.mail_account import make_account, save_account
from app.services.mail_errors import MailError
from app.services.mail_fetch import fetch_replies
from app.services.mail_queries import contact_emails
from app.services.outbox import OutgoingMail, queue_mail
from tests.imap_server import ImapServer
from tests.mail_servers import PASSWORD, USER
from tests.services.mail_helpers import customer


@pytest.fixture()
def imap() -> Iterator[ImapServer]:
    server = ImapServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture()
def account(db_path: str, imap: ImapServer):
    made = make_account("127.0.0.1:2525", "none", USER, "Anil <anil@surya.example>",
                        f"127.0.0.1:{imap.port}")
    save_account(made)
    return made


def _mail(sender: str, subject: str, body: str, message_id: str, in_reply_to: str = "") -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "anil@surya.example"
    msg["Subject"] = subject
    msg["Message-ID"] = message_id
    msg["Date"] = "Tue, 02 Jun 2026 10:15:00 +0530"
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    msg.set_content(body)
    return msg.as_bytes()


def test_replies_are_threaded_onto_the_contact_once(account, imap: ImapServer) -> None:
    priya = customer()
    other = customer(email="accounts@sharma.example")
    sent = queue_mail(OutgoingMail(priya, "priya@example.com", "Quote", "Attached."))
    ours = db.execute_sql("SELECT message_id FROM email_message WHERE id = ?",
                          (sent,)).fetchone()[0]
    # A reply from another address of the company still threads by In-Reply-To.
    imap.add(_mail("Finance <finance@sharma.example>", "Re: Quote", "> Attached.\nLooks good.",
                   "<r1@sharma.example>", ours))
    imap.add(_mail("Accounts <ACCOUNTS@sharma.example>", "Invoice address", "Use this one.",
                   "<r2@sharma.example>"))
    imap.add(_mail("spam@elsewhere.example", "Win a prize", "...", "<s@elsewhere.example>"))
    result = fetch_replies(account, PASSWORD)
    assert (result.stored, result.skipped, result.more) == (2, 1, False)
    rows, _ = contact_emails(priya)
    reply = next(r for r in rows if r.direction == "in")
    assert (reply.subject, reply.snippet) == ("Re: Quote", "Looks good.")
    assert [r.subject for r in contact_emails(other)[0]] == ["Invoice address"]
    assert fetch_replies(account, PASSWORD).stored == 0  # nothing new, nothing twice
    assert imap.fetched == [1, 2, 3]
    imap.add(_mail("priya@example.com", "One more thing", "Call me.", "<r3@example.com>"))
    assert fetch_replies(account, PASSWORD).stored == 1
    assert imap.fetched == [1, 2, 3, 4]
    imap.uidvalidity += 1  # the folder was rebuilt: read again, store nothing twice
    assert fetch_replies(account, PASSWORD).stored == 0
    assert db.execute_sql("SELECT count(*) FROM email_message WHERE direction = 'in'"
                          ).fetchone()[0] == 3


def test_a_run_is_bounded(account, imap: ImapServer) -> None:
    customer()
    for n in range(5):
        imap.add(_mail("priya@example.com", f"Note {n}", "x", f"<n{n}@example.com>"))
    first = fetch_replies(account, PASSWORD, limit=3)
    assert (first.stored, first.more) == (3, True)
    second = fetch_replies(account, PASSWORD, limit=3)
    assert (second.stored, second.more) == (2, False)


def test_wrong_password_is_a_login_failure(account) -> None:
    with pytest.raises(MailError) as err:
        fetch_replies(account, "wrong")
    assert err.value.stage == "login"
    assert "the IMAP server refused user anil" in str(err.value)


def test_a_server_that_never_answers_times_out(account) -> None:
    silent = ImapServer(silent=True)
    silent.start()
    try:
        with pytest.raises(MailError) as err:
            fetch_replies(replace(account, imap_port=silent.port), PASSWORD, timeout=1)
    finally:
        silent.stop()
    assert err.value.stage == "connect"
    assert f"127.0.0.1:{silent.port} did not answer within 1 s" in str(err.value)


def test_without_imap_in_the_account_fetch_says_so(db_path: str) -> None:
    with pytest.raises(MailError, match="IMAP: no IMAP server is set"):
        fetch_replies(make_account("mail.example.com", "tls", "u", "a@b.example"), "x")


def test_worker_fetches_in_its_round_and_then_waits(account, imap: ImapServer) -> None:
    from app.services.mail_password import forget_session, remember_for_session
    from app.services.mail_worker import OutboxWorker

    customer()
    imap.add(_mail("priya@example.com", "Hello", "x", "<w1@example.com>"))
    worker = OutboxWorker()
    assert worker.maybe_fetch() is None  # no password yet: nothing is asked from a thread
    remember_for_session(account, PASSWORD)
    worker.fetch_now()
    try:
        result = worker.maybe_fetch()
        assert result is not None and result.stored == 1
        assert worker.maybe_fetch() is None  # not again until the interval has passed
    finally:
        forget_session()


def _reply_from_rep(uid: str, partstat: str, sequence: int, n: int) -> bytes:
    from icalendar import Calendar, Event, vCalAddress

    cal = Calendar()
    cal.add("prodid", "-//Rep's phone//EN")
    cal.add("version", "2.0")
    cal.add("method", "REPLY")
    event = Event()
    event.add("uid", uid)
    event.add("sequence", sequence)
    attendee = vCalAddress("mailto:ravi@surya.example")
    attendee.params["partstat"] = partstat
    event.add("attendee", attendee)
    cal.add_component(event)
    msg = EmailMessage()
    msg["From"] = "Ravi Kumar <ravi@surya.example>"  # a rep, not a contact
    msg["To"] = "anil@surya.example"
    msg["Subject"] = f"{partstat.capitalize()}: Visit"
    msg["Message-ID"] = f"<itip-{n}@surya.example>"
    msg.set_content(f"Ravi Kumar has {partstat.lower()} this invitation.")
    msg.add_alternative(cal.to_ical().decode(), subtype="calendar",
                        params={"method": "REPLY"})
    return msg.as_bytes()


def test_rep_itip_reply_confirms_the_appointment(account, imap: ImapServer) -> None:
    from datetime import timedelta

    from app.services.appointment_invite import invite
    from app.services.appointments import get_appointment, move_appointment
    from app.services.invite_replies import invitation_reply
    from tests.services.mail_helpers import VISIT, visit

    contact = customer()
    appointment = visit(contact)
    uid = get_appointment(appointment).uid
    invite(appointment)
    imap.add(_reply_from_rep(uid, "ACCEPTED", 0, 1))
    assert fetch_replies(account, PASSWORD).stored == 1
    assert get_appointment(appointment).status == "confirmed"
    assert invitation_reply(appointment) == ("ACCEPTED", "ravi@surya.example")
    assert "Accepted: Visit" in [r.subject for r in contact_emails(contact)[0]]
    move_appointment(appointment, VISIT + timedelta(hours=3))
    invite(appointment)  # the update (SEQUENCE 1) waits for a new answer
    assert invitation_reply(appointment) == ("", "ravi@surya.example")
    imap.add(_reply_from_rep(uid, "DECLINED", 0, 2))  # an answer to the old time
    fetch_replies(account, PASSWORD)
    assert invitation_reply(appointment)[0] == ""
    imap.add(_reply_from_rep(uid, "DECLINED", 1, 3))
    fetch_replies(account, PASSWORD)
    assert invitation_reply(appointment)[0] == "DECLINED"
