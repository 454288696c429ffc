"""A tab that is not shown at start-up costs nothing at start-up: the Calls, Appointments and
Quotes tabs are built when first shown or used, and the Quotes tab queries and formats its
first page (with the locale database for money) only when it is first shown."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from app.seed.contacts import seed_contacts
from app.seed.quotes import seed_products, seed_quotes
from app.ui.main_window import TAB_APPOINTMENTS, TAB_CALLS, TAB_QUOTES


def _painted(qtbot, window):
    """The shared main_window fixture, once its first paint (and what waits for it) is done."""
    qtbot.waitExposed(window)
    qtbot.wait(20)
    return window


def test_hidden_tabs_are_built_on_first_show_by_keyboard(qtbot, main_window) -> None:
    seed_contacts(20)
    window = _painted(qtbot, main_window)
    assert [page.is_built() for page in window.pages.values()] == [False, False, False]
    assert window.call_launcher.due_label.text() == "Follow-ups due: 0"  # after first paint
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == TAB_CALLS and window.pages[TAB_CALLS].is_built()
    assert window.calls.isVisible()
    assert not window.pages[TAB_QUOTES].is_built()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.appointments.isVisible() and window.appointments.grid.isVisible()


def test_appointments_menu_lists_the_tab_actions_before_the_tab_is_shown(
        qtbot, main_window) -> None:
    window = _painted(qtbot, main_window)
    menu = window.appointments_menu
    assert not window.pages[TAB_APPOINTMENTS].is_built()
    menu.popup(window.mapToGlobal(QPoint(10, 10)))
    qtbot.waitUntil(menu.isVisible)
    texts = [action.text().replace("&", "") for action in menu.actions()]
    menu.close()
    assert "Confirm appointment" in texts and "Day sheet PDF…" in texts
    assert window.tabs.currentIndex() != TAB_APPOINTMENTS  # built, not switched to


def test_quotes_load_when_their_tab_is_first_shown(qtbot, main_window) -> None:
    seed_contacts(50)
    seed_products(5)
    assert seed_quotes(30) == 30
    window = _painted(qtbot, main_window)
    model = window.quotes.model
    assert not model.loaded and model.rowCount() == 0
    window.tabs.setCurrentIndex(TAB_QUOTES)
    assert model.loaded and model.rowCount() == 30
