"""Do not email: a flagged contact is never emailed, by contact or by address, from the
service or the command line; a template to many skips them and counts them."""

from __future__ import annotations

import pytest

from app.cli import main
from app.db.connection import close_database, db
from app.services.contact_types import ContactInput, EmailInput
from app.services.contacts import create_contact, get_contact, update_contact
from app.services.errors import ValidationError
from app.services.first_start import set_owner_name
from app.services.mail_bulk import email_contacts
from app.services.outbox import OutgoingMail, queue_mail, send_due
from tests.mail_servers import PASSWORD, SmtpServer, mail_account, smtp  # noqa: F401
from tests.services.mail_helpers import customer, quote


def _flag(contact_id: int) -> None:
    data = get_contact(contact_id).to_input()
    data.do_not_contact = True
    update_contact(contact_id, data)


def _outbox() -> int:
    return int(db.execute_sql("SELECT count(*) FROM email_message").fetchone()[0])


def test_flag_is_kept_on_the_contact(db_path: str) -> None:
    contact = customer()
    assert not get_contact(contact).do_not_contact
    _flag(contact)
    assert get_contact(contact).do_not_contact


def test_flagged_contact_cannot_be_emailed_by_contact_or_address(
        mail_account, smtp: SmtpServer) -> None:  # noqa: F811
    contact = customer()
    _flag(contact)
    for owner, to in ((contact, "someone.else@example.com"), (None, "PRIYA@example.com"),
                      (None, "ravi@example.com, Priya <priya@example.com>")):
        with pytest.raises(ValidationError) as caught:
            queue_mail(OutgoingMail(owner, to, "Offer", "Hello"))
        assert caught.value.field == "To"
        assert "Priya Sharma asked not to be emailed" in str(caught.value)
    assert _outbox() == 0
    assert send_due().sent == [] and smtp.received == []


def test_template_to_many_skips_and_counts(mail_account, smtp: SmtpServer) -> None:  # noqa: F811
    set_owner_name("Anil Deshpande")
    ok = customer(company="Sharma Traders", email="priya@example.com")
    flagged = customer(company="Rao Agencies", email="rao@example.com")
    _flag(flagged)
    no_address = create_contact(ContactInput(first_name="Meena", company="Meena Stores")
                                ).contact_id
    also_ok = create_contact(ContactInput(first_name="Kiran", company="K Mart", emails=[
        EmailInput("kiran@example.com")])).contact_id
    result = email_contacts([ok, flagged, no_address, also_ok], "News for {company}",
                            "Dear {first_name},\nnew prices.\n{my_name}")
    assert len(result.queued) == 2
    assert (result.skipped, result.do_not_contact, result.no_address) == (2, 1, 1)
    assert sorted(send_due().sent) == sorted(result.queued)
    got = sorted((r.rcpt_tos[0], str(r.message["Subject"])) for r in smtp.received)
    assert got == [("kiran@example.com", "News for K Mart"),
                   ("priya@example.com", "News for Sharma Traders")]


def test_quote_email_command_refuses_a_flagged_contact(
        db_path: str, mail_account, smtp: SmtpServer,  # noqa: F811
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    set_owner_name("Anil Deshpande")
    contact = customer()
    quote(contact)
    _flag(contact)
    close_database()
    monkeypatch.setenv("CALLDESK_MAIL_PASSWORD", PASSWORD)
    code = main(["quote", "email", "Q-0001", "--to", "priya@example.com", "--db", db_path])
    assert code != 0
    assert "Priya Sharma asked not to be emailed" in capsys.readouterr().err
    assert smtp.received == []
