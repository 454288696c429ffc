"""Settings > General: the home country changes how numbers are read and shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.services.contact_types import ContactInput, PhoneInput
from app.services.contacts import create_contact
from app.services.settings import default_region
from app.ui.contact_table_model import COL_PHONE
from app.ui.settings_dialog import SettingsDialog


def test_changing_the_home_country_reformats_numbers(qtbot, main_window, monkeypatch) -> None:
    cid = create_contact(ContactInput(first_name="Asha",
                                      phones=[PhoneInput("098765 43210")])).contact_id
    main_window.refresh_all()
    tab = main_window.contacts
    tab.show_contact(cid)
    assert "098765 43210" in tab.detail.toPlainText()
    assert tab.model.index(0, COL_PHONE).data() == "098765 43210"

    def choose_us(dialog: SettingsDialog) -> int:
        combo = dialog.pages[0].region
        assert combo.currentData() == "IN"  # loaded from the database
        combo.setCurrentIndex(combo.findData("US"))
        box = dialog.findChild(QDialogButtonBox)
        qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Save),
                         Qt.MouseButton.LeftButton)
        return int(dialog.result())

    monkeypatch.setattr(SettingsDialog, "exec", choose_us)
    main_window.activateWindow()
    qtbot.keyClick(main_window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert default_region() == "US"
    assert main_window.ctx.home_region == "US"
    assert tab.model.index(0, COL_PHONE).data() == "+91 98765 43210"
    assert "+91 98765 43210" in tab.detail.toPlainText()


def test_general_page_keeps_the_tab_to_open_on(qtbot, db_path) -> None:
    from app.ui.general_settings_page import GeneralSettingsPage
    from app.ui.ui_settings import START_KEY, ui_settings

    page = GeneralSettingsPage()
    qtbot.addWidget(page)
    page.load()
    assert page.start.currentData() == "last"  # as the window tests run (see conftest)
    page.start.setCurrentIndex(page.start.findData("today"))
    page.save()
    assert ui_settings().value(START_KEY) == "today"
