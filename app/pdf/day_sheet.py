"""A rep's day on paper: the appointments in order, with room to write down what happened."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from io import BytesIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.pdf.fonts import LATIN, LATIN_BOLD, markup, register_fonts


@dataclass(frozen=True)
class SheetItem:
    start: str  # wall-clock "09:00" in the rep's zone
    end: str
    customer: str
    company: str
    address: str
    phone: str
    purpose: str
    notes: str
    status: str


@dataclass(frozen=True)
class DaySheet:
    rep_name: str
    rep_phone: str
    territory: str
    day: date
    zone_name: str
    items: list[SheetItem]


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=LATIN, fontSize=10, leading=13, shaping=1)
    return {
        "title": ParagraphStyle("title", parent=base, fontName=LATIN_BOLD, fontSize=16,
                                leading=20),
        "sub": ParagraphStyle("sub", parent=base, textColor=colors.HexColor("#555555")),
        "time": ParagraphStyle("time", parent=base, fontName=LATIN_BOLD, fontSize=12,
                               leading=15),
        "name": ParagraphStyle("name", parent=base, fontName=LATIN_BOLD, fontSize=12,
                               leading=16),
        "body": base,
        "label": ParagraphStyle("label", parent=base, textColor=colors.HexColor("#555555")),
    }


def _field(styles: dict[str, ParagraphStyle], label: str, value: str) -> Paragraph | None:
    if not value:
        return None
    return Paragraph(f'<font color="#555555">{label}:</font> {markup(value)}', styles["body"])


def _item(styles: dict[str, ParagraphStyle], item: SheetItem) -> Table:
    details: list[Paragraph] = [Paragraph(markup(item.customer, bold=True), styles["name"])]
    for label, value in (("Company", item.company), ("Address", item.address),
                         ("Phone", item.phone), ("Purpose", item.purpose),
                         ("Notes", item.notes)):
        para = _field(styles, label, value)
        if para is not None:
            details.append(para)
    details.append(Spacer(1, 4 * mm))
    details.append(Paragraph('<font color="#555555">Outcome:</font> '
                             + "_" * 62, styles["body"]))
    when = [Paragraph(f"{item.start}–{item.end}", styles["time"]),
            Paragraph(item.status, styles["label"])]
    table = Table([[when, details]], colWidths=[32 * mm, None])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEABOVE", (0, 0), (-1, 0), 0.75, colors.HexColor("#999999")),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
    ]))
    return table


def render_day_sheet(sheet: DaySheet) -> bytes:
    register_fonts()
    styles = _styles()
    buffer = BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                            topMargin=16 * mm, bottomMargin=16 * mm,
                            title=f"Day sheet {sheet.rep_name} {sheet.day.isoformat()}",
                            author="CallDesk")
    story: list[object] = [
        Paragraph(f"{markup(sheet.rep_name, bold=True)} – "
                  f"{sheet.day.strftime('%A %d %B %Y')}", styles["title"]),
    ]
    facts = [f"{len(sheet.items)} appointment{'s' if len(sheet.items) != 1 else ''}",
             f"times in {sheet.zone_name}"]
    if sheet.territory:
        facts.append(sheet.territory)
    if sheet.rep_phone:
        facts.append(sheet.rep_phone)
    story.append(Paragraph(markup(" · ".join(facts)), styles["sub"]))
    story.append(Spacer(1, 6 * mm))
    if not sheet.items:
        story.append(Paragraph("No appointments on this day.", styles["body"]))
    for item in sheet.items:
        story.append(KeepTogether([_item(styles, item)]))

    def footer(canvas: object, document: object) -> None:
        page = canvas.getPageNumber()  # type: ignore[attr-defined]
        canvas.setFont(LATIN, 8)  # type: ignore[attr-defined]
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm,  # type: ignore[attr-defined]
                               f"{sheet.rep_name} · {sheet.day.isoformat()} · page {page}")

    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
