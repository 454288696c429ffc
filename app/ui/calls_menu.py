"""The Calls menu and everything the Calls feature hooks into the main window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenuBar

from app.ui.call_launcher import CallLauncher

if TYPE_CHECKING:
    from app.ui.calls_tab import CallsTab

translate = QCoreApplication.translate


def install_calls_menu(window, menu_bar: QMenuBar) -> None:
    """Add the Calls menu, the due count in the status bar and the call links of the detail
    pane. The launcher is kept as ``window.call_launcher``; the Calls tab is hooked up by
    ``connect_calls_tab`` when it is built."""
    launcher = CallLauncher(window)
    window.call_launcher = launcher
    window.contacts.detail.internal_link.connect(launcher.open_link)
    window.tabs.currentChanged.connect(lambda index: _tab_shown(window, index))
    menu = menu_bar.addMenu(translate("CallsMenu", "C&alls"))
    menu.addAction(window._action(
        translate("CallsMenu", "&Call selected contact…"), launcher.call_selected, "Ctrl+L"))
    menu.addAction(window._action(
        translate("CallsMenu", "&Log a past call…"), launcher.log_past_call, "Ctrl+Shift+L"))
    menu.addAction(window._action(
        translate("CallsMenu", "&Incoming call…"), launcher.incoming, "Ctrl+I"))
    menu.addSeparator()
    menu.addAction(window._action(
        translate("CallsMenu", "&Next lead in queue"), launcher.next_lead, "Ctrl+J"))
    menu.addAction(window._action(translate("CallsMenu", "New call &queue…"),
                                  lambda: window.calls.queue.new_queue()))
    menu.addAction(window._action(translate("CallsMenu", "&Due follow-ups"),
                                  lambda: _show_due(window), "Ctrl+Shift+G"))
    menu.addAction(window._action(translate("CallsMenu", "&Search calls"),
                                  lambda: _search_calls(window), "Ctrl+Shift+F"))


def connect_calls_tab(window, calls: CallsTab) -> None:
    launcher = window.call_launcher
    calls.call_requested.connect(launcher.call_contact)
    calls.queue.lead_ready.connect(launcher.call_lead)
    calls.due.changed.connect(launcher.refresh_due)
    window.contacts.contacts_changed.connect(calls.refresh)


def _tab_shown(window, index: int) -> None:
    """The Due list moves with the clock: bring it up to date whenever the tab is shown."""
    from app.ui.main_window import TAB_CALLS

    if index == TAB_CALLS:
        window.calls.due.refresh()
        window.call_launcher.refresh_due()


def _show_due(window) -> None:
    from app.ui.main_window import TAB_CALLS

    window.tabs.setCurrentIndex(TAB_CALLS)
    window.calls.due.refresh()
    window.calls.due.list.setFocus()


def _search_calls(window) -> None:
    from app.ui.main_window import TAB_CALLS

    window.tabs.setCurrentIndex(TAB_CALLS)
    window.calls.focus_search()
