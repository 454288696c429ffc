"""A quote on the business's letterhead, as a PDF (ReportLab platypus).

Letterhead with logo and business details, customer block, number and dates, a line table whose
header repeats on every page, optional add-ons listed apart, totals with the tax summary per
rate, notes, terms and a "Page x of y" footer. Text is shaped with HarfBuzz so conjuncts and
matras of the Indian scripts print correctly and Arabic and Hebrew run right to left; a long
description continues on the next page, and a figure too wide for its column is set smaller.
Files are written atomically (temporary file + rename).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Image, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from app.db.protected_files import refuse_database_target
from app.io.atomic import write_bytes_atomic
from app.pdf import gst_quote
from app.pdf.fonts import LATIN, LATIN_BOLD, markup, needs_shaping, register_fonts, unprintable
from app.pdf.quote_parts import DESCRIPTION_WIDTH as _DESCRIPTION_WIDTH
from app.pdf.quote_parts import GREY, HEAD_BG, PIECE_HEIGHT, RULE  # noqa: F401 - kept for callers
from app.pdf.quote_parts import description_pieces as _description_pieces
from app.pdf.quote_parts import para as _para
from app.pdf.quote_parts import styles as _styles
from app.pdf.quote_parts import unshaped as _unshaped
from app.services.business import BusinessProfile, load_logo, load_profile
from app.services.first_start import language as document_language
from app.services.money import format_money, locale_for_region
from app.services.quote_totals import AMOUNT, PERCENT, format_rate
from app.services.quote_types import QuoteDetail
from app.services.quotes import get_quote, quote_id_by_number
from app.services.settings import default_region

MARGIN = 18 * mm
COL_WIDTHS = (8 * mm, 72 * mm, 18 * mm, 24 * mm, 16 * mm, 12 * mm, 24 * mm)



class _NumberedCanvas(Canvas):  # type: ignore[misc]
    """Holds each page until the end so the footer can say "Page x of y"."""

    footer_text = ""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, 1):
            self.__dict__.update(state)
            self.setFont(LATIN, 8)
            self.setFillColor(GREY)
            self.drawString(MARGIN, 10 * mm, self.footer_text)
            self.drawRightString(A4[0] - MARGIN, 10 * mm, f"Page {number} of {total}")
            super().showPage()
        super().save()


def _canvas_maker(footer: str) -> Callable[..., Canvas]:
    return type("QuoteCanvas", (_NumberedCanvas,), {"footer_text": footer})


def _logo(logo: bytes, warnings: list[str]) -> Flowable | None:
    """The logo, decoded completely first: a file whose header is fine but whose data is cut
    off would otherwise fail while the page is drawn and take the whole quote with it."""
    try:
        from PIL import Image as PilImage

        with PilImage.open(io.BytesIO(logo)) as decoded:
            decoded.load()
        reader = ImageReader(io.BytesIO(logo))
        w, h = reader.getSize()
        scale = min(45 * mm / w, 18 * mm / h)
        return Image(io.BytesIO(logo), w * scale, h * scale, hAlign="LEFT")
    except Exception as exc:  # noqa: BLE001 - a broken logo must not stop the quote
        warnings.append(f"The logo could not be read ({exc}); the quote was printed "
                        "without it. Choose the logo again in Settings > Business.")
        return None


def _letterhead(profile: BusinessProfile, logo: bytes | None, detail: QuoteDetail,
                st: dict[str, ParagraphStyle], warnings: list[str], title: str,
                gst_lines: list[str]) -> Flowable:
    business: list[Flowable] = []
    image = _logo(logo, warnings) if logo else None
    if image is not None:
        business.append(image)
    if profile.name:
        business.append(_para(profile.name, st["name"], bold=True))
    contact = " · ".join(x for x in (profile.phone, profile.email, profile.website) if x)
    details = "\n".join(x for x in (profile.address, contact) if x)
    if details:
        business.append(_para(details, st["small"]))
    if profile.tax_id and not (gst_lines and profile.gstin in profile.tax_id):
        business.append(_para(f"Tax ID: {profile.tax_id}", st["small"]))
    if gst_lines:
        business.append(_para("\n".join(gst_lines), st["small"]))
    dates = (f"<b>{markup(detail.number)}</b><br/>Date: {detail.data.issued_on:%d %b %Y}<br/>"
             f"Valid until: {detail.data.valid_until:%d %b %Y}")
    right = [_para(title, st["title"]), Paragraph(dates, _unshaped(st["right"]))]
    if detail.shown_status in ("void", "revised", "declined"):
        right.append(_para(detail.shown_status.upper(), st["title"]))
    table = Table([[business, right]], colWidths=(110 * mm, 64 * mm))
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return table


def _discount_text(kind: str, value: Any, money: Callable[[int], str], currency_digits: int
                   ) -> str:
    if kind == PERCENT and value:
        return f"{value.normalize():f}%"
    if kind == AMOUNT and value:
        return money(int(value.scaleb(currency_digits)))
    return ""




def _description(text: str, st: dict[str, ParagraphStyle]) -> str | Paragraph:
    """A Latin one-liner is drawn as a plain string (no wrapping or shaping needed, and it
    is several times faster); anything else becomes a Paragraph, shaped when it has
    Devanagari."""
    if not needs_shaping(text) and "\n" not in text \
            and stringWidth(text, LATIN, 9) <= _DESCRIPTION_WIDTH:
        return text
    return _para(text, st["base"])


def _quantity(line: Any) -> str:
    q = f"{line.quantity.normalize():f}"
    return f"{q} {line.unit}".strip()


_CELL_PADDING = 12  # the table's left + right cell padding, in points


def _fit_width(text: str, width: float, st: dict[str, ParagraphStyle],
               size: float = 11) -> str | Paragraph:
    """A totals figure set smaller when it is wider than its column."""
    room = width - _CELL_PADDING
    used = stringWidth(text, LATIN_BOLD, size)
    if used <= room:
        return text
    small = max(4.0, size * room / used)
    return Paragraph(f"<b>{markup(text)}</b>", ParagraphStyle(
        f"fit-total-{small:.2f}", parent=_unshaped(st["right"]), fontSize=small,
        leading=small * 1.3))


def _fit(text: str, column: int, st: dict[str, ParagraphStyle]) -> str | Paragraph:
    """A cell that never runs into its neighbours: text that fits is drawn as it is; text
    with spaces (a long unit) wraps inside the column; one long word (a huge amount) is set
    smaller until it fits."""
    room = COL_WIDTHS[column] - _CELL_PADDING
    size = 9.0
    width = stringWidth(text, LATIN, size)
    if width <= room and not needs_shaping(text):
        return text
    right = st["right"]
    if " " in text.strip() or needs_shaping(text):
        return _para(text, right)
    size = max(4.0, size * room / width)
    small = ParagraphStyle(f"fit-{size:.2f}", parent=_unshaped(right), fontSize=size,
                           leading=size * 1.3)
    return Paragraph(markup(text), small)


def _check_printable(detail: QuoteDetail, profile: BusinessProfile,
                     warnings: list[str]) -> None:
    """Name what the bundled fonts cannot print, rather than printing empty boxes silently."""
    data = detail.data
    texts = [("Business", f"{profile.name} {profile.address}"),
             ("Customer", " ".join([detail.customer_name, *detail.customer_lines]))]
    texts += [(f"Line {n}", f"{line.description} {line.unit}")
              for n, line in enumerate(data.lines, 1)]
    texts += [("Notes", data.notes), ("Terms", data.terms)]
    for where, text in texts:
        missing = unprintable(text)
        if missing:
            warnings.append(f"{where}: {', '.join(missing)} cannot be printed with the "
                            "bundled fonts and show as empty boxes")


def build_story(detail: QuoteDetail, profile: BusinessProfile, logo: bytes | None,
                locale: str, warnings: list[str] | None = None, proforma: bool = False,
                language: str = "en") -> list[Flowable]:
    """The quote's flowables; what could not be printed as asked is added to *warnings*.
    *proforma* prints it as a proforma invoice; *language* 'hi' writes the amount in words
    of an Indian quote in Hindi."""
    register_fonts()
    st = _styles()
    told = warnings if warnings is not None else []
    _check_printable(detail, profile, told)
    data, totals, currency = detail.data, detail.totals, detail.data.currency

    def money(minor: int) -> str:
        return format_money(minor, currency, locale)

    from app.services.money import minor_digits

    digits = minor_digits(currency)
    gst = detail.gst
    business_gst, customer_gst = gst_quote.party_lines(gst) if gst else ([], [])
    title = "PROFORMA INVOICE" if proforma else "QUOTATION"
    story: list[Flowable] = [_letterhead(profile, logo, detail, st, told, title, business_gst),
                             Spacer(1, 8 * mm)]
    story.append(_para("Proforma invoice for" if proforma else "Quotation for", st["small"]))
    story.append(_para(detail.customer_name, st["cust"], bold=True))
    if detail.customer_lines:
        story.append(_para("\n".join(detail.customer_lines), st["base"]))
    if customer_gst:
        story.append(_para("\n".join(customer_gst), st["base"]))
    story.append(Spacer(1, 6 * mm))
    if gst is not None:
        story.append(gst_quote.line_table(detail, money, st))
        extras = [(ln, a) for ln, a in zip(data.lines, totals.line_totals, strict=True)
                    if ln.optional]
        story.extend([Spacer(1, 3 * mm), _totals_table(gst_quote.summary_rows(detail, money),
                                                       st)])
        story.extend(gst_quote.words_and_notice(detail, language, proforma, st))
        story.extend(gst_quote.hsn_summary(detail, money, st))
        return story + _closing(data, extras, money, st)

    rows: list[list[Any]] = [["#", "Description", "Qty", "Unit price", "Discount", "Tax",
                              "Amount"]]
    optional: list[tuple[Any, int]] = []
    rules, joins = [0], []
    n = 0
    for line, amount in zip(data.lines, totals.line_totals, strict=True):
        if line.optional:
            optional.append((line, amount))
            continue
        n += 1
        first, *more = _description_pieces(_description(line.description, st))
        extra = detail.product_descriptions.get(line.product_id) if line.product_id else None
        if extra:  # the product's catalogue description, in small type under the name
            more.append(_para(extra, st["small"]))
        rows.append([str(n), first, _fit(_quantity(line), 2, st),
                     _fit(money(line.unit_price_minor), 3, st),
                     _fit(_discount_text(line.discount_kind, line.discount_value, money,
                                         digits), 4, st),
                     _fit(f"{format_rate(line.tax_rate_bp)}%", 5, st), _fit(money(amount), 6, st)])
        for piece in more:  # continuation rows, set close so the text reads on
            rows.append(["", piece, "", "", "", "", ""])
            joins.append(len(rows) - 1)
        rules.append(len(rows) - 1)  # a rule under the line's last row only
    table = Table(rows, colWidths=COL_WIDTHS, repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, 0), LATIN_BOLD, 8.5),
        ("FONT", (0, 1), (-1, -1), LATIN, 9),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
        ("ALIGN", (2, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        *(("LINEBELOW", (0, r), (-1, r), 0.4, RULE) for r in rules),
        *(("TOPPADDING", (0, r), (-1, r), 0) for r in joins),
        *(("BOTTOMPADDING", (0, r - 1), (-1, r - 1), 0) for r in joins),
    ]))
    story.append(table)

    summary: list[list[str]] = [["Subtotal", money(totals.subtotal_minor)]]
    if totals.discount_minor:
        label = "Discount"
        if data.discount_kind == PERCENT:
            label += f" ({data.discount_value.normalize():f}%)"
        summary.append([label, "-" + money(totals.discount_minor)])
    for tax in totals.taxes:
        summary.append([f"Tax {format_rate(tax.rate_bp)}% on {money(tax.taxable_minor)}",
                        money(tax.tax_minor)])
    summary.append(["Total", money(totals.total_minor)])
    story.extend([Spacer(1, 3 * mm), _totals_table(summary, st)])
    return story + _closing(data, optional, money, st)


def _totals_table(summary: list[list[str]], st: dict[str, ParagraphStyle]) -> Table:
    totals_table = Table([[label, _fit_width(value, 30 * mm, st)] for label, value in summary],
                         colWidths=(60 * mm, 30 * mm), hAlign="RIGHT")
    totals_table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), LATIN, 9),
        ("FONT", (0, -1), (-1, -1), LATIN_BOLD, 11),
        ("ALIGN", (1, 0), (1, -1), "RIGHT"),
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
    ]))
    return totals_table


def _closing(data: Any, optional: list[tuple[Any, int]], money: Callable[[int], str],
             st: dict[str, ParagraphStyle]) -> list[Flowable]:
    """Optional add-ons, notes and terms."""
    story: list[Flowable] = []
    if optional:
        story.append(_para("Optional add-ons (not included in the total)", st["h"]))
        for line, amount in optional:
            text = markup(f"Optional: add {line.description}")
            qty = "" if line.quantity == 1 else f" ({markup(_quantity(line))})"
            style = st["base"] if needs_shaping(line.description) else _unshaped(st["base"])
            story.append(Paragraph(
                f"{text}{qty} for <b>{money(amount)}</b>"
                f" (plus {format_rate(line.tax_rate_bp)}% tax)", style))
    for heading, body in (("Notes", data.notes), ("Terms", data.terms)):
        if body.strip():
            story.append(_para(heading, st["h"]))
            story.append(_para(body.strip(), st["small"]))
    return story


def render_quote(detail: QuoteDetail, profile: BusinessProfile, logo: bytes | None = None,
                 locale: str = "en_IN", warnings: list[str] | None = None,
                 proforma: bool = False, language: str = "en") -> bytes:
    """The PDF of one quote, as bytes (no database, no disk); see build_story for
    *warnings*."""
    # Binary streams instead of ASCII85: smaller files, and ~15% faster without rl_accel.
    rl_config.useA85 = 0
    out = io.BytesIO()
    kind = "Proforma invoice" if proforma else "Quotation"
    # The frame pads its content by 6 pt; tables and text then start exactly at MARGIN.
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=MARGIN - 6, rightMargin=MARGIN - 6,
                            topMargin=MARGIN, bottomMargin=MARGIN,
                            title=f"{kind} {detail.number}", author=profile.name,
                            subject=f"{kind} for {detail.customer_name}")
    footer = " · ".join(x for x in (profile.name, detail.number) if x)
    doc.build(build_story(detail, profile, logo, locale, warnings, proforma, language),
              canvasmaker=_canvas_maker(footer))
    return out.getvalue()


def write_quote_pdf(quote_id: int, path: str | Path, today: date | None = None,
                    warnings: list[str] | None = None, proforma: bool = False) -> Path:
    """Render quote *quote_id* of the open database to *path* (atomically); what could not
    be printed as asked (a broken logo, characters no font has) is added to *warnings*."""
    refuse_database_target(path)
    detail = get_quote(quote_id, today)
    language = document_language()
    data = render_quote(detail, load_profile(), load_logo(),
                        locale_for_region(default_region(), language), warnings, proforma,
                        language)
    return write_bytes_atomic(path, data)


def write_quote_pdf_by_number(number: str, path: str | Path,
                              warnings: list[str] | None = None, proforma: bool = False
                              ) -> Path:
    return write_quote_pdf(quote_id_by_number(number), path, warnings=warnings,
                           proforma=proforma)


def write_sample_quote(db_path: str | Path, pdf_path: str | Path,
                       png_path: str | Path | None = None) -> Path:
    """Open *db_path* (filling it with the demo data when it has no quotes), write the demo
    quote of a customer with a Devanagari name to *pdf_path*, and optionally its first page
    as a PNG (needs pypdfium2)."""
    from app.db.connection import db, open_database

    open_database(db_path)
    if db.execute_sql("SELECT count(*) FROM quote").fetchone()[0] == 0:
        from app.seed.demo import seed_demo
        from app.services.settings import set_default_region

        set_default_region("IN")
        seed_demo()
    row = db.execute_sql(
        "SELECT q.number FROM quote q JOIN contact c ON c.id = q.contact_id "
        "WHERE c.first_name GLOB '*[ऀ-ॿ]*' ORDER BY q.id LIMIT 1").fetchone()
    if row is None:
        row = db.execute_sql("SELECT number FROM quote ORDER BY id LIMIT 1").fetchone()
    written = write_quote_pdf_by_number(str(row[0]), pdf_path)
    if png_path is not None:
        import pypdfium2

        pdf = pypdfium2.PdfDocument(str(written))
        pdf[0].render(scale=1.5).to_pil().save(str(png_path))
        pdf.close()
    return written
