"""Every phone style the seeder writes is one the parser reads back to the stored E.164."""

from __future__ import annotations

import random

import pytest

from app.seed.places import COUNTRIES, Country
from app.services.phones import parse_phone


@pytest.mark.parametrize("country", COUNTRIES, ids=lambda c: c.code)
def test_seeded_numbers_parse_back_to_their_e164(country: Country) -> None:
    rng = random.Random(2024)
    styles: set[str] = set()
    for _ in range(300):
        e164, typed = country.make_number(rng)
        parsed = parse_phone(typed, country.code)
        assert (typed, parsed.e164) == (typed, e164)
        assert parsed.warning == "", typed  # a valid, assigned-range number
        styles.add("".join("9" if ch.isdigit() else ch for ch in typed))
        if typed.startswith("+"):  # international forms mean the same from any home country
            assert parse_phone(typed, "IN").e164 == e164
            assert parse_phone(typed, "US").e164 == e164
    assert len(styles) >= 2  # several input styles, not one
