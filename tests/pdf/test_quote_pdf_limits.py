"""Quotes that used to be unprintable print: long lines split across pages, a broken logo is
left out with a warning, every script our users write has a font (Arabic and Hebrew right to
left), what no font has is named, and wide figures stay inside their columns."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal as D
from pathlib import Path

import pypdf
import pypdfium2
import pytest
from PIL import Image
from PySide6.QtWidgets import QFileDialog, QMessageBox

import app.pdf.quote as quote_pdf
from app.cli import main
from app.pdf.quote import COL_WIDTHS, MARGIN
from app.services.business import LOGO_KEY, BusinessProfile, save_logo, save_profile
from app.services.contact_types import ContactInput
from app.services.contacts import create_contact
from app.services.errors import ValidationError
from app.services.quote_types import QuoteLineInput
from app.services.quotes import new_quote_input, save_quote
from app.services.settings import set_setting

TODAY = date(2026, 3, 1)


def _quote(lines: list[QuoteLineInput], first: str = "Priya", last: str = "Sharma",
           company: str = "") -> int:
    save_profile(BusinessProfile(name="Surya Electricals", address="14 MG Road\nPune",
                                 currency="INR"))
    cid = create_contact(ContactInput(first_name=first, last_name=last,
                                      company=company)).contact_id
    data = new_quote_input(cid, TODAY)
    data.lines = lines
    return save_quote(data)


def _pdf(qid: int, path: Path) -> tuple[Path, list[str]]:
    warnings: list[str] = []
    return quote_pdf.write_quote_pdf(qid, path, TODAY, warnings=warnings), warnings


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(str(path)).pages)


def _fonts(path: Path) -> set[str]:
    names: set[str] = set()
    for page in pypdf.PdfReader(str(path)).pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]).split("+")[-1].removesuffix("-Regular"))
    return names


@pytest.mark.parametrize("description", [
    "Cable tray " + "galvanised steel, 3 m lengths, with covers and couplers; " * 90,
    "\n".join(f"Step {n}: fix bracket {n} to the wall" for n in range(1, 61)),
])
def test_a_line_taller_than_a_page_continues_on_the_next(db_path: str, tmp_path: Path,
                                                         description: str) -> None:
    qid = _quote([QuoteLineInput(description, D(1), 10000, 1800),
                  QuoteLineInput("Installation", D(1), 5000, 1800)])
    out, warnings = _pdf(qid, tmp_path / "q.pdf")
    reader = pypdf.PdfReader(str(out))
    assert len(reader.pages) >= 2 and warnings == []
    text = _text(out)
    last_words = description.split()[-3:]
    assert " ".join(last_words) in " ".join(text.split())
    assert "Installation" in text and "Total" in text


def _broken_png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (300, 120), (10, 90, 200)).save(out, "PNG")
    return out.getvalue()[:200]  # the header passes, the data is cut off


def test_a_broken_logo_is_refused_when_set(db_path: str, tmp_path: Path) -> None:
    path = tmp_path / "logo.png"
    path.write_bytes(_broken_png())
    from app.services.business import read_logo_file

    with pytest.raises(ValidationError, match="Logo: the image is damaged or incomplete"):
        read_logo_file(path)
    with pytest.raises(ValidationError, match="Logo"):
        save_logo(_broken_png())


def test_a_broken_stored_logo_is_left_out_with_a_warning(
        qtbot, main_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import base64

    qid = _quote([QuoteLineInput("Panel", D(1), 10000, 1800)])
    set_setting(LOGO_KEY, base64.b64encode(_broken_png()).decode())  # set by an older version
    target = tmp_path / "printed.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "PDF files (*.pdf)")))
    monkeypatch.setattr("app.ui.desktop_launch.QDesktopServices.openUrl", lambda url: True)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _p, _t, text, *a, **k: told.append(text)))
    written = main_window.quotes.print_quote(qid)
    assert written is not None and "Q-0001" in _text(written)
    assert len(pypdf.PdfReader(str(written)).pages[0].images) == 0
    [message] = told
    assert "The PDF was saved" in message and "logo could not be read" in message


SCRIPTS = {
    "NotoSansTamil": "தமிழ் நாடு விளக்கு", "NotoSansArabic": "مرحبا بالعالم",
    "NotoSansHebrew": "שלום עולם", "NotoSansThai": "สวัสดีครับ",
    "NotoSansBengali": "বাংলা ভাষা", "NotoSansTelugu": "తెలుగు",
    "NotoSansGujarati": "ગુજરાતી", "NotoSansKannada": "ಕನ್ನಡ",
    "NotoSansMalayalam": "മലയാളം", "NotoSansGurmukhi": "ਪੰਜਾਬੀ",
    "NotoSansOriya": "ଓଡ଼ିଆ", "NotoSansDevanagari": "सोलर पैनल",
}


def test_every_script_prints_in_its_own_font_and_the_rest_is_named(db_path: str,
                                                                    tmp_path: Path) -> None:
    lines = [QuoteLineInput(f"{face}: {text}", D(1), 1000, 0) for face, text in SCRIPTS.items()]
    lines.append(QuoteLineInput("Tea set 茶具 🍵", D(1), 1000, 0))
    qid = _quote(lines, first="محمد", last="أحمد", company="שלום בע״מ")
    out, warnings = _pdf(qid, tmp_path / "q.pdf")
    assert set(SCRIPTS) <= _fonts(out)
    assert warnings == [f"Line {len(lines)}: 茶 (CJK), 具 (CJK), 🍵 (emoji) cannot be printed "
                        "with the bundled fonts and show as empty boxes"]


def _first_page_png(path: Path, scale: float = 3) -> Image.Image:
    doc = pypdfium2.PdfDocument(str(path))
    try:
        return doc[0].render(scale=scale).to_pil().convert("L")
    finally:
        doc.close()


def test_arabic_is_laid_out_right_to_left(db_path: str, tmp_path: Path) -> None:
    """The first letter of a right-to-left word is drawn at its right end: the customer name
    'بب' + 'ا' ends (on its left) in the alif's tall stroke, which a left-to-right layout
    would put on the right."""
    qid = _quote([QuoteLineInput("Panel", D(1), 1000, 0)], first="ببا", last="")
    out, _ = _pdf(qid, tmp_path / "q.pdf")
    text = pypdfium2.PdfDocument(str(out))[0].get_textpage()
    found = text.search("ببا").get_next()
    assert found is not None
    start, count = found
    boxes = [text.get_charbox(start + i) for i in range(count)]
    # In visual order the first character (ب) lies to the right of the last (ا).
    assert boxes[0][0] > boxes[-1][0]


def _box(path: Path, needle: str) -> tuple[float, float]:
    page = pypdfium2.PdfDocument(str(path))[0]
    text = page.get_textpage()
    found = text.search(needle).get_next()
    assert found is not None, needle
    start, count = found
    boxes = [text.get_charbox(start + i) for i in range(count)]
    return min(b[0] for b in boxes), max(b[2] for b in boxes)


def test_wide_units_and_amounts_stay_inside_their_columns(db_path: str,
                                                          tmp_path: Path) -> None:
    qid = _quote([QuoteLineInput("Copper", D(1234), 7_999_999_999, 2800,
                                 unit="kilograms of copper wire")])
    out, _ = _pdf(qid, tmp_path / "q.pdf")
    edges = [MARGIN]
    for width in COL_WIDTHS:
        edges.append(edges[-1] + width)
    price_left, price_right = _box(out, "7,99,99,999.99")
    amount_left, amount_right = _box(out, "98,71,99,99,987.66")
    assert edges[3] <= price_left and price_right <= edges[4]
    assert edges[6] <= amount_left and amount_right <= edges[7]
    unit_left, unit_right = _box(out, "wire")
    assert edges[2] <= unit_left and unit_right <= edges[3]


def test_cli_prints_the_warnings(db_path: str, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    _quote([QuoteLineInput("Tea set 茶具", D(1), 1000, 0)])
    assert main(["quote", "pdf", "Q-0001", str(tmp_path / "q.pdf"), "--db", db_path]) == 0
    assert "warning: Line 1: 茶 (CJK), 具 (CJK) cannot be printed" in capsys.readouterr().err
