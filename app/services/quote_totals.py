"""Totals of a quote: line totals, whole-quote discount, tax summarised per rate, grand total.

All arithmetic is Decimal in minor units; ``money.round_minor`` (ROUND_HALF_UP) is applied once
to each figure that is shown: each line total, the quote discount, each rate's share of that
discount, and each rate's tax. Subtotal, taxable amounts and the grand total are sums of those
rounded figures, so the printed quote always adds up.

Quote discount and tax: the discount on the whole quote is a price reduction given before tax,
so it lowers the taxable value (as GST and VAT require). It is allocated across the tax rates in
proportion to each rate's net amount; the shares are rounded with the largest-remainder method
so they add up exactly to the discount. Tax is then computed once per rate on the taxable
amount of that rate (not per line), which is how a GST/VAT invoice summary shows it.

Optional lines are priced the same way but excluded from every total.

Indian GST (given a ``GstRules``): the quote discount is allocated across the lines instead, and
tax is computed per line on its taxable value, as a GST invoice shows it: within one state
CGST and SGST at half the rate each (each rounded on its own), across states (the place of
supply is another state) IGST at the full rate. The HSN summary adds the lines up per HSN/SAC
code and rate. With rounding to the rupee on, a round-off line brings the total to a whole
rupee (half up, the same rule).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from app.services.errors import ValidationError
from app.services.money import format_plain, normalise_number, round_minor

NO_DISCOUNT, PERCENT, AMOUNT = "", "pct", "amt"
DISCOUNT_KINDS = (NO_DISCOUNT, PERCENT, AMOUNT)
_HUNDRED = Decimal(100)
_BP = Decimal(10_000)
# The stated maximums of a quote. Any amount (a unit price, a line, a total) stays below
# MAX_AMOUNT_MINOR minor units (a trillion rupees or dollars): exact in Decimal arithmetic,
# far inside SQLite's 64-bit integers, and beyond any real quote.
MAX_QUANTITY = Decimal(10_000_000)
MAX_AMOUNT_MINOR = 10**14
MAX_RATE_BP = 10_000  # 100 %


def _check_amount(value: Decimal | int, field: str) -> None:
    if value > MAX_AMOUNT_MINOR:
        raise ValidationError(field, f"is above the largest amount a quote can hold "
                                     f"({MAX_AMOUNT_MINOR // 100:,} in major units)")


@dataclass(frozen=True)
class LineAmounts:
    """What totals need of a line. Amount discounts are in minor units (as Decimal)."""

    quantity: Decimal
    unit_price_minor: int
    tax_rate_bp: int
    discount_kind: str = NO_DISCOUNT
    discount_value: Decimal = Decimal(0)
    optional: bool = False
    hsn_code: str = ""


@dataclass(frozen=True)
class GstRules:
    """How GST applies to one quote: across states (IGST) or within one (CGST + SGST), and
    whether the total is rounded to a whole rupee (*unit_minor* minor units)."""

    interstate: bool
    round_to_unit: bool = False
    unit_minor: int = 100


class _GstSplit:
    """The tax of a taxable amount, split into the three GST heads."""

    cgst_minor: int
    sgst_minor: int
    igst_minor: int

    @property
    def tax_minor(self) -> int:
        return self.cgst_minor + self.sgst_minor + self.igst_minor


@dataclass(frozen=True)
class GstLine(_GstSplit):
    taxable_minor: int  # the line total less its share of the quote discount
    cgst_minor: int
    sgst_minor: int
    igst_minor: int


@dataclass(frozen=True)
class HsnRow(_GstSplit):
    hsn_code: str
    rate_bp: int
    taxable_minor: int
    cgst_minor: int
    sgst_minor: int
    igst_minor: int


@dataclass(frozen=True)
class TaxRow:
    rate_bp: int
    taxable_minor: int
    tax_minor: int


@dataclass(frozen=True)
class Totals:
    line_totals: list[int]  # each line after its own discount, before tax (optional ones too)
    subtotal_minor: int  # sum of non-optional line totals
    discount_minor: int  # whole-quote discount
    taxes: list[TaxRow]  # one row per rate, ascending
    tax_minor: int
    total_minor: int
    optional_minor: int  # sum of optional line totals, not part of total_minor
    gst: GstRules | None = None  # set for an Indian business: the fields below are filled
    gst_lines: list[GstLine] = field(default_factory=list)  # one per line, optional ones too
    hsn_rows: list[HsnRow] = field(default_factory=list)  # non-optional lines, by HSN, rate
    round_off_minor: int = 0  # part of total_minor


def discount_of(base: Decimal, kind: str, value: Decimal, field: str) -> Decimal:
    """The unrounded discount on *base* (minor units); refuses impossible values."""
    if kind not in DISCOUNT_KINDS:
        raise ValidationError(field, f"unknown discount kind '{kind}'")
    if not value.is_finite():
        raise ValidationError(field, f"'{value}' is not a number")
    if kind == NO_DISCOUNT or value == 0:
        return Decimal(0)
    if value < 0:
        raise ValidationError(field, "must not be negative")
    if kind == PERCENT:
        if value > _HUNDRED:
            raise ValidationError(field, "a percentage discount cannot exceed 100%")
        return base * value / _HUNDRED
    if value > base:
        raise ValidationError(field, "the discount is larger than the amount it applies to")
    return value


def line_total(line: LineAmounts, field: str = "Line") -> int:
    if not line.quantity.is_finite():
        raise ValidationError(f"{field} quantity", f"'{line.quantity}' is not a number")
    if line.quantity < 0:
        raise ValidationError(f"{field} quantity", "must not be negative")
    if line.quantity > MAX_QUANTITY:
        raise ValidationError(f"{field} quantity", f"must be at most {MAX_QUANTITY:,}")
    if line.unit_price_minor < 0:
        raise ValidationError(f"{field} unit price", "must not be negative")
    _check_amount(line.unit_price_minor, f"{field} unit price")
    if not 0 <= line.tax_rate_bp <= MAX_RATE_BP:
        raise ValidationError(f"{field} tax rate", "must be a percentage between 0 and 100")
    gross = line.quantity * line.unit_price_minor
    _check_amount(gross, f"{field} amount")
    return round_minor(gross - discount_of(gross, line.discount_kind, line.discount_value,
                                           f"{field} discount"))


def allocate(amount: int, weights: Sequence[int]) -> list[int]:
    """Split *amount* in proportion to *weights*; shares are whole and add up to *amount*
    (largest remainder; ties go to the earlier weight)."""
    total = sum(weights)
    if total == 0 or amount == 0:
        return [0] * len(weights)
    exact = [Decimal(amount) * w / total for w in weights]
    shares = [int(e) for e in exact]  # truncation toward zero; amounts here are >= 0
    short = amount - sum(shares)
    order = sorted(range(len(weights)), key=lambda i: (-(exact[i] - shares[i]), i))
    for i in order[:short]:
        shares[i] += 1
    return shares


def compute_totals(lines: Sequence[LineAmounts], discount_kind: str = NO_DISCOUNT,
                   discount_value: Decimal = Decimal(0), gst: GstRules | None = None
                   ) -> Totals:
    line_totals = [line_total(line, f"Line {n}") for n, line in enumerate(lines, 1)]
    if gst is not None:
        return _gst_totals(lines, line_totals, discount_kind, discount_value, gst)
    net_by_rate: dict[int, int] = {}
    subtotal = optional = 0
    for line, amount in zip(lines, line_totals, strict=True):
        if line.optional:
            optional += amount
            continue
        subtotal += amount
        net_by_rate[line.tax_rate_bp] = net_by_rate.get(line.tax_rate_bp, 0) + amount
    discount = round_minor(discount_of(Decimal(subtotal), discount_kind, discount_value,
                                       "Quote discount"))
    rates = sorted(net_by_rate)
    shares = allocate(discount, [net_by_rate[r] for r in rates])
    taxes: list[TaxRow] = []
    for rate, share in zip(rates, shares, strict=True):
        taxable = net_by_rate[rate] - share
        taxes.append(TaxRow(rate, taxable, round_minor(Decimal(taxable) * rate / _BP)))
    tax = sum(t.tax_minor for t in taxes)
    _check_amount(subtotal, "Subtotal")
    _check_amount(subtotal - discount + tax, "Total")
    _check_amount(optional, "Optional lines")
    return Totals(line_totals, subtotal, discount, taxes, tax, subtotal - discount + tax,
                  optional)


def _gst_split(taxable: int, rate_bp: int, gst: GstRules) -> GstLine:
    if gst.interstate:
        return GstLine(taxable, 0, 0, round_minor(Decimal(taxable) * rate_bp / _BP))
    half = round_minor(Decimal(taxable) * rate_bp / (2 * _BP))
    return GstLine(taxable, half, half, 0)


def _gst_totals(lines: Sequence[LineAmounts], line_totals: list[int], discount_kind: str,
                discount_value: Decimal, gst: GstRules) -> Totals:
    counted = [i for i, line in enumerate(lines) if not line.optional]
    subtotal = sum(line_totals[i] for i in counted)
    optional = sum(line_totals) - subtotal
    discount = round_minor(discount_of(Decimal(subtotal), discount_kind, discount_value,
                                       "Quote discount"))
    shares = dict(zip(counted, allocate(discount, [line_totals[i] for i in counted]),
                      strict=True))
    gst_lines = [_gst_split(amount - shares.get(i, 0), line.tax_rate_bp, gst)
                 for i, (line, amount) in enumerate(zip(lines, line_totals, strict=True))]
    by_rate: dict[int, tuple[int, int]] = {}
    by_hsn: dict[tuple[str, int], list[int]] = {}
    for i in counted:
        rate, split = lines[i].tax_rate_bp, gst_lines[i]
        taxable, tax = by_rate.get(rate, (0, 0))
        by_rate[rate] = (taxable + split.taxable_minor, tax + split.tax_minor)
        sums = by_hsn.setdefault((lines[i].hsn_code, rate), [0, 0, 0, 0])
        for k, value in enumerate((split.taxable_minor, split.cgst_minor, split.sgst_minor,
                                   split.igst_minor)):
            sums[k] += value
    taxes = [TaxRow(rate, *by_rate[rate]) for rate in sorted(by_rate)]
    tax = sum(t.tax_minor for t in taxes)
    exact = subtotal - discount + tax
    round_off = 0
    if gst.round_to_unit:
        round_off = round_minor(Decimal(exact) / gst.unit_minor) * gst.unit_minor - exact
    _check_amount(subtotal, "Subtotal")
    _check_amount(exact + round_off, "Total")
    _check_amount(optional, "Optional lines")
    hsn_rows = [HsnRow(code, rate, *by_hsn[(code, rate)]) for code, rate in sorted(by_hsn)]
    return Totals(line_totals, subtotal, discount, taxes, tax, exact + round_off, optional,
                  gst, gst_lines, hsn_rows, round_off)


def format_rate(rate_bp: int, locale: str = "en") -> str:
    """Basis points as a percentage for people: 1800 -> '18', 1250 -> '12.5' ('12,5' in
    en_DE), 0 -> '0'."""
    text = f"{Decimal(rate_bp) / 100:f}"
    text = text.rstrip("0").rstrip(".") if "." in text else text
    return format_plain(Decimal(text), locale)


def parse_rate(text: str, field: str = "Tax rate", locale: str = "en") -> int:
    """'18', '18%', '12.5' ('12,5' in en_DE) -> basis points; at most two decimals, 0..100."""
    cleaned = text.strip().rstrip("%").strip()
    if not cleaned:
        return 0
    try:
        value = Decimal(normalise_number(cleaned, field, locale, "a percentage"))
    except ArithmeticError:
        raise ValidationError(field, f"'{text}' is not a percentage") from None
    if not value.is_finite() or value < 0 or value > _HUNDRED:
        raise ValidationError(field, "must be a percentage between 0 and 100")
    scaled = value * 100
    if scaled != scaled.to_integral_value():
        raise ValidationError(field, "at most two decimal places")
    return int(scaled)
