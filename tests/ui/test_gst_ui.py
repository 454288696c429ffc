"""GST in the window: Settings > Business, a contact's GST box, products' HSN codes, the quote
editor's place of supply and CGST/SGST or IGST totals, the proforma menu entry."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal as D
from pathlib import Path

import pypdf
from PySide6.QtWidgets import QFileDialog

from app.services.business import load_profile, save_profile
from app.services.catalogue import search_products
from app.services.contact_types import ContactInput
from app.services.contacts import create_contact, get_contact
from app.services.quote_types import QuoteLineInput
from app.services.quotes import get_quote, new_quote_input, save_quote
from app.services.settings import set_default_region
from app.ui.app_context import AppContext
from app.ui.business_settings_page import BusinessSettingsPage
from app.ui.contact_dialog import ContactDialog
from app.ui.main_window import TAB_QUOTES
from app.ui.products_dialog import ProductsDialog
from app.ui.quote_editor_dialog import QuoteEditorDialog
from app.ui.settings_dialog import SettingsDialog

SELLER = "27AAPFU0939F1ZV"


def _india(round_to_rupee: bool = False) -> None:
    set_default_region("IN")
    save_profile(replace(load_profile(), name="Surya", gstin=SELLER,
                         round_to_rupee=round_to_rupee))


def test_business_gstin_is_refused_naming_the_field_then_saved(qtbot, db_path: str) -> None:
    set_default_region("IN")
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    page = next(p for p in dialog.pages if isinstance(p, BusinessSettingsPage))
    assert page.gstin.isVisibleTo(page)
    page.gstin.setText("27AAPFU0939F1ZW")
    dialog.save()
    assert "GSTIN" in dialog.error.text() and "check character" in dialog.error.text()
    assert load_profile().gstin == ""
    page.gstin.setText(SELLER.lower())
    page.state.set_state("29")
    dialog.save()
    assert "not to 29 Karnataka" in dialog.error.text()
    page.state.set_state("27")
    page.round_to_rupee.setChecked(True)
    dialog.save()
    profile = load_profile()
    assert (profile.gstin, profile.state, profile.round_to_rupee) == (SELLER, "27", True)


def test_business_outside_india_sees_no_gst_fields(qtbot, db_path: str) -> None:
    set_default_region("DE")
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    page = next(p for p in dialog.pages if isinstance(p, BusinessSettingsPage))
    assert not page.gstin.isVisibleTo(page) and not page.round_to_rupee.isVisibleTo(page)
    products = ProductsDialog("EUR", "en_DE")
    qtbot.addWidget(products)
    assert not products.hsn.isVisibleTo(products)


def test_contact_gst_box_shows_the_error_next_to_the_gstin(qtbot, db_path: str) -> None:
    set_default_region("IN")
    dialog = ContactDialog(AppContext(db_path=db_path, home_region="IN"))
    qtbot.addWidget(dialog)
    assert dialog.gst.isVisibleTo(dialog)
    dialog.company.setText("Bengaluru Builders")
    dialog.gst.treatment.setCurrentIndex(dialog.gst.treatment.findData("registered"))
    dialog.gst.gstin.setText("29AAGCB7383J1Z5")
    dialog.save()
    assert dialog._errors["GSTIN"].isVisibleTo(dialog)
    assert "check character" in dialog._errors["GSTIN"].text()
    dialog.gst.gstin.setText("29AAGCB7383J1Z4")
    dialog.save()
    assert dialog.result() == ContactDialog.DialogCode.Accepted
    saved = get_contact(dialog.saved_contact_id)
    assert (saved.gst_treatment, saved.gstin, saved.gst_state) == (
        "registered", "29AAGCB7383J1Z4", "29")


def test_product_hsn_code_is_saved_from_the_catalogue(qtbot, db_path: str) -> None:
    _india()
    dialog = ProductsDialog("INR", "en_IN")
    qtbot.addWidget(dialog)
    dialog.sku.setText("PIPE-20")
    dialog.name.setText("PVC pipe")
    dialog.price.setText("45.50")
    dialog.tax.setText("18")
    dialog.hsn.setText("39A7")
    dialog.save()
    assert "HSN/SAC" in dialog.error.text() and search_products("PIPE-20") == []
    dialog.hsn.setText("3917")
    dialog.save()
    assert search_products("PIPE-20")[0].hsn_code == "3917"


def _editor(qtbot, contact: ContactInput) -> QuoteEditorDialog:
    data = new_quote_input(create_contact(contact).contact_id, date(2026, 3, 1))
    data.lines = [QuoteLineInput("PVC pipe", D(3), 33333, 1800, hsn_code="3917")]
    editor = QuoteEditorDialog(data, None, "en_IN")
    qtbot.addWidget(editor)
    return editor


def test_editor_shows_cgst_and_sgst_then_igst_when_the_place_changes(qtbot, db_path: str
                                                                      ) -> None:
    _india(round_to_rupee=True)
    editor = _editor(qtbot, ContactInput(first_name="Priya", gst_treatment="consumer",
                                         gst_state="27"))
    assert editor.place.isVisibleTo(editor)
    text = editor.totals.text()
    # 999.99 x 9% = 90.00 each; 1,179.99 rounds to 1,180.00
    assert "CGST 9% on ₹999.99" in text and "SGST 9% on ₹999.99" in text
    assert "₹90.00" in text and "Round off" in text and "₹1,180.00" in text
    editor.place.set_state("29")
    text = editor.totals.text()
    assert "IGST 18% on ₹999.99" in text and "CGST" not in text and "₹180.00" in text
    assert editor.save()
    saved = get_quote(editor.saved_quote_id or 0)
    assert saved.data.place_of_supply == "29" and saved.data.lines[0].hsn_code == "3917"


def test_editor_of_a_business_outside_india_keeps_the_tax_summary(qtbot, db_path: str
                                                                  ) -> None:
    set_default_region("US")
    editor = _editor(qtbot, ContactInput(first_name="Emma"))
    assert not editor.place.isVisibleTo(editor)
    assert "Tax 18% on" in editor.totals.text() and "CGST" not in editor.totals.text()


def test_quotes_menu_prints_a_proforma_invoice(qtbot, main_window, monkeypatch,
                                               tmp_path: Path) -> None:
    _india()
    cid = create_contact(ContactInput(first_name="Priya", gst_state="27")).contact_id
    data = new_quote_input(cid, date(2026, 3, 1))
    data.lines = [QuoteLineInput("PVC pipe", D(3), 33333, 1800, hsn_code="3917")]
    save_quote(data)
    target = tmp_path / "pi.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "PDF files (*.pdf)")))
    monkeypatch.setattr("app.ui.desktop_launch.QDesktopServices.openUrl", lambda url: True)
    main_window.tabs.setCurrentIndex(TAB_QUOTES)
    quotes = main_window.quotes
    quotes.refresh()
    qtbot.waitUntil(lambda: quotes.table.model().rowCount() > 0, timeout=3000)
    quotes.table.selectRow(0)
    action = next(a for a in main_window.menuBar().actions()
                  if a.text().replace("&", "") == "Quotes").menu()
    proforma = next(a for a in action.actions()
                    if a.text().replace("&", "").startswith("Print as proforma"))
    assert proforma.shortcut().toString() == "Ctrl+Alt+P"
    proforma.trigger()
    text = pypdf.PdfReader(str(target)).pages[0].extract_text()
    assert "PROFORMA INVOICE" in text and "not a tax invoice" in text


def test_editor_hsn_column_is_typed_checked_and_saved(qtbot, db_path: str) -> None:
    from app.ui.quote_lines_table import COL_HSN, COL_QTY

    _india()
    editor = _editor(qtbot, ContactInput(first_name="Priya", gst_state="27"))
    table = editor.lines
    assert not table.isColumnHidden(COL_HSN)
    assert table.horizontalHeader().visualIndex(COL_HSN) == COL_QTY  # right after the name
    assert table.item(0, COL_HSN).text() == "3917"
    table.item(0, COL_HSN).setText("39A7")
    assert not editor.save()
    assert "Line 1 HSN/SAC" in editor.error.text()
    table.item(0, COL_HSN).setText("391723")
    assert editor.save()
    assert get_quote(editor.saved_quote_id or 0).data.lines[0].hsn_code == "391723"


def test_editor_outside_india_has_no_hsn_column(qtbot, db_path: str) -> None:
    from app.ui.quote_lines_table import COL_HSN

    set_default_region("US")
    editor = _editor(qtbot, ContactInput(first_name="Emma"))
    assert editor.lines.isColumnHidden(COL_HSN)
