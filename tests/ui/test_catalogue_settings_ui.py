from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal as D

from PySide6.QtCore import QDate, Qt

from app.seed.demo import demo_logo
from app.services.business import load_logo, load_profile
from app.services.catalogue import ProductInput, addons_of, save_product, search_products
from app.services.contact_types import ContactInput
from app.services.contacts import create_contact
from app.services.quote_types import QuoteLineInput
from app.services.quotes import new_quote_input, save_quote
from app.ui.business_settings_page import BusinessSettingsPage
from app.ui.products_dialog import ProductsDialog
from app.ui.settings_dialog import SettingsDialog


def test_add_product_with_addons_by_keyboard(qtbot, db_path: str) -> None:
    save_product(ProductInput("WAR-3Y", "Extended warranty", unit_price_minor=249900))
    dialog = ProductsDialog("INR", "en_IN")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    assert dialog.sku.hasFocus()
    qtbot.keyClicks(dialog.sku, "AC-15")
    qtbot.keyClicks(dialog.name, "Split AC 1.5 t")
    qtbot.keyClicks(dialog.price, "12.345")
    qtbot.keyClicks(dialog.tax, "28")
    qtbot.keyClicks(dialog.addons, "WAR-3Y")
    dialog.save()
    assert "Unit price" in dialog.error.text() and search_products("AC-15") == []
    dialog.price.setText("42990")
    dialog.addons.setText("WAR-3Y, NOPE")
    dialog.save()
    assert "NOPE" in dialog.error.text()
    dialog.addons.setText("WAR-3Y")
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = search_products("AC-15")
    assert [(p.name, p.unit_price_minor, p.tax_rate_bp) for p in saved] == [
        ("Split AC 1.5 t", 4299000, 2800)]
    assert [a.sku for a in addons_of(saved[0].id)] == ["WAR-3Y"]
    assert dialog.list.currentItem().text().startswith("Split AC 1.5 t")


def test_business_page_saves_or_refuses_everything(qtbot, db_path: str) -> None:
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    page = next(p for p in dialog.pages if isinstance(p, BusinessSettingsPage))
    assert page.currency.text() == "INR"
    page.name.setText("Surya Electricals")
    page.prefix.setText("SE-")
    page.tax_rate.setText("eighteen")
    dialog.save()
    assert "Default tax rate" in dialog.error.text()
    assert load_profile().name == ""  # nothing was stored
    page.tax_rate.setText("12.5")
    dialog.save()
    profile = load_profile()
    assert (profile.name, profile.quote_prefix, profile.tax_rate_bp) == (
        "Surya Electricals", "SE-", 1250)


def test_settings_keep_the_logo_when_a_new_file_is_refused(qtbot, db_path: str,
                                                           tmp_path) -> None:
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    page = next(p for p in dialog.pages if isinstance(p, BusinessSettingsPage))
    good, bad = tmp_path / "logo.png", tmp_path / "broken.png"
    good.write_bytes(demo_logo())
    bad.write_text("not a picture")
    assert page.logo_picker.load_logo_file(str(good))
    assert not page.logo_picker.load_logo_file(str(bad))
    assert "PNG" in page.logo_picker.error.text()
    dialog.save()
    assert load_logo() == good.read_bytes()


def test_quote_filters_by_customer_and_date(main_window) -> None:
    a = create_contact(ContactInput(first_name="Asha")).contact_id
    b = create_contact(ContactInput(first_name="Bala")).contact_id
    for contact, days_ago in ((a, 0), (a, 40), (b, 10)):
        data = new_quote_input(contact, date.today() - timedelta(days=days_ago))
        data.lines = [QuoteLineInput("Work", D(1), 1000, 0)]
        save_quote(data)
    tab = main_window.quotes
    tab.apply_filter()
    assert tab.model.rowCount() == 3
    tab.set_customer_filter(a, "Asha")
    assert tab.model.rowCount() == 2 and tab.customer_button.text() == "Asha"
    tab.date_from.setDate(QDate.currentDate().addDays(-20))
    assert tab.model.rowCount() == 1
    tab.set_customer_filter(None, "")
    assert {tab.model.index(r, 2).data() for r in range(tab.model.rowCount())} == {
        "Asha", "Bala"}
