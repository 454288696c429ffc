"""The upsell list from the Quotes menu: the customers who bought a product but not its
add-on, and the same people worked as a call queue."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from app.services.call_queue import list_queues
from app.ui.call_mode_dialog import CallModeDialog
from app.ui.upsell_dialog import UpsellDialog
from app.ui.upsell_table_model import COL_NAME
from tests.services.test_upsell import customer, products
from tests.ui.call_ui_helpers import when_modal

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_upsell_list_shows_the_customers_and_becomes_a_call_queue(
        qtbot, main_window, monkeypatch) -> None:
    from datetime import UTC, datetime

    from app.services import clock

    monkeypatch.setattr(clock, "now", lambda: datetime(2026, 3, 10, 6, 0, tzinfo=UTC))
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: True))
    ac, warranty = products()
    asha = customer("Asha", [ac])
    customer("Bela", [ac, warranty])
    chitra = customer("Chitra", [ac])
    seen: dict[str, object] = {}

    def look(dialog: UpsellDialog) -> None:
        seen["pair"] = (dialog.bought.currentText(), dialog.addon.currentText())
        seen["names"] = [dialog.model.index(r, COL_NAME).data()
                         for r in range(dialog.model.rowCount())]
        when_modal(CallModeDialog, lambda d: seen.setdefault("called", d.contact_id))
        qtbot.mouseClick(dialog.queue_button, Qt.MouseButton.LeftButton)

    when_modal(UpsellDialog, look)
    qtbot.keyClick(main_window, Qt.Key.Key_Y, CTRL_SHIFT)
    assert seen["pair"] == ("Split AC (AC-15)", "Extended warranty (WAR-3Y)")
    assert seen["names"] == ["Asha", "Chitra"]
    assert [q.name for q in list_queues()] == [
        "Upsell: Split AC (AC-15) without Extended warranty (WAR-3Y)"]
    assert seen["called"] == asha  # call mode opened on the first of them
    assert chitra != asha


def test_upsell_list_opens_the_chosen_customer(qtbot, main_window) -> None:
    ac, _ = products()
    customer("Asha", [ac])
    chitra = customer("Chitra", [ac])

    def choose(dialog: UpsellDialog) -> None:
        dialog.table.setFocus()
        dialog.table.selectRow(1)
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)

    when_modal(UpsellDialog, choose)
    qtbot.keyClick(main_window, Qt.Key.Key_Y, CTRL_SHIFT)
    assert main_window.contacts.detail.contact_id == chitra
