"""The quote PDF rendered while the compose window is open is attached only if the quote and
its customer are still as it shows them; otherwise Send renders the current one."""

from __future__ import annotations

import io

from pypdf import PdfReader

from app.services.contacts import get_contact, update_contact
from app.services.first_start import set_owner_name
from app.services.outbox import send_due
from app.services.quote_mail import email_quote, render_ahead
from tests.mail_servers import SmtpServer, mail_account, smtp  # noqa: F401
from tests.services.mail_helpers import customer, quote


def _attached(smtp: SmtpServer) -> bytes:  # noqa: F811
    [pdf] = list(smtp.received[-1].message.iter_attachments())
    return bytes(pdf.get_content())


def test_the_pdf_made_ahead_is_sent_when_nothing_changed(mail_account,  # noqa: F811
                                                         smtp: SmtpServer) -> None:  # noqa: F811
    set_owner_name("Anil Deshpande")
    quote_id = quote(customer())
    ahead = render_ahead(quote_id)
    assert ahead is not None
    email_quote(quote_id, "priya@example.com", rendered=ahead)
    send_due()
    assert _attached(smtp) == ahead.data


def test_a_change_since_makes_send_render_it_again(mail_account,  # noqa: F811
                                                   smtp: SmtpServer) -> None:  # noqa: F811
    set_owner_name("Anil Deshpande")
    contact = customer()
    quote_id = quote(contact)
    ahead = render_ahead(quote_id)
    assert ahead is not None
    data = get_contact(contact).to_input()
    data.company = "Sharma Traders and Sons"
    update_contact(contact, data)  # the customer's name on the quote changed meanwhile
    email_quote(quote_id, "priya@example.com", rendered=ahead)
    send_due()
    sent = _attached(smtp)
    assert sent != ahead.data
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(sent)).pages)
    assert "Sharma Traders and Sons" in text
