"""A quote being edited survives as a JSON draft and reads back exactly."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.services.errors import ValidationError
from app.services.quote_drafts import draft_key, quote_draft_json, quote_from_draft
from app.services.quote_types import QuoteInput, QuoteLineInput


def test_round_trip_keeps_every_field_exactly() -> None:
    data = QuoteInput(
        contact_id=7, issued_on=date(2026, 11, 26), valid_until=date(2026, 12, 26),
        currency="INR", discount_kind="pct", discount_value=Decimal("5.5"),
        notes="कृपया माप पुष्टि करें 📞", terms="Net 15", place_of_supply="29",
        lines=[QuoteLineInput("Split AC", Decimal("2.125"), 4299000, 2800, "amt",
                              Decimal("100.50"), False, "pc", 3, hsn_code="8415"),
               QuoteLineInput("तांबे की पाइप", Decimal("6"), 45000, 1800, optional=True,
                              unit="m")])
    back, quote_id = quote_from_draft(quote_draft_json(data, 42))
    assert back == data and quote_id == 42
    assert draft_key(42) == "42" and draft_key(None) == "new"


def test_a_damaged_draft_is_a_validation_error() -> None:
    with pytest.raises(ValidationError, match="Draft"):
        quote_from_draft('{"contact_id": 1}')


def test_a_draft_kept_before_gst_reads_back_without_gst_fields() -> None:
    data = QuoteInput(7, date(2026, 11, 26), date(2026, 12, 26), "INR",
                      lines=[QuoteLineInput("Pipe", Decimal(1), 100, 1800)])
    old = quote_draft_json(data, None).replace(', "hsn_code": ""', "").replace(
        ', "place_of_supply": ""', "")
    assert "hsn_code" not in old and "place_of_supply" not in old
    assert quote_from_draft(old) == (data, None)
