"""The Appointments menu: booking and reps everywhere, the rest while the tab is in use."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from app.ui.appointments_tab import AppointmentsTab
    from app.ui.main_window import MainWindow

translate = QCoreApplication.translate


def build_appointments_menu(window: MainWindow) -> None:
    """Booking and reps now; the tab's own actions join when the tab is built, at the
    latest when this menu is first opened."""
    # Alt+P is the tab
    menu = window.menuBar().addMenu(translate("AppointmentsMenu", "Appoint&ments"))
    menu.setObjectName("appointmentsMenu")
    menu.addAction(window._action(translate("AppointmentsMenu", "&Book appointment…"),
                                  window.book_for_selection, "Ctrl+Shift+B"))
    menu.addAction(window._action(translate("AppointmentsMenu", "&Reps…"), window.open_reps,
                                  "Ctrl+Shift+M"))
    menu.addSeparator()
    menu.aboutToShow.connect(lambda: window.appointments)
    window.appointments_menu = menu


def add_tab_actions(window: MainWindow, tab: AppointmentsTab) -> None:
    from app.ui.appointment_actions import AppointmentActions
    from app.ui.main_window import TAB_APPOINTMENTS

    actions = AppointmentActions(tab)
    menu = window.appointments_menu

    def add(action: QAction) -> None:
        # Shortcuts work while the tab has focus; from the menu, show the tab first.
        action.triggered.connect(
            lambda _=False: window.tabs.setCurrentWidget(window.pages[TAB_APPOINTMENTS]))
        menu.addAction(action)

    for name in ("day", "week", "all", "list", "today", "prev", "next", "book_here"):
        add(tab.actions_by_name[name])
    menu.addSeparator()
    for name in ("confirm", "complete", "no_show", "cancel", "rescheduled"):
        add(actions.actions[name])
    menu.addSeparator()
    for name in ("ics_one", "ics_range", "day_sheet", "day_sheet_email"):
        add(actions.actions[name])
    tab.setProperty("hasActions", True)
    actions.setObjectName("appointmentActions")
