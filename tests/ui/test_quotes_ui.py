from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal as D
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from app.services.catalogue import ProductInput, save_product
from app.services.contact_types import ContactInput
from app.services.contacts import create_contact
from app.services.quote_types import QuoteLineInput
from app.services.quotes import get_quote, new_quote_input, save_quote, set_status
from app.ui.main_window import TAB_CONTACTS, TAB_QUOTES
from app.ui.quote_editor_dialog import QuoteEditorDialog
from app.ui.quote_lines_table import COL_DESC, COL_OPT, COL_PRICE, COL_QTY
from app.ui.quote_table_model import COL_STATUS, COL_TOTAL, EXPIRED_BRUSH


def _catalogue() -> int:
    warranty = save_product(ProductInput("WAR-3Y", "Extended warranty", unit="pc",
                                         unit_price_minor=249900, tax_rate_bp=1800))
    return save_product(ProductInput("AC-15", "Split AC 1.5 t", unit="pc",
                                     unit_price_minor=4299000, tax_rate_bp=2800,
                                     addon_ids=[warranty]))


def _on_modal_editor(qtbot, steps) -> None:
    """Run *steps(dialog)* once the modal quote editor is up; on failure close it so the
    test reports the error instead of waiting on the modal loop."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QuoteEditorDialog)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
        try:
            steps(dialog)
        except BaseException:
            dialog._dirty = False
            dialog.done(0)
            raise

    QTimer.singleShot(0, run)


@pytest.fixture()
def pdf_capture(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    opened: list[str] = []
    target = str(tmp_path / "printed.pdf")
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (target, "PDF files (*.pdf)")))
    monkeypatch.setattr("app.ui.desktop_launch.QDesktopServices.openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)
    return opened


@pytest.mark.timeout(30)
def test_build_quote_with_keyboard_take_addon_and_print(main_window, qtbot,
                                                        pdf_capture: list[str]) -> None:
    _catalogue()
    cid = create_contact(ContactInput(first_name="राजेश", last_name="कुमार")).contact_id
    seen: dict[str, object] = {}

    def drive(dialog: QuoteEditorDialog) -> None:
        assert dialog.product_search.hasFocus()
        qtbot.keyClicks(dialog.product_search, "ac-1")
        qtbot.keyClick(dialog.product_search, Qt.Key.Key_Return)
        assert dialog.lines.rowCount() == 1
        seen["suggested"] = dialog.suggestions.count()
        qtbot.keyClick(dialog, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier
                       | Qt.KeyboardModifier.ShiftModifier)
        assert dialog.suggestions.hasFocus()
        qtbot.keyClick(dialog.suggestions, Qt.Key.Key_Return)
        # a free-text line, then its quantity and price typed into the table
        qtbot.keyClick(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(dialog.product_search, "Site survey")
        qtbot.keyClick(dialog.product_search, Qt.Key.Key_Return)
        row = dialog.lines.rowCount() - 1
        assert dialog.lines.currentRow() == row and dialog.lines.currentColumn() == COL_QTY
        dialog.lines.item(row, COL_QTY).setText("2")
        dialog.lines.item(row, COL_PRICE).setText("750.50")
        qtbot.keyClicks(dialog.discount, "10%")
        seen["totals"] = dialog.totals.text()
        qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)

    _on_modal_editor(qtbot, drive)
    main_window.request_quote(cid)
    assert seen["suggested"] == 1
    quote = get_quote(main_window.quotes.selected_quote_id())
    assert quote.number == "Q-0001" and quote.data.contact_id == cid
    assert [(ln.description, ln.optional) for ln in quote.data.lines] == [
        ("Split AC 1.5 t", False), ("Extended warranty", True), ("Site survey", False)]
    assert quote.data.lines[2].quantity == D(2) and quote.data.lines[2].unit_price_minor == 75050
    # 42,990 + 1,501 = 44,491; -10% = 40,041.90; + 28% of 38,691 + 18% of 1,350.90 = 51,118.54
    assert quote.totals.total_minor == 4004190 + 1083348 + 24316
    assert "₹51,118.54" in str(seen["totals"])
    assert len(pdf_capture) == 1
    text = "".join(p.extract_text() for p in pypdf.PdfReader(pdf_capture[0]).pages)
    assert "Q-0001" in text and "₹51,118.54" in text
    assert "Optional: add Extended warranty for ₹2,499.00" in text


def test_quotes_tab_lists_formats_and_highlights_expired(main_window) -> None:
    cid = create_contact(ContactInput(first_name="Emma", last_name="Clarke")).contact_id
    old = new_quote_input(cid, date.today() - timedelta(days=90))
    old.lines = [QuoteLineInput("Boiler service", D(1), 12345678, 0)]
    set_status(save_quote(old), "sent")
    fresh = new_quote_input(cid)
    fresh.lines = [QuoteLineInput("Valve", D(1), 1000, 0)]
    save_quote(fresh)
    tab = main_window.quotes
    tab.apply_filter()
    model = tab.model
    assert model.rowCount() == 2
    assert model.index(1, COL_TOTAL).data() == "₹1,23,456.78"
    assert model.index(1, COL_STATUS).data() == "Expired"
    assert model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) == EXPIRED_BRUSH
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("expired"))
    assert model.rowCount() == 1 and model.index(0, 0).data() == "Q-0001"


def test_mark_sent_makes_editor_read_only_and_revise_gets_suffix(main_window, qtbot,
                                                                 monkeypatch) -> None:
    cid = create_contact(ContactInput(first_name="John")).contact_id
    data = new_quote_input(cid)
    data.lines = [QuoteLineInput("Roof repair", D(1), 500000, 0)]
    qid = save_quote(data)
    tab = main_window.quotes
    tab.apply_filter()
    qtbot.keyClick(main_window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert get_quote(qid).status == "sent"
    dialog = QuoteEditorDialog(get_quote(qid).data, get_quote(qid), "en_IN", main_window)
    qtbot.addWidget(dialog)
    assert not dialog.save_button.isEnabled() and not dialog.product_search.isEnabled()
    monkeypatch.setattr(tab, "open_quote", lambda quote_id: None)
    tab.select_quote(qid)
    tab.revise_selected()
    numbers = {tab.model.index(r, 0).data() for r in range(tab.model.rowCount())}
    assert numbers == {"Q-0001", "Q-0001-R1"}
    assert get_quote(qid).status == "revised"


def test_unsaved_changes_prompt(main_window, qtbot, monkeypatch) -> None:
    cid = create_contact(ContactInput(first_name="Priya")).contact_id
    dialog = QuoteEditorDialog(new_quote_input(cid), None, "en_IN", main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.product_search, "Consultation")
    qtbot.keyClick(dialog.product_search, Qt.Key.Key_Return)
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save]
    asked: list[str] = []

    def answer(*args, **kwargs):
        asked.append(args[2])
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.saved_quote_id is None
    dialog.close()
    assert not dialog.isVisible()
    assert len(asked) == 2
    assert get_quote(dialog.saved_quote_id).data.lines[0].description == "Consultation"


def test_detail_pane_lists_contact_quotes_with_totals(main_window) -> None:
    cid = create_contact(ContactInput(first_name="Priya", last_name="Sharma")).contact_id
    data = new_quote_input(cid)
    data.lines = [QuoteLineInput("Panel", D(3), 4115226, 0)]
    save_quote(data)
    main_window.contacts.refresh()
    main_window.contacts.show_contact(cid)
    html = main_window.contacts.detail.toHtml()
    assert "Q-0001" in html and "₹1,23,456.78" in html
    assert f"calldesk://quote/new/{cid}" in html


def test_optional_checkbox_excludes_line_from_total(qtbot, db_path: str) -> None:
    cid = create_contact(ContactInput(first_name="Raj")).contact_id
    data = new_quote_input(cid)
    data.lines = [QuoteLineInput("A", D(1), 10000, 0), QuoteLineInput("B", D(1), 5000, 0)]
    dialog = QuoteEditorDialog(data, None, "en_IN")
    qtbot.addWidget(dialog)
    assert "₹150.00" in dialog.totals.text()
    dialog.lines.item(1, COL_OPT).setCheckState(Qt.CheckState.Checked)
    assert "<b>₹100.00</b>" in dialog.totals.text()
    dialog.lines.item(0, COL_DESC).setText("")
    dialog.save()
    assert "Line 1 description" in dialog.error.text()


@pytest.mark.timeout(30)
def test_upsell_link_starts_quote_with_missing_addons(main_window, qtbot) -> None:
    ac = _catalogue()
    cid = create_contact(ContactInput(first_name="Priya")).contact_id
    data = new_quote_input(cid)
    data.lines = [QuoteLineInput("Split AC 1.5 t", D(1), 4299000, 2800, product_id=ac)]
    qid = save_quote(data)
    set_status(qid, "sent")
    set_status(qid, "accepted")
    main_window.contacts.show_contact(cid)
    assert f"calldesk://quote/upsell/{cid}" in main_window.contacts.detail.toHtml()
    seen: list[list[str]] = []

    def look(dialog: QuoteEditorDialog) -> None:
        seen.append([ln.description for ln in dialog.current_input().lines])
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    _on_modal_editor(qtbot, look)
    from PySide6.QtCore import QUrl

    main_window.open_internal_link(QUrl(f"calldesk://quote/upsell/{cid}"))
    assert seen == [["Extended warranty"]]
    new_quote = get_quote(main_window.quotes.selected_quote_id())
    assert new_quote.number == "Q-0002" and new_quote.status == "draft"
    assert "Q-0002" in main_window.contacts.detail.toHtml()


def test_quote_line_numbers_line_up_on_the_right(qtbot, db_path: str) -> None:
    from app.ui.quote_lines_table import COL_AMOUNT, COL_DISC, COL_TAX

    cid = create_contact(ContactInput(first_name="Raj")).contact_id
    data = new_quote_input(cid)
    data.lines = [QuoteLineInput("A", D(12), 1234500, 1800)]
    dialog = QuoteEditorDialog(data, None, "en_IN")
    qtbot.addWidget(dialog)
    for column in (COL_QTY, COL_PRICE, COL_DISC, COL_TAX, COL_AMOUNT):
        assert dialog.lines.item(0, column).textAlignment() & Qt.AlignmentFlag.AlignRight
    assert not dialog.lines.item(0, COL_DESC).textAlignment() & Qt.AlignmentFlag.AlignRight


def test_new_quote_key_on_contacts_tab_quotes_the_selected_contact(main_window, qtbot,
                                                                  monkeypatch) -> None:
    from app.ui.contact_picker_dialog import ContactPickerDialog
    from app.ui.quotes_tab import QuotesTab

    create_contact(ContactInput(first_name="Meera"))
    main_window.contacts.refresh()
    main_window.contacts.table.selectRow(0)
    customers: list[int] = []
    monkeypatch.setattr(QuotesTab, "run_editor",
                        lambda self, dialog: customers.append(dialog.customer.text()))
    monkeypatch.setattr(ContactPickerDialog, "exec",
                        lambda self: pytest.fail("asked for a customer already selected"))
    main_window.tabs.setCurrentIndex(TAB_CONTACTS)
    qtbot.keyClick(main_window.contacts.table, Qt.Key.Key_Q,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert customers == ["Meera"]
    assert main_window.tabs.currentIndex() == TAB_QUOTES


def test_add_line_and_add_on_lists_line_up(qtbot, db_path: str) -> None:
    cid = create_contact(ContactInput(first_name="Raj")).contact_id
    dialog = QuoteEditorDialog(new_quote_input(cid), None, "en_IN")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    search_top = dialog.product_search.mapTo(dialog, dialog.product_search.rect().topLeft())
    addons_top = dialog.suggestions.mapTo(dialog, dialog.suggestions.rect().topLeft())
    results_bottom = dialog.products.mapTo(dialog, dialog.products.rect().bottomLeft())
    addons_bottom = dialog.suggestions.mapTo(dialog, dialog.suggestions.rect().bottomLeft())
    assert abs(search_top.y() - addons_top.y()) <= 1
    assert abs(results_bottom.y() - addons_bottom.y()) <= 1
    label_y = dialog.suggestions_label.mapTo(dialog, dialog.suggestions_label.rect().topLeft())
    assert label_y.y() < search_top.y()
