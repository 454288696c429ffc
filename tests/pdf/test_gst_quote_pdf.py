"""What an Indian customer reads on a GST quotation or proforma invoice (text via pypdf)."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import date
from decimal import Decimal as D
from pathlib import Path

import pypdf
import pytest
from reportlab.platypus import Paragraph

from app.cli import main
from app.pdf.quote import build_story, write_quote_pdf
from app.services.business import load_profile, save_profile
from app.services.contact_types import ContactInput
from app.services.contacts import create_contact
from app.services.first_start import set_language
from app.services.quote_types import QuoteLineInput
from app.services.quotes import get_quote, new_quote_input, save_quote
from app.services.settings import set_default_region

TODAY = date(2026, 3, 1)


def _quote(customer: ContactInput, round_to_rupee: bool = True, gstin: str = "27AAPFU0939F1ZV"
           ) -> int:
    set_default_region("IN")
    save_profile(replace(load_profile(), name="Surya Electricals", gstin=gstin,
                         round_to_rupee=round_to_rupee))
    data = new_quote_input(create_contact(customer).contact_id, TODAY)
    data.lines = [QuoteLineInput("PVC pipe 20 mm", D(30), 33333, 1800, unit="m",
                                 hsn_code="3917"),
                  QuoteLineInput("Ball valve", D(4), 125050, 1200, hsn_code="8481"),
                  QuoteLineInput("Installation", D(1), 4500000, 1800, hsn_code="998719")]
    return save_quote(data)


def _text(path: Path) -> str:
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(str(path)).pages)
    # NFC: the font maps ज़ to the precomposed U+095B, which normalises to ज + nukta
    return unicodedata.normalize("NFC", " ".join(text.split()))


LOCAL = ContactInput(first_name="Priya", city="Mumbai", gst_treatment="consumer",
                     gst_state="27")
KARNATAKA = ContactInput(company="Bengaluru Builders", gst_treatment="registered",
                         gstin="29AAGCB7383J1Z4")


def test_local_customer_sees_cgst_sgst_hsn_gstin_and_words(db_path: str, tmp_path: Path
                                                           ) -> None:
    qid = _quote(LOCAL)
    text = _text(write_quote_pdf(qid, tmp_path / "q.pdf", TODAY))
    assert "QUOTATION" in text and "GSTIN: 27AAPFU0939F1ZV" in text
    assert "Place of supply: 27 Maharashtra" in text
    assert "HSN/SAC" in text and "3917" in text and "998719" in text
    # 9,999.90 x 9% = 899.991 -> 899.99 in each of CGST and SGST
    assert "CGST" in text and "SGST" in text and "IGST" not in text
    assert "₹899.99 9% ₹899.99" in text
    # 60,001.90 + 2 x (899.99 + 300.12 + 4,050.00) = 70,502.12, rounded to 70,502.00
    assert "Round off -₹0.12" in text and "Total ₹70,502.00" in text
    assert "Amount in words: Rupees Seventy Thousand Five Hundred Two Only" in text
    assert "HSN/SAC summary" in text
    assert "This is a quotation, not a tax invoice." in text
    assert get_quote(qid).totals.total_minor == 7_050_200


def test_customer_in_another_state_sees_igst_and_both_gstins(db_path: str, tmp_path: Path
                                                             ) -> None:
    qid = _quote(KARNATAKA, round_to_rupee=False)
    text = _text(write_quote_pdf(qid, tmp_path / "q.pdf", TODAY))
    assert "GSTIN: 29AAGCB7383J1Z4" in text and "GSTIN: 27AAPFU0939F1ZV" in text
    assert "Place of supply: 29 Karnataka" in text
    assert "IGST" in text and "CGST" not in text and "Round off" not in text
    assert "18% ₹1,799.98" in text  # 9,999.90 x 18% = 1,799.982
    assert "Total ₹70,502.12" in text
    assert "Rupees Seventy Thousand Five Hundred Two and Twelve Paise Only" in text


def test_proforma_invoice_from_the_command_line(db_path: str, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    _quote(KARNATAKA)
    out = tmp_path / "pi.pdf"
    assert main(["--db", db_path, "quote", "pdf", "Q-0001", str(out), "--proforma"]) == 0
    text = _text(out)
    assert "PROFORMA INVOICE" in text and "QUOTATION" not in text
    assert "This is a proforma invoice, not a tax invoice." in text
    assert pypdf.PdfReader(str(out)).metadata.title == "Proforma invoice Q-0001"


def test_amount_in_words_is_hindi_when_the_document_language_is_hindi(
        db_path: str, tmp_path: Path) -> None:
    qid = _quote(LOCAL)
    set_language("hi")
    text = _text(write_quote_pdf(qid, tmp_path / "q.pdf", TODAY))
    assert "₹70,502.00" in text  # hi_IN groups like en_IN
    # Shaped conjuncts come back from the PDF as private glyphs; the plain words read back
    assert "हज़ार" in text and "सौ दो" in text and "Amount in words" not in text
    story = build_story(get_quote(qid), load_profile(), None, "hi_IN", language="hi")
    printed = [f.getPlainText() for f in story if isinstance(f, Paragraph)]
    assert "राशि (शब्दों में): सत्तर हज़ार पाँच सौ दो रुपये मात्र" in printed


def test_indian_business_without_a_gstin_prints_the_plain_tax_summary(
        db_path: str, tmp_path: Path) -> None:
    qid = _quote(LOCAL, gstin="")
    text = _text(write_quote_pdf(qid, tmp_path / "q.pdf", TODAY))
    assert "CGST" not in text and "HSN/SAC" not in text and "Tax 18% on" in text
