"""Garbage in, nothing lost: random text in every text field of save a quote (new and edited).

Only a ValidationError naming a field may escape; a refused save writes nothing and takes no
number; an accepted one reads back as entered (descriptions trimmed, the currency code in
capitals) with exactly its lines. CALLDESK_SOAK=1 tries more.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.db.connection import db
from app.db.integrity import full_check
from app.services.contact_types import ContactInput
from app.services.contacts import create_contact
from app.services.errors import ValidationError
from app.services.quote_types import QuoteInput, QuoteLineInput
from app.services.quotes import get_quote, save_quote
from tests.unicode_text import PROFILE, clean_text, notes_text, report, rough_text, storable

ISSUED = date(2026, 3, 1)
FIELDS = re.compile(r"^(Customer|Currency|Valid until|Lines|Quote discount|Notes|Terms|"
                    r"Line \d+ (description|unit|quantity|unit price|tax rate|discount))$")
KINDS = ["", "", "pct", "amt"]


def mostly(good: list[object], bad: list[object]) -> st.SearchStrategy[object]:
    """A good value nine times in ten (hypothesis favours the ends of a range: not here)."""
    return st.integers(0, 9).flatmap(lambda n: st.sampled_from(bad if n == 4 else good))


@st.composite
def quote_inputs(draw: st.DrawFn, contact_id: int) -> QuoteInput:
    rough = draw(st.integers(0, 2)) == 1  # a third: anything at all in every text field
    text, notes = (rough_text, rough_text) if rough else (clean_text, notes_text)
    choice = draw(st.sampled_from([rough_text, st.nothing(), st.nothing(), st.nothing()]))
    lines = draw(st.lists(st.builds(
        QuoteLineInput,
        description=st.one_of(st.sampled_from(["Widget", "सोलर पैनल 🔆", " Install ", " "]),
                              text.filter(str.strip)),
        quantity=mostly([Decimal(1), Decimal("2.5"), Decimal(12)], [Decimal(0), Decimal(-1)]),
        unit_price_minor=mostly([999, 150_000, 0], [-1]),
        tax_rate_bp=st.sampled_from([0, 500, 1800]),
        discount_kind=st.one_of(st.sampled_from(KINDS), choice),
        discount_value=st.sampled_from([Decimal(0), Decimal(5), Decimal("12.5")]),
        optional=st.booleans(),
        unit=st.one_of(st.sampled_from(["", "pcs", "किलो"]), text),
    ), min_size=1, max_size=3)) if draw(mostly([True], [False])) else []
    return QuoteInput(
        contact_id, ISSUED, draw(mostly([date(2026, 3, 31)], [date(2026, 2, 1)])),
        draw(st.one_of(st.sampled_from(["INR", "inr", " USD ", "JPY"]), choice)), lines,
        draw(st.one_of(st.sampled_from(KINDS), choice)),
        draw(st.sampled_from([Decimal(0), Decimal(3), Decimal(200)])), draw(notes), draw(text))


def _state() -> tuple[object, ...]:
    return tuple(db.execute_sql(
        "SELECT (SELECT count(*) FROM quote), (SELECT count(*) FROM quote_line), "
        "(SELECT group_concat(prefix || next_number) FROM quote_sequence), "
        "(SELECT max(updated_at) FROM quote)").fetchone())


def _as_stored(data: QuoteInput) -> QuoteInput:
    return replace(data, currency=data.currency.strip().upper(),
                   lines=[replace(line, description=line.description.strip())
                          for line in data.lines])


def test_property_save_quote_with_random_text(db_path: str,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    tally = {"tried": 0, "saved": 0, "refused": 0}
    contact_id = create_contact(ContactInput(first_name="Priya")).contact_id
    draft = save_quote(QuoteInput(contact_id, ISSUED, date(2026, 3, 31), "INR",
                                  [QuoteLineInput("Widget", Decimal(2), 10_000, 1800)]))

    @PROFILE
    @given(data=quote_inputs(contact_id), edit=st.booleans())
    def run(data: QuoteInput, edit: bool) -> None:
        tally["tried"] += 1
        before, kept = _state(), get_quote(draft, ISSUED)
        try:
            quote_id = save_quote(data, draft if edit else None)
        except ValidationError as exc:
            tally["refused"] += 1
            assert FIELDS.match(exc.field), exc.field
            assert _state() == before and get_quote(draft, ISSUED) == kept
            return
        tally["saved"] += 1
        saved = get_quote(quote_id, ISSUED)
        assert saved.data == _as_stored(data)
        assert saved.number == (kept.number if edit else f"Q-{int(str(before[0])) + 1:04d}")
        texts = [saved.data.currency, saved.data.notes, saved.data.terms,
                 *(t for line in saved.data.lines for t in (line.description, line.unit))]
        assert all(storable(t) for t in texts)

    run()
    assert full_check(db_path).ok, full_check(db_path).problems
    assert tally["saved"] and tally["refused"]
    report(capsys, "save quote", tally)
