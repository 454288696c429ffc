"""Phone numbers as people type them: parsing, refusing, warning, display and finding."""

from __future__ import annotations

import pytest

from app.services.errors import ValidationError
from app.services.phones import (
    AsYouType,
    format_for_display,
    numbers_in_text,
    parse_phone,
    region_from_locale,
    tel_url,
)

INDIA = "+919876543210"


@pytest.mark.parametrize("typed", [
    "098765 43210", "09876543210", "9876543210", "98765 43210", "98765-43210",
    "+91 98765 43210", "+91-98765-43210", "+91 (98765) 43210", "+919876543210",
    "0091 98765 43210", "98765.43210", " 098765\u00a043210 ", "+91 98765 43210",
])
def test_indian_numbers_in_many_styles(typed: str) -> None:
    parsed = parse_phone(typed, "IN")
    assert parsed.e164 == INDIA
    assert parsed.warning == ""


@pytest.mark.parametrize(("typed", "region", "e164"), [
    ("(201) 555-0123", "US", "+12015550123"),
    ("201.555.0123", "US", "+12015550123"),
    ("1-201-555-0123", "US", "+12015550123"),
    ("+1 201 555 0123", "IN", "+12015550123"),
    ("001 201 555 0123", "IN", "+12015550123"),
    ("020 7946 0958", "GB", "+442079460958"),
    ("07700 900123", "GB", "+447700900123"),
    ("+44 (0)7700 900123", "IN", "+447700900123"),
    ("+44 20 7946 0958", "US", "+442079460958"),
    ("030 12345678", "DE", "+493012345678"),
    ("(030) 1234-5678", "DE", "+493012345678"),
    ("+49 151 23456789", "IN", "+4915123456789"),
    ("0151/23456789", "DE", "+4915123456789"),
])
def test_us_uk_german_numbers(typed: str, region: str, e164: str) -> None:
    assert parse_phone(typed, region).e164 == e164


def test_the_region_decides_what_a_national_number_means() -> None:
    assert parse_phone("(201) 555-0123", "US").e164 == "+12015550123"
    assert parse_phone("2015550123", "IN").e164 == "+912015550123"


@pytest.mark.parametrize(("typed", "extension"), [
    ("+1 201 555 0123 ext. 42", "42"),
    ("(201) 555-0123 x42", "42"),
    ("201-555-0123 extension 7", "7"),
])
def test_extensions_are_kept_apart(typed: str, extension: str) -> None:
    parsed = parse_phone(typed, "US")
    assert parsed.e164 == "+12015550123"
    assert parsed.extension == extension
    assert tel_url(parsed.e164, parsed.extension) == f"tel:+12015550123;ext={extension}"


@pytest.mark.parametrize(("typed", "why"), [
    ("12", "too short"),
    ("98765", "too short"),
    ("98765 43210 98765 4321", "too long"),
    ("+999 1234 5678", "is not a phone number"),
    ("call me", "no digits"),
    ("---", "no digits"),
])
def test_impossible_numbers_are_refused_naming_the_field(typed: str, why: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_phone(typed, "IN", "Phone 2")
    assert info.value.field == "Phone 2"
    assert str(info.value).startswith("Phone 2: ")
    assert why in info.value.message


def test_an_empty_number_is_refused() -> None:
    with pytest.raises(ValidationError, match="Phone: enter a phone number"):
        parse_phone("   ", "IN")


def test_possible_but_unassigned_numbers_are_accepted_with_a_warning() -> None:
    # The right length, but no Indian number starts 55, and no US exchange starts with 1.
    parsed = parse_phone("055555 55555", "IN", "Phone 1")
    assert parsed.e164 == "+915555555555"
    assert parsed.warning.startswith("Phone 1: +91 5555 555 555 is not an assigned number")
    us = parse_phone("(201) 155-0123", "US", "Phone 3")
    assert us.e164 == "+12011550123"
    assert us.warning.startswith("Phone 3: ")
    assert parse_phone("(201) 555-0123", "US").warning == ""


def test_display_is_national_at_home_and_international_abroad() -> None:
    assert format_for_display(INDIA, "IN") == "098765 43210"
    assert format_for_display(INDIA, "US") == "+91 98765 43210"
    assert format_for_display("+12015550123", "US") == "(201) 555-0123"
    assert format_for_display("+12015550123", "IN") == "+1 201-555-0123"
    assert format_for_display("+442079460958", "GB") == "020 7946 0958"
    assert format_for_display("+4915123456789", "IN") == "+49 1512 3456789"
    assert format_for_display("", "IN") == ""
    assert format_for_display("not a number", "IN") == "not a number"


def test_numbers_in_pasted_text() -> None:
    text = ("Spoke to Ravi (mobile 098765 43210, office +91 22 2659 1234). "
            "His US partner: +1 (201) 555-0123. Again: +91 98765 43210. Order #12, qty 3.")
    assert numbers_in_text(text, "IN") == ["+919876543210", "+912226591234", "+12015550123"]
    assert numbers_in_text("no numbers here, only 3 apples", "IN") == []


@pytest.mark.parametrize(("name", "region"), [
    ("en_IN", "IN"), ("hi_IN.UTF-8", "IN"), ("en-US", "US"), ("en_GB", "GB"),
    ("de_DE@euro", "DE"), ("C", "US"), ("", "US"), ("en_ZZ", "US"),
])
def test_region_from_locale(name: str, region: str) -> None:
    assert region_from_locale(name) == region


def test_as_you_type_formats_progressively() -> None:
    fmt = AsYouType("IN")
    assert fmt.format("09876543210") == "098765 43210"
    assert fmt.format("+9198765") == "+91 98765"
    assert AsYouType("US").format("2015550123") == "(201) 555-0123"


@pytest.mark.parametrize("e164", ["+919876543210", "+12015550123", "+441632960123",
                                  "+9198765432", "+1555", "+80012345678", ""])
@pytest.mark.parametrize("home", ["IN", "US"])
def test_a_list_row_reads_its_number_once_to_the_same_text_and_flag(e164: str,
                                                                    home: str) -> None:
    from app.services.phones import format_for_display, is_assigned, shown_and_assigned

    assert shown_and_assigned(e164, home) == (format_for_display(e164, home), is_assigned(e164))
