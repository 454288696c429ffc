"""Main window: menus with shortcuts, tab switching from the keyboard, state kept across runs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence

from app.services.settings import default_region
from app.ui.app_context import AppContext
from app.ui.main_window import (
    TAB_APPOINTMENTS,
    TAB_CONTACTS,
    TAB_QUOTES,
    TAB_TODAY,
    MainWindow,
)
from app.ui.ui_settings import START_KEY, ui_settings


def _menu_shortcuts(window: MainWindow) -> dict[str, dict[str, str]]:
    menus: dict[str, dict[str, str]] = {}
    for top in window.menuBar().actions():
        entries = {}
        for action in top.menu().actions():
            if not action.isSeparator():
                entries[action.text().replace("&", "")] = action.shortcut().toString(
                    QKeySequence.SequenceFormat.PortableText)
        menus[top.text().replace("&", "")] = entries
    return menus


def test_menus_hold_every_common_action_with_its_shortcut(main_window) -> None:
    menus = _menu_shortcuts(main_window)
    names = list(menus)
    assert names[:3] == ["File", "Edit", "View"] and names[-1] == "Help"  # features sit between
    assert menus["File"]["New contact…"] == "Ctrl+N"
    assert menus["File"]["Settings…"] == "Ctrl+,"
    assert menus["File"]["Quit"] == "Ctrl+Q"
    assert menus["Edit"]["Find…"] == "Ctrl+F"
    assert menus["Edit"]["Edit contact…"] == "Ctrl+E"
    assert menus["Edit"]["Delete contact…"] == "Ctrl+Del"
    assert [menus["View"][name] for name in ("Today", "Contacts", "Calls", "Appointments",
                                              "Quotes")] == [
        "Ctrl+0", "Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4"]
    assert "About CallDesk" in menus["Help"]
    every = [s for entries in menus.values() for s in entries.values() if s]
    assert len(every) == len(set(every))  # no shortcut does two things


def test_keyboard_switches_tabs_and_finds(qtbot, main_window) -> None:
    main_window.activateWindow()
    qtbot.keyClick(main_window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert main_window.tabs.currentIndex() == TAB_APPOINTMENTS
    qtbot.keyClick(main_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert main_window.tabs.currentIndex() == TAB_CONTACTS
    assert main_window.contacts.search.hasFocus()


def test_typing_right_after_start_goes_into_the_search(qtbot, main_window) -> None:
    main_window.activateWindow()
    qtbot.waitActive(main_window)
    qtbot.keyClicks(main_window.focusWidget(), "Asha")
    assert main_window.contacts.search.text() == "Asha"


@pytest.mark.opens_on_today
def test_geometry_comes_back_and_the_window_opens_on_today(qtbot, main_window, db_path) -> None:
    assert main_window.size() == QSize(1280, 800)  # first start: the default size
    assert main_window.tabs.currentIndex() == TAB_TODAY
    # The offscreen screen is 800x600, narrower than the window's minimum width, so a restored
    # width is clamped to the screen; the height shows the geometry came back.
    main_window.resize(QSize(main_window.width(), 540))
    chosen = main_window.size()
    main_window.tabs.setCurrentIndex(TAB_QUOTES)
    main_window.close()

    again = MainWindow(AppContext(db_path=db_path, home_region=default_region()))
    qtbot.addWidget(again)
    assert again.height() == chosen.height() == 540
    assert again.tabs.currentIndex() == TAB_TODAY


def test_the_last_tab_comes_back_when_chosen(qtbot, main_window, db_path) -> None:
    ui_settings().setValue(START_KEY, "last")
    main_window.tabs.setCurrentIndex(TAB_QUOTES)
    main_window.close()
    again = MainWindow(AppContext(db_path=db_path, home_region=default_region()))
    qtbot.addWidget(again)
    assert again.tabs.currentIndex() == TAB_QUOTES


def test_status_bar_shows_the_database_and_the_count(main_window, db_path) -> None:
    assert main_window.path_label.text() == db_path
    assert main_window.count_label.text() == "Contacts: 0"


def test_every_contact_column_is_visible_at_1280_by_800(qtbot, main_window) -> None:
    from app.seed.demo import seed_demo

    seed_demo(40)
    main_window.refresh_all()
    main_window.resize(1280, 800)
    qtbot.waitUntil(lambda: main_window.contacts.table.viewport().width() > 0, timeout=1000)
    table = main_window.contacts.table
    header = table.horizontalHeader()
    width = table.viewport().width()
    for column in range(header.count()):
        text = str(table.model().headerData(column, Qt.Orientation.Horizontal))
        assert header.sectionViewportPosition(column) + header.sectionSize(column) <= width
        assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(text), text
    assert table.horizontalScrollBar().maximum() == 0
    assert main_window.contacts.detail.width() >= 280


def test_shift_f1_lists_every_menu_shortcut(main_window) -> None:
    from app.ui.shortcuts_dialog import ShortcutsDialog, menu_shortcuts

    rows = menu_shortcuts(main_window)
    keys = {action: key for _, action, key in rows}
    assert keys["New contact"] == "Ctrl+N" and keys["Keyboard shortcuts"] == "Shift+F1"
    assert keys["CallDesk guide"] == "F1"
    dialog = ShortcutsDialog(main_window)
    assert dialog.table.rowCount() == len(rows) > 20
    dialog.close()


def test_empty_contact_list_says_how_to_start(qtbot, main_window) -> None:
    table = main_window.contacts.table
    assert "Ctrl+N" in table.current_empty_text()
    main_window.contacts.search.setText("zzzz")
    main_window.contacts.apply_filter()
    assert table.current_empty_text() == "No contacts match this search and status."
