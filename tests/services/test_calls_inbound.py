"""Inbound calls: typed or pasted numbers found exactly, partial digits as candidates."""

from __future__ import annotations

from app.services.inbound import match_inbound
from tests.services.call_helpers import make_contact


def test_pasted_text_finds_exact_contact(db_path: str) -> None:
    asha = make_contact("Asha", "098765 43210")
    make_contact("Other", "+919876543211")
    match = match_inbound("Missed call from +91-98765-43210 at 10:02, call back", "IN")
    assert match.e164 == "+919876543210"
    assert [c.contact_id for c in match.exact] == [asha]


def test_typed_in_another_style_finds_exact(db_path: str) -> None:
    asha = make_contact("Asha", "+919876543210")
    assert [c.contact_id for c in match_inbound("98765 43210", "IN").exact] == [asha]


def test_partial_digits_offer_candidates(db_path: str) -> None:
    a = make_contact("Asha", "+919876543210")
    b = make_contact("Bina", "+919876543299")
    make_contact("Carl", "+12015550123")
    match = match_inbound("98765432", "IN")
    assert match.exact == []
    assert {c.contact_id for c in match.partial} == {a, b}


def test_unknown_number_has_no_match(db_path: str) -> None:
    make_contact("Asha", "+919876543210")
    match = match_inbound("+44 7700 900999", "IN")
    assert match.e164 == "+447700900999" and not match.exact and not match.partial
