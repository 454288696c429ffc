from __future__ import annotations

from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.services.errors import ValidationError
from app.services.money import (
    format_money,
    from_minor,
    minor_digits,
    parse_money,
    round_minor,
    to_minor,
)
from app.services.quote_totals import (
    AMOUNT,
    PERCENT,
    LineAmounts,
    TaxRow,
    allocate,
    compute_totals,
    format_rate,
    parse_rate,
)


def test_minor_digits_follow_iso() -> None:
    assert (minor_digits("INR"), minor_digits("USD"), minor_digits("JPY")) == (2, 2, 0)


def test_halves_round_up_and_away_from_zero() -> None:
    assert [round_minor(D(x)) for x in ("0.5", "1.5", "2.5", "2.4999", "-0.5")] == [1, 2, 3, 2, -1]
    assert to_minor(D("0.005"), "INR") == 1
    assert to_minor(D("0.5"), "JPY") == 1
    assert from_minor(12345, "INR") == D("123.45")
    assert from_minor(12345, "JPY") == D("12345")


def test_formatting_per_locale() -> None:
    assert format_money(12345678, "INR", "en_IN") == "₹1,23,456.78"
    assert format_money(12345678, "USD", "en_US") == "$123,456.78"
    assert format_money(1234, "JPY", "ja_JP").endswith("1,234")


def test_parse_money_refuses_extra_digits_and_junk() -> None:
    assert parse_money("1,250.50", "INR", "Unit price") == 125050
    assert parse_money("100", "JPY", "Unit price") == 100
    with pytest.raises(ValidationError, match="Unit price"):
        parse_money("12.345", "INR", "Unit price")
    with pytest.raises(ValidationError, match="Unit price"):
        parse_money("1.5", "JPY", "Unit price")
    with pytest.raises(ValidationError, match="not a number"):
        parse_money("12abc", "INR", "Unit price")
    with pytest.raises(ValidationError, match="negative"):
        parse_money("-3", "INR", "Unit price")


def test_rates_round_trip() -> None:
    assert parse_rate("18%") == 1800 and parse_rate("12.5") == 1250 and parse_rate("") == 0
    assert format_rate(1800) == "18" and format_rate(1250) == "12.5" and format_rate(5) == "0.05"
    with pytest.raises(ValidationError):
        parse_rate("101")
    with pytest.raises(ValidationError):
        parse_rate("5.125")


def test_line_discounts_percent_and_amount() -> None:
    lines = [
        LineAmounts(D(3), 10000, 1800, PERCENT, D(10)),  # 300.00 - 10% = 270.00
        LineAmounts(D(1), 50000, 1800, AMOUNT, D(2500)),  # 500.00 - 25.00 = 475.00
    ]
    t = compute_totals(lines)
    assert t.line_totals == [27000, 47500]
    assert t.subtotal_minor == 74500
    assert t.taxes == [TaxRow(1800, 74500, 13410)]
    assert t.total_minor == 74500 + 13410


def test_several_rates_summarised_per_rate_not_per_line() -> None:
    # Three lines at 5% whose per-line tax would round up three times (0.25 -> 0 or 1 each).
    lines = [LineAmounts(D(1), 5, 500), LineAmounts(D(1), 5, 500), LineAmounts(D(1), 5, 500),
             LineAmounts(D(2), 99999, 1800), LineAmounts(D(1), 1000, 0)]
    t = compute_totals(lines)
    assert [r.rate_bp for r in t.taxes] == [0, 500, 1800]
    assert t.taxes[1] == TaxRow(500, 15, 1)  # 15 * 5% = 0.75 -> 1, not 3 x round(0.25)
    assert t.taxes[2] == TaxRow(1800, 199998, 36000)  # 35999.64 -> 36000
    assert t.taxes[0] == TaxRow(0, 1000, 0)
    assert t.tax_minor == 36001
    assert t.total_minor == t.subtotal_minor + 36001


def test_quote_discount_is_allocated_across_rates_before_tax() -> None:
    lines = [LineAmounts(D(1), 10000, 1800), LineAmounts(D(1), 30000, 500)]
    t = compute_totals(lines, PERCENT, D(10))
    assert t.discount_minor == 4000
    assert t.taxes == [TaxRow(500, 27000, 1350), TaxRow(1800, 9000, 1620)]
    assert t.total_minor == 40000 - 4000 + 1350 + 1620
    assert sum(r.taxable_minor for r in t.taxes) == t.subtotal_minor - t.discount_minor


def test_amount_discount_on_quote_and_too_large_is_refused() -> None:
    lines = [LineAmounts(D(1), 10000, 1800)]
    assert compute_totals(lines, AMOUNT, D(1000)).total_minor == round_minor(D(9000) * D("1.18"))
    with pytest.raises(ValidationError, match="Quote discount"):
        compute_totals(lines, AMOUNT, D(10001))
    with pytest.raises(ValidationError, match="Line 1 discount"):
        compute_totals([LineAmounts(D(1), 100, 0, PERCENT, D(101))])


def test_optional_lines_are_excluded_from_every_total() -> None:
    base = [LineAmounts(D(1), 10000, 1800)]
    with_optional = [*base, LineAmounts(D(2), 7500, 1200, optional=True)]
    a, b = compute_totals(base, PERCENT, D(5)), compute_totals(with_optional, PERCENT, D(5))
    assert (a.subtotal_minor, a.discount_minor, a.taxes, a.total_minor) == (
        b.subtotal_minor, b.discount_minor, b.taxes, b.total_minor)
    assert b.optional_minor == 15000 and b.line_totals[1] == 15000


def test_large_quantities_and_fractional_quantities_stay_exact() -> None:
    t = compute_totals([LineAmounts(D("1000000"), 999999, 2800),
                        LineAmounts(D("2.375"), 333, 0)])
    assert t.line_totals == [999999000000, 791]  # 790.875 -> 791
    assert t.taxes[1].tax_minor == 279999720000
    assert t.total_minor == 999999000000 + 791 + 279999720000


def test_zero_prices_and_empty_quote() -> None:
    t = compute_totals([LineAmounts(D(5), 0, 1800)], PERCENT, D(50))
    assert (t.subtotal_minor, t.discount_minor, t.tax_minor, t.total_minor) == (0, 0, 0, 0)
    empty = compute_totals([])
    assert (empty.total_minor, empty.taxes) == (0, [])


def test_negative_quantity_refused_with_line_number() -> None:
    with pytest.raises(ValidationError, match="Line 2 quantity"):
        compute_totals([LineAmounts(D(1), 1, 0), LineAmounts(D(-1), 1, 0)])


@given(st.integers(0, 10**9), st.lists(st.integers(0, 10**9), min_size=1, max_size=6))
def test_allocation_adds_up_exactly(amount: int, weights: list[int]) -> None:
    shares = allocate(amount, weights)
    if sum(weights):
        assert sum(shares) == amount
        assert all(s >= 0 for s in shares)
    else:
        assert shares == [0] * len(weights)


@given(st.lists(st.tuples(st.integers(1, 10**4), st.integers(0, 10**7),
                          st.sampled_from([0, 500, 1200, 1800, 2800])), min_size=1, max_size=8),
       st.integers(0, 100))
def test_totals_always_add_up(rows: list[tuple[int, int, int]], pct: int) -> None:
    t = compute_totals([LineAmounts(D(q), p, r) for q, p, r in rows], PERCENT, D(pct))
    assert sum(r.taxable_minor for r in t.taxes) == t.subtotal_minor - t.discount_minor
    assert t.total_minor == t.subtotal_minor - t.discount_minor + t.tax_minor
    assert all(r.taxable_minor >= 0 for r in t.taxes)


@pytest.mark.parametrize("currency,locale", [
    ("INR", "en_IN"), ("INR", "hi_IN"), ("USD", "en_US"), ("EUR", "de_DE"), ("EUR", "fr_FR"),
    ("JPY", "ja_JP"), ("GBP", "en_GB"), ("CHF", "de_CH"), ("INR", "xx_YY")])
@given(st.integers(-(10**14), 10**14))
def test_fast_money_formatter_matches_babel(currency: str, locale: str, minor: int) -> None:
    from babel.numbers import format_currency

    expected_locale = "en" if locale == "xx_YY" else locale
    expected = format_currency(from_minor(minor, currency), currency, locale=expected_locale)
    assert format_money(minor, currency, locale) == expected
