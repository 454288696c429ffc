"""Country names as people type them ('India', 'USA', 'Deutschland', 'भारत') -> region codes,
so an imported number without a country code is read in the contact's own country."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

_LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "hi")
_ALIASES = {
    "usa": "US", "u s a": "US", "us": "US", "u s": "US", "america": "US",
    "united states of america": "US", "uk": "GB", "u k": "GB", "england": "GB",
    "scotland": "GB", "wales": "GB", "great britain": "GB", "britain": "GB",
    "uae": "AE", "hindustan": "IN", "bharat": "IN", "deutschland": "DE", "brd": "DE",
    "holland": "NL", "czech republic": "CZ", "russia": "RU", "south korea": "KR",
}


def _key(text: str) -> str:
    folded = unicodedata.normalize("NFC", text).casefold().replace(".", " ")
    return " ".join(folded.split())


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    import phonenumbers  # on first use, as babel: neither is needed to open the window
    from babel import Locale

    table: dict[str, str] = {}
    for language in _LANGUAGES:
        for code, name in Locale.parse(language).territories.items():
            if len(code) == 2 and code.isalpha():
                table.setdefault(_key(name), code)
    for code in phonenumbers.SUPPORTED_REGIONS:
        table.setdefault(code.casefold(), code)
    table.update(_ALIASES)
    return table


@lru_cache(maxsize=4096)
def region_for_country(country: str) -> str | None:
    """The phone region of a country name or code, or None when it is not recognised."""
    import phonenumbers

    key = _key(country)
    if not key:
        return None
    code = _names().get(key)
    return code if code in phonenumbers.SUPPORTED_REGIONS else None


def region_of_contact(country: str, home: str) -> str:
    """The region a contact's numbers are read in: its own Country field when recognised,
    else the home country."""
    return region_for_country(country) or home.upper()
