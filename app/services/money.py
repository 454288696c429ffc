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


@cache
def number_symbols(locale: str) -> tuple[str, str, int, int]:
    """(decimal sign, group sign, primary and secondary group sizes) of *locale*:
    ('.', ',', 3, 2) for en_IN, (',', '.', 3, 3) for en_DE."""
    from babel import Locale
    from babel.core import UnknownLocaleError
    from babel.numbers import get_decimal_symbol, get_group_symbol

    try:
        loc = Locale.parse(locale)
        primary, secondary = loc.decimal_formats[None].grouping
        return str(get_decimal_symbol(loc)), str(get_group_symbol(loc)), primary, secondary
    except (UnknownLocaleError, ValueError, KeyError, AttributeError):
        return ".", ",", 3, 3


_SPACES = (" ", "\u00a0", "\u202f", "\u2009", "_")


def _grouped_right(whole: str, group: str, primary: int, secondary: int) -> bool:
    """Whether group signs in *whole* sit where the locale (or plain thousands) puts them."""
    parts = whole.split(group)
    last, rest = parts[-1], parts[1:-1]
    if len(parts) == 1:
        return True
    if len(last) != primary or not parts[0] or not all(p.isdigit() for p in parts):
        return False
    for size in {primary, secondary}:
        if all(len(p) == size for p in rest) and len(parts[0]) <= size:
            return True
    return False


def normalise_number(text: str, field: str, locale: str = "en", what: str = "a number"
                     ) -> str:
    """Typed text in the locale's way of writing numbers -> text Decimal() reads.

    '1,5' in en_DE is 1.5; in en_IN or en_US it is refused as ambiguous (one and a half, or
    fifteen?) rather than read as 15; '1,23,456.50' (en_IN) and '1.234,5' (en_DE) are fine."""
    decimal, group, primary, secondary = number_symbols(locale)
    cleaned = text.strip()
    for space in _SPACES:
        cleaned = cleaned.replace(space, "")
    spaced = group.strip() == "" or group in _SPACES  # French '12 345,6': removed above
    sign = ""
    if cleaned[:1] in "+-":
        sign, cleaned = cleaned[:1], cleaned[1:]
    whole, point, fraction = cleaned.partition(decimal)
    other = "," if decimal == "." else "."
    hint = (f"write decimals with '{decimal}' (like 1{decimal}5)"
            + ("" if spaced else f" and use '{group}' only between groups of digits"))
    grouped = not spaced and group in whole
    if decimal in fraction or (not spaced and group in fraction) or (
            other in cleaned and (spaced or other != group)):
        raise ValidationError(field, f"'{text}' is not {what}: {hint}")
    if grouped and not _grouped_right(whole, group, primary, secondary):
        raise ValidationError(field, f"'{text}' is ambiguous: {hint}")
    if grouped:
        whole = whole.replace(group, "")
    return sign + whole + ("." + fraction if point and fraction else "")


def format_plain(value: Decimal, locale: str = "en") -> str:
    """A Decimal for an edit field in the locale's decimal sign, without grouping: '1,5'."""
    text = f"{value:f}"
    decimal = number_symbols(locale)[0]
    return text.replace(".", decimal) if decimal != "." else text


def parse_decimal(text: str | Decimal | int, field: str, *, allow_negative: bool = False,
                  locale: str = "en") -> Decimal:
    """A number typed by a person ('1,250.50', ' 3 ', '1,5' in en_DE) as a Decimal, or
    ValidationError naming *field*."""
    if isinstance(text, Decimal | int):
        value = Decimal(text)
    else:
        if not text.strip():
            return Decimal(0)
        cleaned = normalise_number(text, field, locale)
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


def parse_money(text: str | Decimal | int, currency: str, field: str, *,
                locale: str = "en") -> int:
    """A typed amount in major units -> minor units; more digits than the currency has are
    refused rather than silently rounded (12.345 rupees is a typing mistake)."""
    value = parse_decimal(text, field, locale=locale)
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


def format_amount(minor: int, currency: str, locale: str = "en") -> str:
    """Plain amount for an edit field: '1234.50', '1234,50' in en_DE (no symbol, no grouping),
    which parse_money reads back."""
    return format_plain(from_minor(minor, currency), locale)


def currency_for_region(region: str) -> str:
    """The current currency of a country ('IN' -> 'INR'), USD when babel does not know."""
    from babel.numbers import get_territory_currencies

    try:
        currencies = get_territory_currencies(region.upper())
    except (KeyError, ValueError):
        currencies = []
    return str(currencies[0]) if currencies else "USD"


def locale_for_region(region: str, language: str = "en") -> str:
    """A babel locale for formatting money of a country in a language: 'IN' -> 'en_IN',
    ('IN', 'hi') -> 'hi_IN', 'US' -> 'en_US'; English where the pair is unknown."""
    from babel import Locale
    from babel.core import UnknownLocaleError

    for lang in dict.fromkeys((language or "en", "en")):
        candidate = f"{lang}_{region.upper()}"
        try:
            Locale.parse(candidate)
            return candidate
        except (UnknownLocaleError, ValueError):
            continue
    return "en"


def check_currency(code: str) -> str:
    from babel.numbers import is_currency

    upper = code.strip().upper()
    if not is_currency(upper):
        raise ValidationError("Currency", f"'{code}' is not an ISO 4217 currency code")
    return upper
