"""A copy the Sent folder refused is shown on the contact's timeline, the message sent once."""

from __future__ import annotations

from app.services.outbox import OutgoingMail, queue_mail, send_due
from tests.services.mail_helpers import customer
from tests.services.test_mail_sent_copy import servers  # noqa: F401


def test_timeline_says_the_sent_copy_failed(qtbot, main_window, servers) -> None:  # noqa: F811
    smtp, imap = servers
    imap.refuse_append = "[OVERQUOTA] Mailbox is full"
    contact = customer()
    queue_mail(OutgoingMail(contact, "priya@example.com", "Price list", "Hi"))
    send_due(timeout=5)
    main_window.refresh_all()
    main_window.contacts.show_contact(contact)
    text = main_window.contacts.detail.toPlainText()
    assert ("sent, but not copied to your Sent folder: copy to Sent: the server refused it "
            "([OVERQUOTA] Mailbox is full)") in text
    assert "not sent" not in text and len(smtp.received) == 1
