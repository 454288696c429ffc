"""Keyboard-only use of the dialogs: where typing lands, what Enter and Esc do."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.db.contact_list import contact_count
from app.services.contacts import get_contact
from app.ui.main_window import TAB_CONTACTS
from tests.ui.conftest import DialogScript


def test_new_contact_typing_starts_in_first_name(qtbot, main_window,
                                                  dialog_script: DialogScript) -> None:
    def type_and_save(dialog) -> None:
        qtbot.keyClicks(QApplication.focusWidget(), "Zoya")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        qtbot.keyClicks(QApplication.focusWidget(), "Khan")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    dialog_script.then(type_and_save)
    qtbot.keyClick(main_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert contact_count() == 1
    saved = dialog_script.seen[0].saved_contact_id
    assert saved is not None
    contact = get_contact(saved)
    assert (contact.first_name, contact.last_name) == ("Zoya", "Khan")


def _incoming(main_window):
    from app.ui.incoming_call_dialog import IncomingCallDialog

    dialog = IncomingCallDialog(main_window.ctx, main_window)
    dialog.show()
    dialog.activateWindow()
    QApplication.processEvents()
    return dialog


def _contact(first: str, number: str) -> int:
    from app.services.contact_types import ContactInput, PhoneInput
    from app.services.contacts import create_contact

    return create_contact(ContactInput(first_name=first, phones=[PhoneInput(number)])).contact_id


def test_incoming_partial_digits_enter_goes_to_the_list_then_answers(qtbot,
                                                                     main_window) -> None:
    _contact("Asha", "+919876543210")
    wanted = _contact("Bela", "+919876500000")
    dialog = _incoming(main_window)
    qtbot.keyClicks(dialog.input, "98765")
    qtbot.keyClick(dialog.input, Qt.Key.Key_Return)
    assert dialog.isVisible()  # still choosing, nothing cancelled
    assert dialog.focusWidget() is dialog.matches and dialog.matches.count() == 2
    while dialog.matches.currentItem().data(Qt.ItemDataRole.UserRole) != wanted:
        qtbot.keyClick(dialog.matches, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.matches, Qt.Key.Key_Return)
    assert not dialog.isVisible() and dialog.result() == 1
    assert dialog.chosen_contact_id == wanted


def test_incoming_unknown_number_enter_twice_makes_a_new_lead(qtbot, main_window) -> None:
    dialog = _incoming(main_window)
    qtbot.keyClicks(dialog.input, "+91 91234 56780")
    qtbot.keyClick(dialog.input, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.focusWidget() is dialog.new_lead_button
    qtbot.keyClick(dialog.new_lead_button, Qt.Key.Key_Return)
    assert dialog.result() == 1 and dialog.new_lead_number == "+919123456780"


def test_incoming_escape_cancels(qtbot, main_window) -> None:
    dialog = _incoming(main_window)
    qtbot.keyClicks(dialog.input, "98765")
    qtbot.keyClick(dialog.input, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == 0
    assert dialog.chosen_contact_id is None and not dialog.new_lead_number


def test_products_enter_saves_the_product_and_keeps_the_dialog_open(qtbot, main_window) -> None:
    from app.services.catalogue import search_products
    from app.ui.products_dialog import ProductsDialog

    dialog = ProductsDialog("INR", "en_IN", main_window)
    dialog.show()
    dialog.activateWindow()
    QApplication.processEvents()
    assert dialog.focusWidget() is dialog.sku
    qtbot.keyClicks(dialog.sku, "FAN-1")
    qtbot.keyClick(dialog.sku, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.focusWidget(), "Ceiling fan")
    dialog.price.setFocus()
    qtbot.keyClicks(dialog.price, "2499")
    qtbot.keyClick(dialog.price, Qt.Key.Key_Return)
    assert dialog.isVisible()
    [fan] = search_products("FAN-1", limit=5)
    assert (fan.name, fan.unit_price_minor) == ("Ceiling fan", 249900)
    # Find it again by keyboard: Enter in the search goes to the list, Enter there to the form.
    dialog.search.setFocus()
    qtbot.keyClicks(dialog.search, "ceiling")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.focusWidget() is dialog.list
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    assert dialog.focusWidget() is dialog.name and dialog.name.text() == "Ceiling fan"
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_no_two_window_wide_keys_are_the_same(main_window) -> None:
    """A key bound twice in one window does nothing at all (Qt calls it ambiguous)."""
    from PySide6.QtGui import QAction, QShortcut

    window_wide = Qt.ShortcutContext.WindowShortcut
    seen: dict[str, list[str]] = {}
    for action in main_window.findChildren(QAction):
        if action.shortcutContext() == window_wide:
            for key in action.shortcuts():
                seen.setdefault(key.toString(), []).append(action.text())
    for shortcut in main_window.findChildren(QShortcut):
        if shortcut.context() == window_wide:
            seen.setdefault(shortcut.key().toString(), []).append(shortcut.parent().objectName())
    assert {key: names for key, names in seen.items() if len(names) > 1} == {}


def test_every_menu_opens_with_its_alt_key(qtbot, main_window) -> None:
    """Menu letters must not be taken by a tab letter, or Alt+letter switches tabs instead."""
    tab_letters = {main_window.tabs.tabText(i).split("&")[1][0].lower()
                   for i in range(main_window.tabs.count())}
    main_window.activateWindow()
    main_window.contacts.table.setFocus()
    for action in main_window.menuBar().actions():
        letter = action.text().split("&")[1][0].lower()
        assert letter not in tab_letters, action.text()
        qtbot.keyClick(main_window.contacts.table, ord(letter.upper()),
                       Qt.KeyboardModifier.AltModifier)
        popup = QApplication.activePopupWidget()
        assert popup is action.menu(), action.text()
        popup.close()
        assert main_window.tabs.currentIndex() == TAB_CONTACTS


def test_outcome_status_choices_show_whole(qtbot, main_window) -> None:
    from PySide6.QtWidgets import QComboBox

    from app.ui.outcomes_settings_page import COL_STATUS, OutcomesSettingsPage

    page = OutcomesSettingsPage()
    qtbot.addWidget(page)
    page.load()
    page.resize(540, 500)
    page.show()
    QApplication.processEvents()
    combo = page.table.cellWidget(1, COL_STATUS)  # "No answer" leaves the status unchanged
    assert isinstance(combo, QComboBox) and combo.currentText() == "(unchanged)"
    assert combo.width() >= combo.sizeHint().width()


def test_products_list_shows_name_sku_and_price_without_scrolling(qtbot, main_window) -> None:
    from app.services.catalogue import ProductInput, save_product
    from app.ui.products_dialog import ProductsDialog

    save_product(ProductInput(sku="AMC-00043", name="Annual maintenance contract 2.0",
                              description="", unit="year", unit_price_minor=817800,
                              tax_rate_bp=1800, active=True, addon_ids=[]), None)
    from app.ui.fonts import application_font

    dialog = ProductsDialog("INR", "en_IN", main_window)
    qtbot.addWidget(dialog)
    dialog.setFont(application_font())  # as the running application has it
    dialog.show()
    QApplication.processEvents()
    text = dialog.list.item(0).text()
    assert "₹8,178.00" in text
    assert dialog.list.fontMetrics().horizontalAdvance(text) < dialog.list.viewport().width()


def test_quotes_customer_column_takes_the_spare_width(main_window) -> None:
    from app.ui.main_window import TAB_QUOTES
    from app.ui.quote_table_model import COL_CUSTOMER, COL_VALID

    main_window.resize(1280, 800)
    main_window.tabs.setCurrentIndex(TAB_QUOTES)
    QApplication.processEvents()
    table = main_window.quotes.table
    assert table.columnWidth(COL_CUSTOMER) > 3 * table.columnWidth(COL_VALID)
    assert table.columnWidth(COL_VALID) >= table.fontMetrics().horizontalAdvance("2026-12-24")


def test_form_labels_are_written_alike_in_every_dialog(qtbot, main_window) -> None:
    """Contact, quote, product and settings forms label fields without a colon; so do these."""
    from PySide6.QtWidgets import QFormLayout, QLabel

    from app.ui.booking_dialog import BookingDialog
    from app.ui.contact_dialog import ContactDialog
    from app.ui.reps_dialog import RepsDialog

    dialogs = [ContactDialog(main_window.ctx, None, main_window), RepsDialog(main_window),
               BookingDialog(main_window.ctx, main_window)]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        labels = [form.labelForField(form.itemAt(i, QFormLayout.ItemRole.FieldRole).widget())
                  for form in dialog.findChildren(QFormLayout) for i in range(form.rowCount())
                  if form.itemAt(i, QFormLayout.ItemRole.FieldRole) is not None
                  and form.itemAt(i, QFormLayout.ItemRole.FieldRole).widget() is not None]
        texts = [label.text() for label in labels if isinstance(label, QLabel) and label.text()]
        assert texts, type(dialog).__name__
        assert [t for t in texts if t.endswith(":")] == [], type(dialog).__name__


def test_unsaved_product_edits_are_not_dropped_silently(qtbot, main_window, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from app.services.catalogue import ProductInput, save_product, search_products
    from app.ui.products_dialog import ProductsDialog

    for sku, name in (("FAN-1", "Ceiling fan"), ("LED-1", "LED panel")):
        save_product(ProductInput(sku=sku, name=name, unit_price_minor=100000), None)
    replies = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    asked: list[str] = []

    def question(parent, title, text, *args):
        asked.append(text)
        return replies.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog = ProductsDialog("INR", "en_IN", main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.list.setCurrentRow(0)
    assert dialog.name.text() == "Ceiling fan" and not asked
    dialog.price.setText("1250")
    dialog.list.setCurrentRow(1)  # asked; Cancel keeps the edit on screen
    assert len(asked) == 1 and dialog.price.text() == "1250"
    assert dialog.name.text() == "Ceiling fan" and dialog.list.currentRow() == 0
    qtbot.keyClick(dialog.price, Qt.Key.Key_Escape)  # asked again; Discard closes
    assert len(asked) == 2 and not dialog.isVisible()
    assert search_products("FAN-1", limit=1)[0].unit_price_minor == 100000


def test_incoming_tab_walks_the_buttons_left_to_right(qtbot, main_window) -> None:
    _contact("Asha", "+919876543210")
    dialog = _incoming(main_window)
    qtbot.keyClicks(dialog.input, "+91 98765 43210")
    dialog.find_caller()
    dialog.matches.setFocus()
    order = []
    for _ in range(3):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        order.append(dialog.focusWidget())
    assert order[:2] == [dialog.answer_button, dialog.new_lead_button]
    assert order[2].text() == "Cancel"
    assert [b.x() for b in order] == sorted(b.x() for b in order)  # as laid out
