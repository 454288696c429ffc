"""Money: Decimal in Python, integer minor units in the database, formatted with babel.

The one rounding rule of CallDesk is ROUND_HALF_UP ("commercial rounding": 0.5 paise goes up,
-0.5 goes away from zero), applied by ``round_minor`` and nowhere else. Every amount that ends
up stored or printed passes through it exactly once per computed figure (line total, quote
discount, tax per rate); sums of already rounded figures need no rounding.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import cache

from app.services.errors import ValidationError

# babel is imported inside the functions: its locale data costs tens of milliseconds, which
# the window's first paint should not pay (formatting money comes later).

ROUNDING = ROUND_HALF_UP
_ONE = Decimal(1)
MAX_MINOR = 10**15  # ~ 10 trillion rupees: far above any quote, far below SQLite's int64


@cache
def minor_digits(currency: str) -> int:
    """Digits after the decimal point for *currency* (ISO 4217 via babel): INR 2, JPY 0."""
    from babel.numbers import get_currency_precision

    return int(get_currency_precision(currency))


def round_minor(value: Decimal) -> int:
    """THE quantize function: a Decimal amount in minor units -> whole minor units."""
    return int(value.quantize(_ONE, rounding=ROUNDING))


def to_minor(amount: Decimal, currency: str) -> int:
    """A Decimal in major units (rupees) -> integer minor units (paise), rounded half up."""
    return round_minor(amount.scaleb(minor_digits(currency)))


def from_minor(minor: int, currency: str) -> Decimal:
    """Integer minor units -> an exact Decimal in major units with the currency's digits."""
    return Decimal(minor).scaleb(-minor_digits(currency))


def parse_decimal(text: str | Decimal | int, field: str, *, allow_negative: bool = False
                  ) -> Decimal:
    """A number typed by a person ('1,250.50', ' 3 ') as a Decimal, or ValidationError."""
    if isinstance(text, Decimal | int):
        value = Decimal(text)
    else:
        cleaned = text.strip().replace(",", "").replace("_", "").replace(" ", "")
        if not cleaned:
            return Decimal(0)
        try:
            value = Decimal(cleaned)
        except InvalidOperation:
            raise ValidationError(field, f"'{text}' is not a number") from None
    if not value.is_finite():
        raise ValidationError(field, f"'{text}' is not a number")
    if value < 0 and not allow_negative:
        raise ValidationError(field, "must not be negative")
    if abs(value) >= MAX_MINOR:
        raise ValidationError(field, "is too large")
    return value


def parse_money(text: str | Decimal | int, currency: str, field: str) -> int:
    """A typed amount in major units -> minor units; more digits than the currency has are
    refused rather than silently rounded (12.345 rupees is a typing mistake)."""
    value = parse_decimal(text, field)
    digits = minor_digits(currency)
    scaled = value.scaleb(digits)
    if scaled != scaled.to_integral_value():
        raise ValidationError(field, f"{currency} amounts have at most {digits} decimal places")
    return int(scaled)


def format_money(minor: int, currency: str, locale: str) -> str:
    """₹1,23,456.78 for INR in en_IN, $123,456.78 for USD in en_US."""
    return money_formatter(currency, locale)(minor)


def _babel_formatter(currency: str, locale: str) -> Callable[[int], str]:
    from babel import Locale
    from babel.core import UnknownLocaleError
    from babel.numbers import format_currency

    try:
        Locale.parse(locale)
    except (UnknownLocaleError, ValueError):
        locale = "en"

    def fmt(minor: int) -> str:
        text: str = format_currency(from_minor(minor, currency), currency, locale=locale)
        return text

    return fmt


@cache
def money_formatter(currency: str, locale: str) -> Callable[[int], str]:
    """A fast formatter of minor units, built once per currency and locale from babel's
    pattern, symbols and grouping (Indian 3;2 grouping included). It checks itself against
    babel on sample amounts when built and is babel itself where the two would differ."""
    from babel import Locale
    from babel.core import UnknownLocaleError
    from babel.numbers import get_currency_symbol, get_decimal_symbol, get_group_symbol

    slow = _babel_formatter(currency, locale)
    try:
        loc = Locale.parse(locale)
        pattern = loc.currency_formats["standard"]
        symbol = get_currency_symbol(currency, loc)
        decimal, group = str(get_decimal_symbol(loc)), str(get_group_symbol(loc))
        primary, secondary = pattern.grouping
        prefixes: list[str] = [str(p).replace("¤", symbol) for p in pattern.prefix]
        suffixes: list[str] = [str(p).replace("¤", symbol) for p in pattern.suffix]
    except (UnknownLocaleError, ValueError, KeyError, AttributeError):
        return slow
    digits = minor_digits(currency)
    scale = 10**digits

    def fast(minor: int) -> str:
        whole, frac = divmod(abs(minor), scale)
        text = str(whole)
        if len(text) > primary:
            head, parts = text[:-primary], [text[-primary:]]
            while len(head) > secondary:
                parts.insert(0, head[-secondary:])
                head = head[:-secondary]
            text = group.join([head, *parts])
        if digits:
            text += decimal + str(frac).zfill(digits)
        sign = 1 if minor < 0 else 0
        return prefixes[sign] + text + suffixes[sign]

    samples = (0, 5, 12345, 100000, 12345678, 123456789012, -12345678)
    return fast if all(fast(v) == slow(v) for v in samples) else slow


def format_amount(minor: int, currency: str) -> str:
    """Plain amount for an edit field: '1234.50' (no symbol, no grouping)."""
    return f"{from_minor(minor, currency):f}"


def currency_for_region(region: str) -> str:
    """The current currency of a country ('IN' -> 'INR'), USD when babel does not know."""
    from babel.numbers import get_territory_currencies

    try:
        currencies = get_territory_currencies(region.upper())
    except (KeyError, ValueError):
        currencies = []
    return str(currencies[0]) if currencies else "USD"


def locale_for_region(region: str) -> str:
    """A babel locale for formatting money of a country: 'IN' -> 'en_IN', 'US' -> 'en_US'."""
    from babel import Locale
    from babel.core import UnknownLocaleError

    candidate = f"en_{region.upper()}"
    try:
        Locale.parse(candidate)
        return candidate
    except (UnknownLocaleError, ValueError):
        return "en"


def check_currency(code: str) -> str:
    from babel.numbers import is_currency

    upper = code.strip().upper()
    if not is_currency(upper):
        raise ValidationError("Currency", f"'{code}' is not an ISO 4217 currency code")
    return upper
