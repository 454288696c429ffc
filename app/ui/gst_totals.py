"""The GST rows of a quote's live totals in the editor: CGST and SGST (or IGST) per rate and
the round-off, as the printed quote shows them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from app.services.gst import half_rate
from app.services.quote_totals import Totals, format_rate


def _tr(text: str) -> str:
    return QCoreApplication.translate("GstTotals", text)


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
