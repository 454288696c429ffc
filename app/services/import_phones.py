"""Phone parsing for bulk imports: each distinct text parsed once, and numbers written in
international form ('+91 98765 43210') read without the full parser where that is exact."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat
from phonenumbers.phonemetadata import PhoneMetadata

from app.services.errors import ValidationError
from app.services.phones import parse_phone

_SEPARATORS = str.maketrans("", "", " -().\u00a0/")
_CACHE_LIMIT = 20_000  # distinct texts remembered; company numbers repeat, most do not


@lru_cache(maxsize=512)
def _possible_lengths(country_code: int) -> frozenset[int]:
    """National number lengths phonenumbers calls possible (local-only ones included)."""
    regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(country_code)
    if not regions:
        return frozenset()
    metadata = PhoneMetadata.metadata_for_region_or_calling_code(country_code, regions[0])
    if metadata is None or metadata.general_desc is None:
        return frozenset()
    desc = metadata.general_desc
    lengths = [n for n in (desc.possible_length or ()) if n > 0]
    return frozenset(lengths) | frozenset(desc.possible_length_local_only or ())


@lru_cache(maxsize=512)
def _plain_prefix(country_code: int) -> str | None:
    """The national prefix of a country where stripping it is all the parser would do after
    the country code ('' when there is none); None where the parser does more, or unknown."""
    regions = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(country_code)
    if not regions:
        return None
    metadata = PhoneMetadata.metadata_for_region_or_calling_code(country_code, regions[0])
    if metadata is None or metadata.national_prefix_transform_rule is not None:
        return None
    prefix = metadata.national_prefix or ""
    if metadata.national_prefix_for_parsing not in (None, prefix):
        return None
    return prefix


def fast_international(text: str) -> str | None:
    """E.164 for '+CC national' text whose national part needs no rewriting, else None
    (the caller then uses the full parser). Same answer as phonenumbers, much cheaper."""
    if not text.startswith("+"):
        return None
    digits = text[1:].translate(_SEPARATORS)
    if not (digits.isascii() and digits.isdigit()) or len(digits) < 4:
        return None
    for size in (1, 2, 3):
        code = int(digits[:size])
        if code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
            break
    else:
        return None
    national = digits[size:]
    prefix = _plain_prefix(code)
    if prefix is None or national.startswith("0") or (prefix and national.startswith(prefix)):
        return None
    return "+" + digits if len(str(int(national))) in _possible_lengths(code) else None


@dataclass(frozen=True)
class _NationalRules:
    country_code: int
    prefix: str
    pattern: re.Pattern[str]
    idd: re.Pattern[str]


@lru_cache(maxsize=512)
def _national_rules(region: str) -> _NationalRules | None:
    metadata = PhoneMetadata.metadata_for_region(region.upper(), None)
    if metadata is None or metadata.country_code is None:
        return None
    prefix = _plain_prefix(metadata.country_code)
    main = phonenumbers.COUNTRY_CODE_TO_REGION_CODE.get(metadata.country_code, ())
    pattern = metadata.general_desc.national_number_pattern if metadata.general_desc else None
    if prefix is None or not main or main[0] != region.upper() or not pattern:
        return None
    return _NationalRules(metadata.country_code, prefix, re.compile(pattern),
                          re.compile(metadata.international_prefix or "(?!)"))


def fast_national(text: str, region: str) -> str | None:
    """E.164 for a number typed the national way in *region* ('098765 43210') when only
    the trunk prefix needs stripping, else None (the caller then uses the full parser)."""
    rules = _national_rules(region)
    if rules is None:
        return None
    digits = text.translate(_SEPARATORS)
    if not (digits.isascii() and digits.isdigit()) or len(digits) < 4:
        return None
    if rules.idd.match(digits) or digits.startswith(str(rules.country_code)):
        return None
    national = digits
    if rules.prefix and digits.startswith(rules.prefix):
        stripped = digits[len(rules.prefix):]
        if rules.pattern.fullmatch(digits) or not rules.pattern.fullmatch(stripped):
            return None
        national = stripped
    if national.startswith("0"):
        return None
    if len(national) not in _possible_lengths(rules.country_code):
        return None
    return f"+{rules.country_code}{national}"


class PhoneCache:
    """Parses import numbers once each: the possibility check without the slower validity
    check (a possible but unassigned number is kept either way)."""

    def __init__(self) -> None:
        self._seen: dict[tuple[str, str], tuple[str, str] | str] = {}

    def parse(self, raw: str, region: str) -> tuple[str, str] | str:
        """(e164, extension), or the reason the text is not a usable number."""
        key = (raw, region)
        hit = self._seen.get(key)
        if hit is None:
            hit = self._parse(raw, region)
            if len(self._seen) >= _CACHE_LIMIT:
                self._seen.clear()
            self._seen[key] = hit
        return hit

    @staticmethod
    def _parse(raw: str, region: str) -> tuple[str, str] | str:
        fast = fast_international(raw) if raw[:1] == "+" else fast_national(raw, region)
        if fast is not None:
            return fast, ""
        try:
            number = phonenumbers.parse(raw, region)
            if phonenumbers.is_possible_number(number):
                return (phonenumbers.format_number(number, PhoneNumberFormat.E164),
                        number.extension or "")
        except NumberParseException:
            pass
        try:
            parsed = parse_phone(raw, region)
        except ValidationError as exc:
            return exc.message
        return parsed.e164, parsed.extension
