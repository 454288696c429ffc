"""Typing a word of an email's subject into the Contacts search finds the contact."""

from __future__ import annotations

from app.services.contact_types import ContactInput
from app.services.contacts import create_contact
from app.services.outbox import OutgoingMail, queue_mail
from tests.mail_servers import mail_account, smtp  # noqa: F401
from tests.services.mail_helpers import customer


def test_contacts_search_finds_the_contact_by_an_email_subject(
        qtbot, main_window, mail_account) -> None:  # noqa: F811
    priya = customer()
    create_contact(ContactInput(first_name="Meena", company="Meena Stores"))
    queue_mail(OutgoingMail(priya, "priya@example.com", "Monsoon brochure", "Attached."))
    main_window.refresh_all()
    tab = main_window.contacts
    tab.search.clear()
    qtbot.keyClicks(tab.search, "monsoo")
    qtbot.waitUntil(lambda: tab.model.query.text == "monsoo", timeout=2000)
    assert tab.model.rowCount() == 1
    assert tab.model.contact_id(0) == priya
    assert tab.detail.contact_id == priya
