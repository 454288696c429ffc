"""A quote's live totals in the editor, as the printed quote shows them: subtotal, discount,
tax per rate (or, under GST, CGST and SGST or IGST per rate and the round-off), the total and
the optional add-ons."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QCoreApplication

from app.services.gst import half_rate
from app.services.money import format_money
from app.services.quote_totals import Totals, format_rate


def _tr(text: str) -> str:
    return QCoreApplication.translate("QuoteTotals", text)


def gst_rows(totals: Totals, money: Callable[[int], str]) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    interstate = totals.gst is not None and totals.gst.interstate
    for tax in totals.taxes:
        taxable = money(tax.taxable_minor)
        if interstate:
            rows.append((_tr("IGST %1% on %2").replace("%1", format_rate(tax.rate_bp))
                         .replace("%2", taxable), money(tax.tax_minor)))
            continue
        half = half_rate(tax.rate_bp)
        for name in (_tr("CGST"), _tr("SGST")):
            # each line's CGST equals its SGST, so a rate's tax halves exactly
            rows.append((_tr("%1 %2% on %3").replace("%1", name).replace("%2", half)
                         .replace("%3", taxable), money(tax.tax_minor // 2)))
    if totals.round_off_minor:
        sign = "-" if totals.round_off_minor < 0 else "+"
        rows.append((_tr("Round off"), sign + money(abs(totals.round_off_minor))))
    return rows


def totals_html(totals: Totals, currency: str, locale: str) -> str:
    def money(minor: int) -> str:
        return escape(format_money(minor, currency, locale))

    rows = [(_tr("Subtotal"), money(totals.subtotal_minor))]
    if totals.discount_minor:
        rows.append((_tr("Discount"), "-" + money(totals.discount_minor)))
    rows += gst_rows(totals, money) if totals.gst else [
        (_tr("Tax %1% on %2").replace("%1", format_rate(t.rate_bp))
         .replace("%2", money(t.taxable_minor)), money(t.tax_minor)) for t in totals.taxes]
    rows.append((f"<b>{_tr('Total')}</b>", f"<b>{money(totals.total_minor)}</b>"))
    if totals.optional_minor:
        rows.append((_tr("Optional add-ons (not in total)"), money(totals.optional_minor)))
    return ("<table cellspacing='2' align='right'>" + "".join(
        f"<tr><td>{k}</td><td align='right'>&nbsp;&nbsp;{v}</td></tr>" for k, v in rows)
        + "</table>")
