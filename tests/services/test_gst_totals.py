"""GST totals against figures worked out by hand (paise rounded half up)."""

from __future__ import annotations

from decimal import Decimal

from app.services.quote_totals import (
    AMOUNT,
    GstLine,
    GstRules,
    HsnRow,
    LineAmounts,
    TaxRow,
    compute_totals,
)

LINES = [
    LineAmounts(Decimal(3), 33333, 1800, hsn_code="3917"),    # 999.99
    LineAmounts(Decimal(1), 125050, 1200, hsn_code="998314"),  # 1,250.50
    LineAmounts(Decimal(2), 4555, 1800, hsn_code="3917"),     # 91.10
]


def test_within_the_state_each_line_gets_cgst_and_sgst_at_half_the_rate() -> None:
    totals = compute_totals(LINES, gst=GstRules(interstate=False))
    # 999.99 x 9% = 89.9991 -> 90.00; 1,250.50 x 6% = 75.03; 91.10 x 9% = 8.199 -> 8.20
    assert totals.gst_lines == [GstLine(99999, 9000, 9000, 0), GstLine(125050, 7503, 7503, 0),
                                GstLine(9110, 820, 820, 0)]
    assert totals.subtotal_minor == 234159
    assert totals.tax_minor == 34646
    assert totals.total_minor == 268805  # 2,341.59 + 346.46
    assert totals.round_off_minor == 0
    assert totals.hsn_rows == [HsnRow("3917", 1800, 109109, 9820, 9820, 0),
                               HsnRow("998314", 1200, 125050, 7503, 7503, 0)]
    assert totals.taxes == [TaxRow(1200, 125050, 15006), TaxRow(1800, 109109, 19640)]


def test_across_states_each_line_gets_igst_at_the_full_rate() -> None:
    totals = compute_totals(LINES, gst=GstRules(interstate=True))
    # 999.99 x 18% = 179.9982 -> 180.00; 1,250.50 x 12% = 150.06; 91.10 x 18% = 16.398 -> 16.40
    assert [g.igst_minor for g in totals.gst_lines] == [18000, 15006, 1640]
    assert all(g.cgst_minor == g.sgst_minor == 0 for g in totals.gst_lines)
    assert totals.total_minor == 268805
    assert totals.hsn_rows[0] == HsnRow("3917", 1800, 109109, 0, 0, 19640)


def test_half_a_paisa_rounds_up_in_each_half_of_the_split() -> None:
    line = [LineAmounts(Decimal(1), 50, 1800, hsn_code="3917")]  # 0.50 x 9% = 4.5 paise
    assert compute_totals(line, gst=GstRules(False)).gst_lines == [GstLine(50, 5, 5, 0)]
    assert compute_totals(line, gst=GstRules(True)).gst_lines == [GstLine(50, 0, 0, 9)]


def test_round_off_line_brings_the_total_to_a_whole_rupee() -> None:
    totals = compute_totals(LINES, gst=GstRules(False, round_to_unit=True))
    assert totals.round_off_minor == -5  # 2,688.05 -> 2,688.00
    assert totals.total_minor == 268800
    up = compute_totals([LineAmounts(Decimal(1), 10050, 0)], gst=GstRules(False, True))
    assert (up.round_off_minor, up.total_minor) == (50, 10100)  # 100.50 -> 101 (half up)


def test_the_quote_discount_lowers_each_lines_taxable_value() -> None:
    lines = [LineAmounts(Decimal(1), 100000, 1800, hsn_code="8414"),
             LineAmounts(Decimal(1), 100000, 500, hsn_code="9983")]
    totals = compute_totals(lines, AMOUNT, Decimal(10000), GstRules(False))
    # 100.00 off, 50.00 from each line: 950.00 x 9% = 85.50; 950.00 x 2.5% = 23.75
    assert totals.gst_lines == [GstLine(95000, 8550, 8550, 0), GstLine(95000, 2375, 2375, 0)]
    assert totals.total_minor == 211850


def test_optional_lines_are_split_but_left_out_of_totals_and_the_hsn_summary() -> None:
    lines = [LINES[0], LineAmounts(Decimal(1), 10000, 1800, optional=True, hsn_code="8481")]
    totals = compute_totals(lines, gst=GstRules(False))
    assert totals.gst_lines[1] == GstLine(10000, 900, 900, 0)
    assert [r.hsn_code for r in totals.hsn_rows] == ["3917"]
    assert totals.total_minor == 99999 + 18000
    assert totals.optional_minor == 10000


def test_without_gst_rules_the_per_rate_summary_is_unchanged() -> None:
    totals = compute_totals(LINES)
    assert totals.gst is None and totals.gst_lines == [] and totals.hsn_rows == []
    # tax per rate: 1,091.09 x 18% = 196.3962 -> 196.40; 1,250.50 x 12% = 150.06
    assert totals.taxes == [TaxRow(1200, 125050, 15006), TaxRow(1800, 109109, 19640)]
