"""Phone numbers: parse typed text to E.164, format for display, pull numbers out of text.

phonenumbers is imported on first use, not with this module: its metadata is a noticeable
part of starting the window, and the first paint shows no phone number.
"""

from __future__ import annotations

import locale
import re
from dataclasses import dataclass
from functools import lru_cache

from app.services.errors import ValidationError

FALLBACK_REGION = "US"
_NON_DIGITS = re.compile(r"\D+")


@lru_cache(maxsize=1)
def _impossible_reasons() -> dict[int, str]:
    import phonenumbers

    return {
        phonenumbers.ValidationResult.TOO_SHORT: "is too short to be a phone number",
        phonenumbers.ValidationResult.TOO_LONG: "is too long to be a phone number",
        phonenumbers.ValidationResult.INVALID_COUNTRY_CODE: "has an unknown country code",
        phonenumbers.ValidationResult.INVALID_LENGTH: "has the wrong number of digits",
    }


@dataclass(frozen=True)
class ParsedPhone:
    e164: str
    extension: str
    warning: str  # non-empty for a possible but unassigned number


def region_from_locale(locale_name: str | None = None) -> str:
    """The country part of a locale name ('en_IN' -> 'IN'), or the fallback."""
    import phonenumbers

    name = locale_name if locale_name is not None else (locale.getlocale()[0] or "")
    match = re.search(r"[_-]([A-Za-z]{2})\b", name)
    region = match.group(1).upper() if match else ""
    return region if region in phonenumbers.SUPPORTED_REGIONS else FALLBACK_REGION


def is_known_region(region: str) -> bool:
    import phonenumbers

    return region.upper() in phonenumbers.SUPPORTED_REGIONS


def parse_phone(text: str, region: str, field: str = "Phone") -> ParsedPhone:
    """Parse *text* typed in any style; raise ValidationError naming *field* if impossible."""
    import phonenumbers

    cleaned = text.strip()
    if not cleaned:
        raise ValidationError(field, "enter a phone number")
    if not _NON_DIGITS.sub("", cleaned):
        raise ValidationError(field, f"'{cleaned}' has no digits")
    try:
        number = phonenumbers.parse(cleaned, region.upper())
    except phonenumbers.NumberParseException as exc:
        raise ValidationError(field, f"'{cleaned}' is not a phone number ({exc._msg})") from exc
    if not phonenumbers.is_possible_number(number):
        reason = phonenumbers.is_possible_number_with_reason(number)
        why = _impossible_reasons().get(reason, "cannot be a phone number")
        raise ValidationError(field, f"'{cleaned}' {why}")
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    warning = ""
    if not phonenumbers.is_valid_number(number):
        shown = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        warning = f"{field}: {shown} is not an assigned number in its country"
    return ParsedPhone(e164=e164, extension=number.extension or "", warning=warning)


def home_reading(text: str, region: str, home: str) -> str:
    """E.164 of *text* read in the *home* region when that is an assigned number there and the
    reading in the contact's own *region* is not ('' otherwise): the number was probably typed
    the home way for a contact abroad."""
    import phonenumbers

    if region.upper() == home.upper() or not text.strip():
        return ""
    try:
        at_home = phonenumbers.parse(text.strip(), home.upper())
    except phonenumbers.NumberParseException:
        return ""
    if not phonenumbers.is_valid_number(at_home):
        return ""
    try:
        if phonenumbers.is_valid_number(phonenumbers.parse(text.strip(), region.upper())):
            return ""
    except phonenumbers.NumberParseException:
        pass
    return phonenumbers.format_number(at_home, phonenumbers.PhoneNumberFormat.E164)


@lru_cache(maxsize=65536)
def is_assigned(e164: str) -> bool:
    """Whether a stored number is assigned in its country; a possible but unassigned one is
    kept with a flag ('+91 98765 4321'). Cached: lists ask once per painted row."""
    import phonenumbers

    if not e164:
        return True
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(e164, None))
    except phonenumbers.NumberParseException:
        return False


def digits_of(text: str) -> str:
    return _NON_DIGITS.sub("", text)


@lru_cache(maxsize=4096)
def format_for_display(e164: str, home_region: str) -> str:
    """National format for the home region, international for every other country."""
    import phonenumbers

    if not e164:
        return ""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    if phonenumbers.region_code_for_number(number) == home_region.upper():
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


@lru_cache(maxsize=4096)
def shown_and_assigned(e164: str, home_region: str) -> tuple[str, bool]:
    """``format_for_display`` and ``is_assigned`` at once, reading the number once: a list
    asks both for every row it paints."""
    import phonenumbers

    if not e164:
        return "", True
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164, False
    region = phonenumbers.region_code_for_number(number)  # None: no country's number plan
    assigned = region is not None and phonenumbers.is_valid_number_for_region(number, region)
    kind = (phonenumbers.PhoneNumberFormat.NATIONAL if region == home_region.upper()
            else phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return phonenumbers.format_number(number, kind), assigned


def tel_url(e164: str, extension: str = "") -> str:
    return f"tel:{e164};ext={extension}" if extension else f"tel:{e164}"


def numbers_in_text(text: str, region: str) -> list[str]:
    """Every phone number found in pasted text, as E.164, in order of appearance."""
    import phonenumbers

    found: list[str] = []
    for match in phonenumbers.PhoneNumberMatcher(text, region.upper()):
        e164 = phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
        if e164 not in found:
            found.append(e164)
    return found


class AsYouType:
    """Formats a number while it is typed, for input fields."""

    def __init__(self, region: str) -> None:
        self._region = region.upper()

    def format(self, text: str) -> str:
        import phonenumbers

        formatter = phonenumbers.AsYouTypeFormatter(self._region)
        result = ""
        for ch in text:
            if ch.isdigit() or (ch == "+" and not result):
                result = formatter.input_digit(ch)
        return result
