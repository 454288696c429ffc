"""Garbage in, nothing lost: random text of every kind fed to create/update contact.

Only a ValidationError (naming a field) may escape; a refused save changes nothing; an accepted
one reads back exactly as typed (names trimmed of surrounding spaces, notes untouched). After
the run the file passes the full integrity check (search index and counters included).
CALLDESK_SOAK=1 tries many more inputs.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.db.connection import db
from app.db.integrity import full_check
from app.services.contact_types import ContactDetail, ContactInput, EmailInput, PhoneInput
from app.services.contacts import create_contact, get_contact, update_contact
from app.services.errors import ValidationError
from tests.unicode_text import PROFILE, any_text, clean_text, notes_text, report

name_text = st.one_of(clean_text, st.sampled_from(["Asha", "राजेश", "محمد", "Zoë 👩‍🔧", "李"]))
# Mostly usable numbers and addresses, so that most saves go through and get read back.
phone_text = st.one_of(
    st.sampled_from(["+91 98765 43210", "098111 22334", "+1 (201) 555-0123", "+44 7700 900123",
                     "+91 98765 43210 ext. 12", "(0)98111-22334", "+91-98111 22335"]),
    st.sampled_from(["0", "+", "++91", "9" * 40, "", "  "]),
    any_text,
)
email_text = st.one_of(st.emails().map(str), st.sampled_from(["a@b.co", "x@y", "@@", ""]),
                       any_text)
good_status = st.sampled_from(["lead", "prospect", "customer", "inactive"])
status_text = st.one_of(good_status, st.sampled_from(["", "LEAD", "vip"]))


@st.composite
def contact_inputs(draw: st.DrawFn) -> ContactInput:
    if draw(st.booleans()):  # anything at all: most of these must be refused cleanly
        text, names, notes, status, keep = any_text, any_text, any_text, status_text, False
    else:  # text a person can type, valid status, numbers kept even when unparsable
        text, names, notes, keep = clean_text, name_text, notes_text, True
        status = good_status
    phones = draw(st.lists(st.tuples(phone_text, text, st.booleans()), max_size=3))
    emails = draw(st.lists(st.tuples(email_text, text), max_size=3))
    return ContactInput(
        first_name=draw(names), last_name=draw(text), company=draw(text), title=draw(text),
        street=draw(text), city=draw(text), region=draw(text), postal_code=draw(text),
        country=draw(text), source=draw(text), status=draw(status),
        tags=draw(st.lists(text, max_size=3)), notes=draw(notes),
        do_not_call=draw(st.booleans()),
        phones=[PhoneInput(n, label, keep_unparsed=k or keep) for n, label, k in phones],
        emails=[EmailInput(a, label) for a, label in emails
                if not keep or re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", a.strip())],
    )


TRIMMED = ("first_name", "last_name", "company", "title", "street", "city", "region",
           "postal_code", "country", "source")


def _tags(raw: list[str]) -> list[str]:
    tags: list[str] = []
    for tag in (t.strip() for r in raw for t in r.replace(";", ",").split(",")):
        if tag and tag.casefold() not in (t.casefold() for t in tags):
            tags.append(tag)
    return tags


def assert_reads_back(saved: ContactDetail, data: ContactInput) -> None:
    for name in TRIMMED:
        assert getattr(saved, name) == getattr(data, name).strip(), name
    assert saved.notes == data.notes
    assert saved.status == data.status and saved.do_not_call == data.do_not_call
    assert saved.tags == _tags(data.tags)
    typed = [p.number.strip() for p in data.phones if p.number.strip()]
    assert all(p.raw in typed for p in saved.phones)
    assert len(saved.phones) <= len(typed)
    for phone in saved.phones:
        assert phone.e164 is None or re.fullmatch(r"\+[1-9]\d{6,14}", phone.e164)
    addresses = [e.address.strip() for e in data.emails if e.address.strip()]
    assert [e.address for e in saved.emails] == [
        a for i, a in enumerate(addresses)
        if a.casefold() not in (b.casefold() for b in addresses[:i])]


def _table_counts() -> tuple[int, ...]:
    return tuple(db.execute_sql(f"SELECT count(*) FROM {t}").fetchone()[0]
                 for t in ("contact", "phone", "email", "contact_fts_docsize"))


FIELDS = re.compile(r"^(First name|Last name|Company|Title|Street|City|Region|Postal code|"
                    r"Country|Source|Notes|Tags|Status|Phone \d+|Email \d+)$")


def test_property_create_contact_with_random_text(db_path: str,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    tally = {"tried": 0, "saved": 0, "refused": 0}

    @PROFILE
    @given(data=contact_inputs())
    def run(data: ContactInput) -> None:
        tally["tried"] += 1
        before = _table_counts()
        try:
            result = create_contact(data)
        except ValidationError as exc:
            tally["refused"] += 1
            assert FIELDS.match(exc.field), exc.field
            assert _table_counts() == before
            return
        tally["saved"] += 1
        assert_reads_back(get_contact(result.contact_id), data)

    run()
    assert full_check(db_path).ok, full_check(db_path).problems
    assert tally["saved"] and tally["refused"]
    report(capsys, "create contact", tally)


def test_property_update_contact_with_random_text(db_path: str,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    tally = {"tried": 0, "saved": 0, "refused": 0}
    contact_id = create_contact(ContactInput(
        first_name="Asha", notes="original", phones=[PhoneInput("+919876543210")],
        emails=[EmailInput("asha@example.com")])).contact_id

    @PROFILE
    @given(data=contact_inputs())
    def run(data: ContactInput) -> None:
        tally["tried"] += 1
        before, counts = get_contact(contact_id), _table_counts()
        try:
            update_contact(contact_id, data)
        except ValidationError as exc:
            tally["refused"] += 1
            assert FIELDS.match(exc.field), exc.field
            assert get_contact(contact_id) == before and _table_counts() == counts
            return
        tally["saved"] += 1
        assert_reads_back(get_contact(contact_id), data)

    run()
    assert full_check(db_path).ok, full_check(db_path).problems
    assert tally["saved"] and tally["refused"]
    report(capsys, "update contact", tally)
