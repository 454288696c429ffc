"""Pieces shared by the quote documents: styles, paragraphs shaped only where a script needs
it, long descriptions cut into table rows, figures set smaller to fit their column."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph
from reportlab.platypus.flowables import Flowable

from app.pdf.fonts import LATIN, LATIN_BOLD, markup, needs_shaping

GREY = colors.HexColor("#555555")
RULE = colors.HexColor("#cccccc")
HEAD_BG = colors.HexColor("#eef2f7")
DESCRIPTION_WIDTH = 72 * mm - 12
CELL_PADDING = 12  # a table's left + right cell padding, in points


def styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("base", fontName=LATIN, fontSize=9, leading=12, shaping=1)
    return {
        "base": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10, textColor=GREY),
        "name": ParagraphStyle("name", parent=base, fontName=LATIN_BOLD, fontSize=14,
                               leading=18),
        "title": ParagraphStyle("title", parent=base, fontName=LATIN_BOLD, fontSize=16,
                                leading=20, alignment=TA_RIGHT),
        "right": ParagraphStyle("right", parent=base, alignment=TA_RIGHT),
        "h": ParagraphStyle("h", parent=base, fontName=LATIN_BOLD, fontSize=10, leading=14,
                            spaceBefore=8, spaceAfter=2),
        "cust": ParagraphStyle("cust", parent=base, fontName=LATIN_BOLD, fontSize=11,
                               leading=16),
    }


def para(text: str, style: ParagraphStyle, bold: bool = False) -> Paragraph:
    """A Paragraph of plain *text*. HarfBuzz shaping is switched on only where the text has
    a script that needs it: Latin needs none, and shaping every word would triple the render
    time."""
    if needs_shaping(text):
        return Paragraph(markup(text, bold), style)
    return Paragraph(markup(text, bold), unshaped(style))


def unshaped(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(style.name + "-latin", parent=style, shaping=0)


PIECE_HEIGHT = 150  # points of description per table row: rows split only between rows


def description_pieces(cell: str | Paragraph) -> list[str | Paragraph]:
    """A description taller than PIECE_HEIGHT as several paragraphs, one per table row, so a
    description longer than a page continues on the next page (a table row cannot split)."""
    if isinstance(cell, str):
        return [cell]
    pieces: list[str | Paragraph] = []
    rest: Flowable = cell
    while True:
        _, height = rest.wrap(DESCRIPTION_WIDTH, 10**6)
        if height <= PIECE_HEIGHT:
            pieces.append(rest)
            return pieces
        parts = rest.split(DESCRIPTION_WIDTH, PIECE_HEIGHT)
        if len(parts) < 2:  # cannot be split (one very tall line): leave it whole
            pieces.append(rest)
            return pieces
        pieces.append(parts[0])
        rest = parts[1]


def fit_width(text: str, width: float, size: float = 9, bold: bool = False) -> str | Paragraph:
    """A figure drawn as it is when it fits *width* (points, with cell padding), else set
    smaller; each line of a two-line cell is measured."""
    font = LATIN_BOLD if bold else LATIN
    room = width - CELL_PADDING
    used = max(stringWidth(part, font, size) for part in text.split("\n"))
    if used <= room:
        return text
    small = max(4.0, size * room / used)
    body = markup(text).replace("\n", "<br/>")
    return Paragraph(f"<b>{body}</b>" if bold else body, ParagraphStyle(
        f"fit-{font}-{small:.2f}", fontName=font, fontSize=small, leading=small * 1.3,
        alignment=TA_RIGHT))
