"""Contacts with their phones and emails: saved whole or not at all, validated, de-duplicated."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.db.connection import db
from app.db.models import Appointment, Call, Contact, Email, Phone, Quote, QuoteLine, Rep
from app.services.contact_types import ContactInput, EmailInput, PhoneInput
from app.services.contacts import (
    create_contact,
    delete_contact,
    find_duplicates,
    get_contact,
    update_contact,
)
from app.services.errors import NotFoundError, ValidationError

WHEN = datetime(2026, 3, 2, 10, 30, tzinfo=UTC)


def _priya(**changes: object) -> ContactInput:
    data = ContactInput(
        first_name="Priya", last_name="Sharma", company="Sharma Traders", city="Mumbai",
        status="customer", tags=["wholesale"],
        phones=[PhoneInput("098765 43210", "mobile"), PhoneInput("022 2659 1234", "work")],
        emails=[EmailInput("priya@sharma.example", "work")],
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def _table_counts() -> dict[str, int]:
    return {t: db.execute_sql(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("contact", "phone", "email", "call", "appointment", "quote", "quote_line")}


def test_create_and_read_back(db_path: str) -> None:
    result = create_contact(_priya())
    assert result.warnings == []
    contact = get_contact(result.contact_id)
    assert contact.display_name == "Priya Sharma"
    assert [(p.e164, p.label, p.is_primary) for p in contact.phones] == [
        ("+919876543210", "mobile", True), ("+912226591234", "work", False)]
    assert [(p.raw) for p in contact.phones] == ["098765 43210", "022 2659 1234"]
    assert [(e.address, e.is_primary) for e in contact.emails] == [("priya@sharma.example", True)]
    row = Contact.get_by_id(result.contact_id)
    assert (row.primary_phone, row.primary_email, row.name_key) == (
        "+919876543210", "priya@sharma.example", "priya sharma")


def test_update_replaces_phones_and_emails(db_path: str) -> None:
    cid = create_contact(_priya()).contact_id
    update_contact(cid, _priya(
        phones=[PhoneInput("+1 (201) 555-0123", "work")],
        emails=[EmailInput("p.sharma@new.example"), EmailInput("priya@home.example", "home")]))
    contact = get_contact(cid)
    assert [p.e164 for p in contact.phones] == ["+12015550123"]
    assert [e.address for e in contact.emails] == ["p.sharma@new.example", "priya@home.example"]
    row = Contact.get_by_id(cid)
    assert (row.primary_phone, row.primary_email, row.other_emails) == (
        "+12015550123", "p.sharma@new.example", "priya@home.example")
    assert _table_counts()["phone"] == 1


def test_update_or_delete_of_a_missing_contact(db_path: str) -> None:
    with pytest.raises(NotFoundError):
        update_contact(999, _priya())
    with pytest.raises(NotFoundError):
        delete_contact(999)
    assert _table_counts()["phone"] == 0


def test_delete_removes_every_dependent_row(db_path: str) -> None:
    keep = create_contact(_priya(first_name="Kept", phones=[PhoneInput("+447700900123")],
                                 emails=[EmailInput("kept@example.com")])).contact_id
    cid = create_contact(_priya()).contact_id
    rep = Rep.create(name="Ravi", created_at=WHEN)
    for owner in (cid, keep):
        call = Call.create(contact=owner, direction="out", started_at=WHEN,
                           outcome="connected", created_at=WHEN)
        Appointment.create(contact=owner, rep=rep, call=call, starts_at=WHEN,
                           ends_at=WHEN.replace(hour=11), uid=f"appt-{owner}",
                           created_at=WHEN, updated_at=WHEN)
        quote = Quote.create(contact=owner, issued_on="2026-03-02", valid_until="2026-04-01",
                             currency="INR", created_at=WHEN, updated_at=WHEN)
        QuoteLine.create(quote=quote, position=1, description="Panel", unit_price_minor=150000)
    before = _table_counts()
    delete_contact(cid)
    after = _table_counts()
    assert {k: before[k] - after[k] for k in before} == {
        "contact": 1, "phone": 2, "email": 1, "call": 1, "appointment": 1, "quote": 1,
        "quote_line": 1}
    with pytest.raises(NotFoundError):
        get_contact(cid)
    assert get_contact(keep).display_name == "Kept Sharma"
    assert Rep.select().count() == 1


@pytest.mark.parametrize(("changes", "field", "words"), [
    ({"first_name": " ", "last_name": "", "company": ""}, "First name", "first name"),
    ({"status": "vip"}, "Status", "'vip'"),
    ({"phones": [PhoneInput("098765 43210"), PhoneInput("12345")]}, "Phone 2", "too short"),
    ({"phones": [PhoneInput("+91 98765 43210 98765")]}, "Phone 1", "too long"),
    ({"emails": [EmailInput("priya at sharma")]}, "Email 1", "not an email"),
    ({"emails": [EmailInput("ok@x.example"), EmailInput("a@b")]}, "Email 2", "'a@b'"),
    ({"notes": "x" * 1_000_001}, "Notes", "longer than"),
    ({"city": "Pu\x00ne"}, "City", "NUL"),
])
def test_validation_names_the_field_and_saves_nothing(
        db_path: str, changes: dict[str, object], field: str, words: str) -> None:
    with pytest.raises(ValidationError) as info:
        create_contact(_priya(**changes))
    assert info.value.field == field
    assert str(info.value).startswith(f"{field}: ")
    assert words in info.value.message
    assert _table_counts() == dict.fromkeys(_table_counts(), 0)


def test_an_invalid_later_phone_leaves_the_old_contact_untouched(db_path: str) -> None:
    cid = create_contact(_priya()).contact_id
    before = get_contact(cid)
    with pytest.raises(ValidationError, match="Phone 3"):
        update_contact(cid, _priya(first_name="Changed", phones=[
            PhoneInput("+1 201 555 0123"), PhoneInput("+44 20 7946 0958"), PhoneInput("999")]))
    assert get_contact(cid) == before


def test_a_failure_while_writing_rolls_back_the_whole_save(
        db_path: str, monkeypatch: pytest.MonkeyPatch) -> None:
    cid = create_contact(_priya()).contact_id
    before = get_contact(cid)

    def broken_insert(**_: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(Email, "insert", broken_insert)
    with pytest.raises(RuntimeError):
        update_contact(cid, _priya(first_name="Changed", phones=[PhoneInput("+12015550123")]))
    with pytest.raises(RuntimeError):
        create_contact(_priya(first_name="Second"))
    assert get_contact(cid) == before
    assert _table_counts()["contact"] == 1
    assert Phone.select().count() == 2


def test_possible_but_unassigned_numbers_save_with_a_warning(db_path: str) -> None:
    result = create_contact(_priya(phones=[PhoneInput("098765 43210"),
                                           PhoneInput("055555 55555")]))
    assert len(result.warnings) == 1
    assert result.warnings[0].startswith("Phone 2: +91 5555 555 555")
    assert [p.e164 for p in get_contact(result.contact_id).phones] == [
        "+919876543210", "+915555555555"]


def test_same_number_typed_twice_is_stored_once(db_path: str) -> None:
    cid = create_contact(_priya(phones=[PhoneInput("098765 43210"),
                                        PhoneInput("+91 98765-43210", "work")])).contact_id
    assert [p.e164 for p in get_contact(cid).phones] == ["+919876543210"]


def test_duplicates_by_phone_and_by_email_ignoring_case(db_path: str) -> None:
    cid = create_contact(_priya()).contact_id
    by_phone = find_duplicates(ContactInput(first_name="Other",
                                            phones=[PhoneInput("+91 98765 43210")]))
    assert [(h.contact_id, h.name, h.what) for h in by_phone] == [
        (cid, "Priya Sharma", "+919876543210")]
    by_email = find_duplicates(ContactInput(first_name="Other",
                                            emails=[EmailInput("PRIYA@Sharma.Example")]))
    assert [(h.contact_id, h.what) for h in by_email] == [(cid, "priya@sharma.example")]
    assert find_duplicates(ContactInput(first_name="Other", phones=[PhoneInput("98765 43211")],
                                        emails=[EmailInput("priya@sharma.example.in")])) == []
    assert find_duplicates(_priya(), exclude_id=cid) == []  # editing itself is no duplicate


def test_tags_are_trimmed_split_and_deduplicated(db_path: str) -> None:
    cid = create_contact(_priya(tags=[" vip , Hot;wholesale", "VIP", "hot ", ",,"])).contact_id
    assert get_contact(cid).tags == ["vip", "Hot", "wholesale"]
    assert Contact.get_by_id(cid).tags == "vip, Hot, wholesale"


def test_scripts_emoji_and_long_notes_round_trip_exactly(db_path: str) -> None:
    notes = ("पहली पंक्ति\r\nSecond line 😀👍🏽 — “quotes” & <b>tags</b>\n\tindented\n"
             * 1500)[:100_000]
    assert len(notes.encode("utf-8")) > 100_000
    data = _priya(first_name="राजेश", last_name="कुमार", company="कुमार इलेक्ट्रिकल्स 🔌",
                  city="दिल्ली", street="12 MG Road\nNear the temple", notes=notes,
                  tags=["ग्राहक", "⭐ vip"], emails=[EmailInput("rajesh@exämple.in")])
    cid = create_contact(data).contact_id
    contact = get_contact(cid)
    assert (contact.first_name, contact.last_name, contact.company, contact.city) == (
        "राजेश", "कुमार", "कुमार इलेक्ट्रिकल्स 🔌", "दिल्ली")
    assert contact.street == "12 MG Road\nNear the temple"
    assert contact.notes == notes
    assert contact.tags == ["ग्राहक", "⭐ vip"]
    assert contact.emails[0].address == "rajesh@exämple.in"
    assert contact.to_input() == ContactInput(
        first_name="राजेश", last_name="कुमार", company="कुमार इलेक्ट्रिकल्स 🔌",
        city="दिल्ली", street="12 MG Road\nNear the temple", notes=notes, status="customer",
        tags=["ग्राहक", "⭐ vip"],
        phones=[PhoneInput("+919876543210", "mobile"), PhoneInput("+912226591234", "work")],
        emails=[EmailInput("rajesh@exämple.in")])
