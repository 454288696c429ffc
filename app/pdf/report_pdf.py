"""A report on paper: its title and period, its chart, and its table as the window shows it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from io import BytesIO

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Spacer, Table, TableStyle

from app.pdf.fonts import LATIN, register_fonts
from app.pdf.quote_parts import GREY, HEAD_BG, RULE, para, styles
from app.pdf.report_chart import report_chart


@dataclass(frozen=True)
class ReportSheet:
    """What a report shows, as text and numbers: the same cells as the window's table."""

    title: str
    subtitle: str
    headers: list[str]
    rows: list[list[str]]
    labels: list[str] = field(default_factory=list)  # chart
    series: list[tuple[str, list[float]]] = field(default_factory=list)
    kind: str = "bar"  # or "line"


def _table(sheet: ReportSheet, width: float) -> Table:
    style = styles()
    head = [para(h, style["base"], bold=True) for h in sheet.headers]
    body = [[para(c, style["base"]) for c in row] for row in sheet.rows]
    count = max(1, len(sheet.headers))
    first = min(width * 0.34, 70 * mm) if count > 2 else width / 2
    widths: Sequence[float] = [first, *[(width - first) / (count - 1)] * (count - 1)] \
        if count > 1 else [width]
    table = Table([head, *body], colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def render_report_pdf(sheet: ReportSheet) -> bytes:
    register_fonts()
    wide = len(sheet.headers) > 5
    page = landscape(A4) if wide else A4
    margin = 15 * mm
    width = page[0] - 2 * margin
    buffer = BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=page, leftMargin=margin, rightMargin=margin,
                            topMargin=margin, bottomMargin=margin, title=sheet.title,
                            author="CallDesk")
    style = styles()
    story: list[object] = [para(sheet.title, style["name"], bold=True),
                           para(sheet.subtitle, style["small"]), Spacer(1, 4 * mm)]
    if sheet.labels and sheet.series:
        story += [report_chart(sheet.labels, sheet.series, sheet.kind, width), Spacer(1, 4 * mm)]
    story.append(_table(sheet, width))

    def footer(canvas: object, document: object) -> None:
        canvas.setFont(LATIN, 8)  # type: ignore[attr-defined]
        canvas.setFillColor(GREY)  # type: ignore[attr-defined]
        canvas.drawRightString(page[0] - margin, 8 * mm,  # type: ignore[attr-defined]
                               f"{canvas.getPageNumber()}")  # type: ignore[attr-defined]

    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()

