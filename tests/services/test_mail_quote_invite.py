"""Emailing a quote and inviting to an appointment, received by a real aiosmtpd and parsed."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from icalendar import Calendar
from pypdf import PdfReader

from app.db.connection import db
from app.services.appointment_invite import invite
from app.services.appointments import move_appointment, set_status
from app.services.errors import ValidationError
from app.services.first_start import set_owner_name
from app.services.outbox import send_due
from app.services.quote_mail import email_quote, quote_sends
from app.services.quotes import get_quote, revise_quote
from tests.mail_servers import SmtpServer, mail_account, smtp  # noqa: F401
from tests.services.mail_helpers import VISIT, customer, quote, visit


@pytest.fixture(autouse=True)
def _named_user(db_path: str) -> None:
    set_owner_name("Anil Deshpande")


def _pdf_text(data: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_quote_email_carries_the_pdf_of_that_revision_and_marks_it_sent(
        mail_account, smtp: SmtpServer) -> None:  # noqa: F811
    quote_id = quote(customer())
    email_quote(quote_id, "Priya <priya@example.com>")
    assert get_quote(quote_id).status == "sent"  # marked in the same transaction
    revised = revise_quote(quote_id)
    email_quote(revised, "accounts@sharma.example", template="quote-hi")
    assert len(send_due().sent) == 2
    first, second = smtp.received
    assert str(first.message["Subject"]) == "Quotation Q-0001 for Sharma Traders"
    [pdf] = list(first.message.iter_attachments())
    assert pdf.get_filename() == "Quotation Q-0001.pdf"
    assert pdf.get_content().startswith(b"%PDF")
    assert "Q-0001" in _pdf_text(pdf.get_content())
    assert "Q-0001-R1" not in _pdf_text(pdf.get_content())
    [pdf_r1] = list(second.message.iter_attachments())
    assert pdf_r1.get_filename() == "Quotation Q-0001-R1.pdf"
    assert "Q-0001-R1" in _pdf_text(pdf_r1.get_content())
    assert second.rcpt_tos == ["accounts@sharma.example"]
    assert "कोटेशन Q-0001-R1" in str(second.message["Subject"])
    assert [(s.number, s.to, s.state) for s in quote_sends(revised)] == [
        ("Q-0001-R1", "accounts@sharma.example", "sent")]
    assert [s.to for s in quote_sends(quote_id)] == ["Priya <priya@example.com>"]


def test_revised_quote_is_not_emailed_and_nothing_changes(mail_account) -> None:  # noqa: F811
    quote_id = quote(customer())
    email_quote(quote_id, "priya@example.com")
    revise_quote(quote_id)
    with pytest.raises(ValidationError, match="Q-0001 is revised and cannot be emailed; email "
                                              "its latest revision"):
        email_quote(quote_id, "priya@example.com")
    assert db.execute_sql("SELECT count(*) FROM email_message").fetchone()[0] == 1


def test_failed_queue_leaves_the_quote_a_draft(mail_account) -> None:  # noqa: F811
    quote_id = quote(customer(company=""))
    with pytest.raises(ValidationError, match=r"\{company\}"):
        email_quote(quote_id, "priya@example.com")  # the subject names the company
    assert get_quote(quote_id).status == "draft"
    with pytest.raises(ValidationError, match="To: 'priya@' is not an email address"):
        email_quote(quote_id, "priya@", subject="Quote {quote_number}")
    assert get_quote(quote_id).status == "draft"
    assert db.execute_sql("SELECT count(*) FROM email_message").fetchone()[0] == 0


def _calendar(received) -> tuple[str, Calendar]:
    [part] = [p for p in received.message.walk() if p.get_content_type() == "text/calendar"]
    return str(part.get_param("method")), Calendar.from_ical(part.get_content())


def test_invitation_is_itip_request_then_update_then_cancel(
        mail_account, smtp: SmtpServer) -> None:  # noqa: F811
    appointment = visit(customer())
    invite(appointment, include_customer=True)
    invite(appointment)  # nothing changed: the same SEQUENCE again
    move_appointment(appointment, VISIT + timedelta(hours=2))
    invite(appointment)
    set_status(appointment, "cancelled")
    invite(appointment)
    send_due()
    got = [_calendar(r) for r in smtp.received]
    assert [m for m, _ in got] == ["REQUEST", "REQUEST", "REQUEST", "CANCEL"]
    events = [next(iter(cal.walk("VEVENT"))) for _, cal in got]
    assert [str(cal["METHOD"]) for _, cal in got] == ["REQUEST", "REQUEST", "REQUEST", "CANCEL"]
    assert len({str(e["UID"]) for e in events}) == 1  # stable
    assert [int(e["SEQUENCE"]) for e in events] == [0, 0, 1, 2]
    first = events[0]
    assert str(first["ORGANIZER"]) == "mailto:anil@surya.example"
    assert first["ORGANIZER"].params["CN"] == "Anil Deshpande"
    attendees = first["ATTENDEE"]
    assert [str(a) for a in attendees] == ["mailto:ravi@surya.example",
                                           "mailto:priya@example.com"]
    assert all(a.params["RSVP"] == "TRUE" for a in attendees)
    assert events[2]["DTSTART"].dt == (VISIT + timedelta(hours=2))
    assert str(events[3]["STATUS"]) == "CANCELLED"
    assert smtp.received[0].rcpt_tos == ["ravi@surya.example", "priya@example.com"]
    assert smtp.received[1].rcpt_tos == ["ravi@surya.example"]
    assert "Cancelled:" in str(smtp.received[3].message["Subject"])


def test_invitation_refusals_name_what_is_missing(mail_account) -> None:  # noqa: F811
    with pytest.raises(ValidationError) as err:
        invite(visit(customer(), rep_email=""))
    assert err.value.field == "Rep email" and "Ravi Kumar has no email" in err.value.message
    db.execute_sql("DELETE FROM appointment")
    db.execute_sql("DELETE FROM rep")
    appointment = visit(customer(email=""))
    with pytest.raises(ValidationError, match="Customer email: the customer has no email"):
        invite(appointment, include_customer=True)
    set_status(appointment, "cancelled")
    with pytest.raises(ValidationError, match="no invitation was sent"):
        invite(appointment)
    assert db.execute_sql("SELECT count(*) FROM email_message").fetchone()[0] == 0
