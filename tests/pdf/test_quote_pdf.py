from __future__ import annotations

import io
from datetime import date
from decimal import Decimal as D
from pathlib import Path

import pypdf
import pypdfium2
import pytest
from PIL import Image, ImageChops, ImageOps

import app.pdf.quote as quote_pdf
from app.cli import main
from app.io import atomic
from app.seed.demo import demo_logo
from app.services.business import BusinessProfile, save_logo, save_profile
from app.services.contact_types import ContactInput
from app.services.contacts import create_contact
from app.services.money import format_money
from app.services.quote_types import QuoteLineInput
from app.services.quotes import get_quote, new_quote_input, save_quote

TODAY = date(2026, 3, 1)


def _quote(first: str, last: str, lines: int, optional: bool = False) -> int:
    save_profile(BusinessProfile(name="Surya Electricals", address="14 MG Road\nPune",
                                 tax_id="GSTIN 27ABCDE1234F1Z5", currency="INR"))
    cid = create_contact(ContactInput(first_name=first, last_name=last, city="Pune")).contact_id
    data = new_quote_input(cid, TODAY)
    data.lines = [QuoteLineInput(f"Item {n}", D(n % 3 + 1), 123450 + n, 1800 if n % 2 else 500)
                  for n in range(1, lines + 1)]
    if optional:
        data.lines.append(QuoteLineInput("Extended warranty", D(1), 249900, 1800,
                                         optional=True))
    return save_quote(data)


def _text(path: Path) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(str(path)).pages]


def test_long_quote_has_number_totals_and_page_x_of_y(db_path: str, tmp_path: Path) -> None:
    qid = _quote("Priya", "Sharma", 45, optional=True)
    save_logo(demo_logo())
    detail = get_quote(qid, TODAY)
    out = quote_pdf.write_quote_pdf(qid, tmp_path / "q.pdf", TODAY)
    pages = _text(out)
    assert len(pages) == 2
    assert "Page 1 of 2" in pages[0] and "Page 2 of 2" in pages[1]
    assert "Q-0001" in pages[0] and "Priya Sharma" in pages[0]
    assert "Description" in pages[1]  # the table header repeats on the second page
    first_page = pypdf.PdfReader(str(out)).pages[0]
    assert len(first_page.images) == 1  # the logo on the letterhead
    everything = "\n".join(pages)
    assert detail.totals.total_minor > 10_000_000  # large enough for lakh grouping
    assert format_money(detail.totals.total_minor, "INR", "en_IN") in everything
    assert format_money(detail.totals.subtotal_minor, "INR", "en_IN") in everything
    for tax in detail.totals.taxes:
        rate = f"Tax {tax.rate_bp // 100}% on {format_money(tax.taxable_minor, 'INR', 'en_IN')}"
        assert rate in everything
        assert format_money(tax.tax_minor, "INR", "en_IN") in everything
    assert "Optional: add Extended warranty for ₹2,499.00" in everything
    assert list(tmp_path.glob("*.tmp")) == []  # the temporary file was renamed away


def test_written_atomically_keeps_old_file_on_failure(db_path: str, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    qid = _quote("Priya", "Sharma", 2)
    target = tmp_path / "q.pdf"
    target.write_bytes(b"previous")

    def broken(*_args: object, **_kw: object) -> bytes:
        raise OSError("disk full")

    monkeypatch.setattr(quote_pdf, "render_quote", broken)
    with pytest.raises(OSError):
        quote_pdf.write_quote_pdf(qid, target)
    assert target.read_bytes() == b"previous"
    monkeypatch.undo()
    monkeypatch.setattr(atomic.os, "fsync", broken)
    with pytest.raises(OSError):
        quote_pdf.write_quote_pdf(qid, target)
    assert target.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.glob("*q.pdf*")] == ["q.pdf"]


def _page_image(pdf: bytes) -> Image.Image:
    doc = pypdfium2.PdfDocument(pdf)
    image = doc[0].render(scale=3).to_pil().convert("L")
    doc.close()
    return image


def _ink_width(image: Image.Image) -> int:
    box = ImageOps.invert(image).point(lambda v: 255 if v > 60 else 0).getbbox()
    return 0 if box is None else box[2] - box[0]


def test_devanagari_customer_name_is_shaped_in_the_picture(
        db_path: str, monkeypatch: pytest.MonkeyPatch) -> None:
    qid = _quote("प्रिया", "शर्मा", 2)
    detail = get_quote(qid, TODAY)
    profile = BusinessProfile(name="Surya Electricals")
    shaped = _page_image(quote_pdf.render_quote(detail, profile))
    original = quote_pdf._styles

    def unshaped() -> dict[str, object]:
        styles = original()
        styles["cust"].shaping = 0  # the customer name's style only
        return styles  # type: ignore[return-value]

    monkeypatch.setattr(quote_pdf, "_styles", unshaped)
    plain = _page_image(quote_pdf.render_quote(detail, profile))
    changed = ImageChops.difference(shaped, plain).getbbox()
    assert changed is not None, "shaping made no visible difference"
    top, bottom = changed[1], changed[3]
    assert bottom - top < shaped.height * 0.03  # one line of text: the name
    shaped.crop(changed).save(Path(db_path).with_name("shaped.png"))
    plain.crop(changed).save(Path(db_path).with_name("unshaped.png"))
    band = (0, top, shaped.width, bottom)
    shaped_width = _ink_width(shaped.crop(band))
    plain_width = _ink_width(plain.crop(band))
    # Unshaped, "प्रिया शर्मा" shows halants and a detached i-matra: visibly wider. Shaped,
    # the conjuncts (प्र, र्म) form, so the same name takes clearly less room.
    assert 0 < shaped_width < plain_width * 0.92


def test_cli_writes_pdf_and_reports_unknown_numbers(db_path: str, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    _quote("John", "Miller", 3)
    out = tmp_path / "cli.pdf"
    assert main(["--db", db_path, "quote", "pdf", "Q-0001", str(out)]) == 0
    assert "Q-0001" in _text(out)[0]
    assert main(["--db", db_path, "quote", "pdf", "Q-0099", str(out)]) == 1
    assert "no quote numbered Q-0099" in capsys.readouterr().err


def test_render_is_plain_bytes_without_database(db_path: str) -> None:
    detail = get_quote(_quote("Emma", "Clarke", 1), TODAY)
    pdf = quote_pdf.render_quote(detail, BusinessProfile(), None, "en_US")
    assert pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text().count("Emma Clarke") == 1
