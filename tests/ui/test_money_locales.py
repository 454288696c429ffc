"""Amounts shown the way each locale writes money (Babel): lakh and crore for India in
English and Hindi, euros and dollars in their own styles, in the editor and on paper."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D
from pathlib import Path

import pypdf
import pytest

from app.pdf.quote import write_quote_pdf
from app.services.business import BusinessProfile, save_profile
from app.services.contact_types import ContactInput
from app.services.contacts import create_contact
from app.services.first_start import set_language
from app.services.money import format_money, locale_for_region
from app.services.quote_types import QuoteLineInput
from app.services.quotes import new_quote_input, save_quote
from app.services.settings import set_default_region
from app.ui.quote_editor_dialog import QuoteEditorDialog

CASES = [  # (home country, language, currency, what a person reads for 1,23,45,678.50)
    ("IN", "en", "INR", "₹1,23,45,678.50"),
    ("IN", "hi", "INR", "₹1,23,45,678.50"),
    ("DE", "en", "EUR", "12.345.678,50\xa0€"),
    ("US", "en", "USD", "$12,345,678.50"),
]


@pytest.mark.parametrize(("region", "language", "currency", "shown"), CASES)
def test_editor_and_pdf_write_money_the_locales_way(qtbot, db_path: str, tmp_path: Path,
                                                     region: str, language: str,
                                                     currency: str, shown: str) -> None:
    set_default_region(region)
    set_language(language)
    save_profile(BusinessProfile(name="Shop", currency=currency))
    locale = locale_for_region(region, language)
    assert format_money(1_234_567_850, currency, locale) == shown
    data = new_quote_input(create_contact(ContactInput(first_name="Asha")).contact_id,
                           date(2026, 3, 1))
    data.lines = [QuoteLineInput("Plant", D(1), 1_234_567_850, 0)]
    editor = QuoteEditorDialog(data, None, locale)
    qtbot.addWidget(editor)
    assert shown in editor.totals.text()
    qid = save_quote(data)
    text = pypdf.PdfReader(str(write_quote_pdf(qid, tmp_path / "q.pdf"))).pages[0] \
        .extract_text()
    assert shown.replace("\xa0", " ") in text.replace("\xa0", " ")


def test_hindi_document_language_formats_money_with_hi_in() -> None:
    assert locale_for_region("IN", "hi") == "hi_IN"
    assert locale_for_region("US", "hi") == "en_US"  # no Hindi locale for the US: English
