"""The import's phone shortcuts give exactly the full parser's answer, or step aside."""

from __future__ import annotations

import random

import phonenumbers

from app.seed.places import COUNTRIES
from app.services.import_phones import PhoneCache, fast_international, fast_national


def _reference(text: str, region: str) -> str | None:
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def test_shortcuts_agree_with_phonenumbers() -> None:
    rng = random.Random(11)
    regions = sorted(phonenumbers.SUPPORTED_REGIONS)
    hits = 0
    for _ in range(1500):
        country = rng.choice(COUNTRIES)
        e164, typed = country.make_number(rng)
        region = country.code if rng.random() < 0.7 else rng.choice(regions)
        for text in (typed, e164, "0" + str(rng.randrange(10**6, 10**11)),
                     str(rng.randrange(10**5, 10**12)), "00" + e164[1:], e164[1:],
                     f"+{rng.randrange(1, 999)} {rng.randrange(10**5, 10**11)}"):
            fast = fast_international(text) if text.startswith("+") else \
                fast_national(text, region)
            if fast is not None:
                hits += 1
                assert fast == _reference(text, region), (text, region)
    assert hits > 1500  # the shortcuts are taken for ordinary numbers


def test_cache_reports_reasons_and_extensions() -> None:
    cache = PhoneCache()
    assert cache.parse("12345", "IN") == "'12345' is too short to be a phone number"
    assert cache.parse("+1 201 555 0123 ext. 42", "IN") == ("+12015550123", "42")
    assert cache.parse("098765 43210", "IN") == ("+919876543210", "")
    assert cache.parse("+39 06 1234 5678", "IN") == ("+390612345678", "")
