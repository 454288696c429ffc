"""A tab that is not shown at start-up costs nothing at start-up: the Calls, Appointments,
Quotes and Reports tabs are built when first shown or used, and the Quotes tab queries and
formats its first page (with the locale database for money) only when it is first shown. Today,
the tab the window opens on, is built empty and fills its lists after the first paint."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from app.seed.contacts import seed_contacts
from app.seed.quotes import seed_products, seed_quotes
from app.ui.main_window import TAB_APPOINTMENTS, TAB_CALLS, TAB_QUOTES, TAB_TODAY


def _painted(qtbot, window):
    """The shared main_window fixture, once its first paint (and what waits for it) is done."""
    qtbot.waitExposed(window)
    qtbot.wait(20)
    return window


def test_hidden_tabs_are_built_on_first_show_by_keyboard(qtbot, main_window) -> None:
    seed_contacts(20)
    window = _painted(qtbot, main_window)
    built = [index for index, page in window.pages.items() if page.is_built()]
    assert built == [TAB_TODAY]
    qtbot.waitUntil(lambda: window.today.loaded, timeout=2000)  # after the first paint
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


def test_today_waits_for_the_first_paint_to_load(qtbot, db_path) -> None:
    from app.services.settings import default_region
    from app.ui.app_context import AppContext
    from app.ui.main_window import MainWindow

    window = MainWindow(AppContext(db_path=db_path, home_region=default_region()))
    qtbot.addWidget(window)
    window.show()
    assert window.pages[TAB_TODAY].is_built() and not window.today.loaded
    qtbot.waitUntil(lambda: window.today.loaded, timeout=2000)
