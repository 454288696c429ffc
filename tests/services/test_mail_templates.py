"""Merge fields: the merged text, the preview, and refusals that name the field."""

from __future__ import annotations

import pytest

from app.services.errors import ValidationError
from app.services.first_start import set_owner_name
from app.services.mail_default_templates import BUILTIN
from app.services.mail_merge import appointment_values, contact_values, quote_values
from app.services.mail_templates import (
    empty_fields,
    get_template,
    list_templates,
    merge,
    preview,
    save_template,
)
from tests.services.mail_helpers import customer, quote, visit


def test_quote_template_merges_contact_quote_and_user(db_path: str) -> None:
    set_owner_name("Anil Deshpande")
    values = quote_values(quote(customer()))
    merged = merge(get_template("quote").subject, get_template("quote").body, values)
    assert merged.subject == "Quotation Q-0001 for Sharma Traders"
    assert "Dear Priya," in merged.body
    assert "₹81,420.00" in merged.body  # 2 × 34,500 + 18% GST, in Indian grouping
    assert "valid until 31 Mar 2026" in merged.body
    assert merged.body.rstrip().endswith("Anil Deshpande")


def test_appointment_time_is_in_the_customers_zone(db_path: str) -> None:
    values = appointment_values(visit(customer()))
    assert values["appointment_time"] == "Tue 02 Jun 2026, 11:00 (IST)"
    assert (values["rep"], values["location"]) == ("Ravi Kumar", "14 Laxmi Estate, Pune")


def test_empty_field_refuses_naming_it_and_preview_marks_it(db_path: str) -> None:
    values = contact_values(customer(company=""))
    with pytest.raises(ValidationError) as err:
        merge("Offer for {company}", "Hello {first_name}", values)
    assert err.value.field == "Subject"
    assert "{company} (company) would come out empty" in err.value.message
    shown = preview("Offer for {company}", "Hello {first_name}", values)
    assert (shown.subject, shown.body) == ("Offer for [{company} is empty]", "Hello Priya")
    assert empty_fields("Offer for {company}", "{city} {company}", values) == ["company"]


def test_unknown_field_is_refused_naming_it(db_path: str) -> None:
    with pytest.raises(ValidationError) as err:
        merge("Hi", "Hello {frist_name}", contact_values(customer()))
    assert err.value.field == "Message" and "unknown merge field {frist_name}" in str(err.value)
    with pytest.raises(ValidationError, match=r"unknown merge field \{price\}"):
        save_template("mine", "en", "contact", "Price {price}", "Body")


def test_defaults_in_english_and_hindi_use_only_known_fields(db_path: str) -> None:
    set_owner_name("Anil Deshpande")
    names = {t.name: t.language for t in list_templates()}
    for kind in ("follow-up", "quote", "appointment"):
        assert names[kind] == "en" and names[f"{kind}-hi"] == "hi"
    values = appointment_values(visit(customer()))
    values.update(quote_values(quote(customer())))
    for template in BUILTIN:
        merged = merge(template.subject, template.body, values)
        assert "{" not in merged.subject + merged.body
    assert "नमस्ते Priya जी" in merge(get_template("quote-hi").subject,
                                       get_template("quote-hi").body, values).body


def test_saved_template_replaces_the_builtin_and_is_listed_for_its_purpose(db_path: str) -> None:
    save_template("quote", "en", "quote", "Your quote {quote_number}", "See attached.")
    assert get_template("quote").subject == "Your quote {quote_number}"
    assert not get_template("quote").builtin
    save_template("visit-note", "en", "appointment", "About {appointment_time}", "x")
    assert "visit-note" not in [t.name for t in list_templates("quote")]
    assert "visit-note" in [t.name for t in list_templates("appointment")]
    with pytest.raises(ValidationError, match="no template named 'nope'"):
        get_template("nope")
