"""The Indian GST parts of a quote or proforma invoice: both parties' GSTINs and the place of
supply, a line table with HSN/SAC codes and the tax split per line (CGST + SGST, or IGST),
GST totals with the round-off, the amount in words, the HSN-wise summary and the notice that
the document is not a tax invoice. Everything is read from the totals already computed by the
one totals function; nothing is recomputed here."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from app.pdf.fonts import LATIN, LATIN_BOLD
from app.pdf.quote_parts import (
    HEAD_BG,
    RULE,
    description_pieces,
    fit_width,
    para,
)
from app.services.amount_words import rupees_in_words
from app.services.gst import half_rate, state_label
from app.services.gst_supply import GstParties
from app.services.quote_totals import PERCENT, format_rate
from app.services.quote_types import QuoteDetail

Money = Callable[[int], str]
# Within a state: # | Description | HSN/SAC | Qty | Unit price | Taxable | CGST | SGST | Amount
INTRA_WIDTHS = tuple(w * mm for w in (6, 42, 15, 14, 20, 22, 18, 18, 19))
# Across states: # | Description | HSN/SAC | Qty | Unit price | Taxable | IGST | Amount
INTER_WIDTHS = tuple(w * mm for w in (6, 54, 15, 14, 21, 22, 21, 21))
NOT_A_TAX_INVOICE = {False: "This is a quotation, not a tax invoice.",
                     True: "This is a proforma invoice, not a tax invoice."}


def party_lines(gst: GstParties) -> tuple[list[str], list[str]]:
    """(under the business name, under the customer's address)."""
    business = [f"GSTIN: {gst.business_gstin}"] if gst.business_gstin else []
    if gst.business_state:
        business.append(f"State: {state_label(gst.business_state)}")
    customer = [f"GSTIN: {gst.customer_gstin}"] if gst.customer_gstin else []
    if gst.customer_state:
        customer.append(f"State: {state_label(gst.customer_state)}")
    place = state_label(gst.place_of_supply) if gst.place_of_supply else "Outside India"
    customer.append(f"Place of supply: {place}")
    return business, customer


def line_table(detail: QuoteDetail, money: Money, st: dict[str, Any]) -> Table:
    """The quoted lines (optional ones are listed apart, as on every quote)."""
    gst, totals = detail.gst, detail.totals
    assert gst is not None
    widths = INTER_WIDTHS if gst.interstate else INTRA_WIDTHS
    taxes = ["IGST"] if gst.interstate else ["CGST", "SGST"]
    rows: list[list[Any]] = [["#", "Description", "HSN/SAC", "Qty", "Unit price", "Taxable",
                              *taxes, "Amount"]]
    rules, joins = [0], []
    n = 0
    for line, split in zip(detail.data.lines, totals.gst_lines, strict=True):
        if line.optional:
            continue
        n += 1
        first, *more = description_pieces(para(line.description, st["base"]))
        extra = detail.product_descriptions.get(line.product_id) if line.product_id else None
        if extra:
            more.append(para(extra, st["small"]))
        if line.discount_kind == PERCENT and line.discount_value:
            more.append(para(f"less {line.discount_value.normalize():f}% discount",
                             st["small"]))
        if gst.interstate:
            tax_cells = [f"{format_rate(line.tax_rate_bp)}%\n{money(split.igst_minor)}"]
        else:
            half = half_rate(line.tax_rate_bp)
            tax_cells = [f"{half}%\n{money(split.cgst_minor)}",
                         f"{half}%\n{money(split.sgst_minor)}"]
        quantity = f"{line.quantity.normalize():f} {line.unit}".strip()
        cells = [str(n), line.hsn_code, quantity, money(line.unit_price_minor),
                 money(split.taxable_minor), *tax_cells,
                 money(split.taxable_minor + split.tax_minor)]
        fitted = [fit_width(c, widths[i + 1 if i else 0], 8) for i, c in enumerate(cells)]
        rows.append([fitted[0], first, *fitted[1:]])
        for piece in more:
            rows.append(["", piece, *[""] * (len(widths) - 2)])
            joins.append(len(rows) - 1)
        rules.append(len(rows) - 1)
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), LATIN_BOLD, 8),
        ("FONT", (0, 1), (-1, -1), LATIN, 8),
        ("LEADING", (0, 1), (-1, -1), 10),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
        ("ALIGN", (3, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        *(("LINEBELOW", (0, r), (-1, r), 0.4, RULE) for r in rules),
        *(("TOPPADDING", (0, r), (-1, r), 0) for r in joins),
        *(("BOTTOMPADDING", (0, r - 1), (-1, r - 1), 0) for r in joins),
    ]))
    return table


def summary_rows(detail: QuoteDetail, money: Money) -> list[list[str]]:
    """The totals box: taxable value, discount, each tax, round-off, total."""
    totals, gst = detail.totals, detail.gst
    assert gst is not None
    rows = [["Subtotal", money(totals.subtotal_minor)]]
    if totals.discount_minor:
        label = "Discount"
        if detail.data.discount_kind == PERCENT:
            label += f" ({detail.data.discount_value.normalize():f}%)"
        rows.append([label, "-" + money(totals.discount_minor)])
        rows.append(["Taxable value", money(totals.subtotal_minor - totals.discount_minor)])
    hsn = totals.hsn_rows
    if gst.interstate:
        rows.append(["IGST", money(sum(r.igst_minor for r in hsn))])
    else:
        rows.append(["CGST", money(sum(r.cgst_minor for r in hsn))])
        rows.append(["SGST", money(sum(r.sgst_minor for r in hsn))])
    if totals.round_off_minor:
        sign = "-" if totals.round_off_minor < 0 else "+"
        rows.append(["Round off", sign + money(abs(totals.round_off_minor))])
    rows.append(["Total", money(totals.total_minor)])
    return rows


def hsn_summary(detail: QuoteDetail, money: Money, st: dict[str, Any]) -> list[Flowable]:
    gst, totals = detail.gst, detail.totals
    assert gst is not None
    if gst.interstate:
        head = ["HSN/SAC", "Taxable value", "IGST rate", "IGST", "Total tax"]
        body = [[r.hsn_code or "-", money(r.taxable_minor), f"{format_rate(r.rate_bp)}%",
                 money(r.igst_minor), money(r.tax_minor)] for r in totals.hsn_rows]
        widths: tuple[float, ...] = tuple(w * mm for w in (34, 40, 26, 34, 40))
    else:
        head = ["HSN/SAC", "Taxable value", "CGST rate", "CGST", "SGST rate", "SGST",
                "Total tax"]
        body = [[r.hsn_code or "-", money(r.taxable_minor), f"{half_rate(r.rate_bp)}%",
                 money(r.cgst_minor), f"{half_rate(r.rate_bp)}%", money(r.sgst_minor),
                 money(r.tax_minor)] for r in totals.hsn_rows]
        widths = tuple(w * mm for w in (24, 30, 18, 28, 18, 28, 28))
    total = ["Total", money(sum(r.taxable_minor for r in totals.hsn_rows))]
    if gst.interstate:
        total += ["", money(sum(r.igst_minor for r in totals.hsn_rows))]
    else:
        total += ["", money(sum(r.cgst_minor for r in totals.hsn_rows)), "",
                  money(sum(r.sgst_minor for r in totals.hsn_rows))]
    total.append(money(sum(r.tax_minor for r in totals.hsn_rows)))
    table = Table([head, *body, total], colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), LATIN_BOLD, 8),
        ("FONT", (0, 1), (-1, -1), LATIN, 8),
        ("FONT", (0, -1), (-1, -1), LATIN_BOLD, 8),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
    ]))
    return [para("HSN/SAC summary", st["h"]), table]


def words_and_notice(detail: QuoteDetail, language: str, proforma: bool,
                     st: dict[str, Any]) -> list[Flowable]:
    """The total in words (Hindi when the document is in Hindi) and the notice."""
    hindi = language.split("_")[0] == "hi"
    label = "राशि (शब्दों में)" if hindi else "Amount in words"
    words = rupees_in_words(detail.totals.total_minor, "hi" if hindi else "en")
    notice = Paragraph(f"<b>{NOT_A_TAX_INVOICE[proforma]}</b>", st["base"])
    return [Spacer(1, 2 * mm), para(f"{label}: {words}", st["base"]), Spacer(1, 2 * mm),
            notice]

