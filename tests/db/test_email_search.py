"""The Contacts search finds a contact by the subject or text of an email to or from them,
through an index on both engines (FTS5 email_fts; the GIN index on email_message.search_doc)."""

from __future__ import annotations

import pytest

from app.db.connection import db, is_postgres
from app.db.contact_list import ContactQuery, contacts_page_sql, fetch_contacts
from app.services.contact_types import ContactInput, EmailInput
from app.services.contacts import create_contact
from app.services.outbox import OutgoingMail, queue_mail
from tests.mail_servers import mail_account, smtp  # noqa: F401
from tests.services.mail_helpers import customer


def _names(text: str, sort: str = "name") -> list[str]:
    return [r.first_name for r in fetch_contacts(ContactQuery(text=text, sort=sort))]


@pytest.fixture()
def mailed(mail_account) -> int:  # noqa: F811
    priya = customer()
    create_contact(ContactInput(first_name="Ravi", company="Monsoon Traders", emails=[
        EmailInput("ravi@example.com")]))
    create_contact(ContactInput(first_name="Meena"))
    queue_mail(OutgoingMail(priya, "priya@example.com", "Brochure for the solar heater",
                            "Dear Priya,\nthe xylophonic model is in stock."))
    queue_mail(OutgoingMail(priya, "priya@example.com", "Second brochure", "Another one."))
    queue_mail(OutgoingMail(None, "nobody@example.com", "Unrelated heater", "No contact."))
    return priya


def test_a_subject_or_text_word_finds_the_contact_once(mailed: int) -> None:
    assert _names("heater") == ["Priya"]  # the email without a contact finds nobody
    assert _names("xyloph") == ["Priya"]  # a prefix of a word of the text
    assert _names("BROCHURE") == ["Priya"]  # two emails, one contact
    assert _names("solar heater") == ["Priya"]  # every word, in the same email
    assert _names("monsoon") == ["Ravi"]  # the contact's own fields, as before
    assert _names("brochure", sort="city") == ["Priya"]
    assert _names("zzqx") == []


def test_search_sees_new_and_deleted_emails(mailed: int) -> None:
    assert _names("catalogue") == []
    message_id = queue_mail(OutgoingMail(mailed, "priya@example.com", "Catalogue", "Hi"))
    assert _names("catalogue") == ["Priya"]
    with db.atomic():
        db.execute_sql("DELETE FROM email_message WHERE id = ?", (message_id,))
    assert _names("catalogue") == []


def test_the_email_words_are_found_through_an_index(mailed: int) -> None:
    sql, params = contacts_page_sql(ContactQuery(text="brochure"), None, 50)
    if is_postgres():
        with db.atomic():
            db.execute_sql("SET LOCAL enable_seqscan = off")  # a tiny table: judge the index
            plan = "\n".join(str(r[0]) for r in db.execute_sql("EXPLAIN " + sql, params))
        assert "email_search" in plan
        assert "Seq Scan on email_message" not in plan
    else:
        plan = "\n".join(str(r[-1]) for r in db.execute_sql("EXPLAIN QUERY PLAN " + sql,
                                                             params))
        # email_fts (as f) by its index, then each email row by its key: no scan of emails.
        assert "SCAN f VIRTUAL TABLE INDEX" in plan
        assert "SEARCH m USING INTEGER PRIMARY KEY" in plan
        assert "SCAN email_message" not in plan
