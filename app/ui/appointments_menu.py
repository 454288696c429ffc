"""The Appointments menu: booking and reps everywhere, the rest while the tab is in use."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction

from app.ui.appointment_actions import AppointmentActions

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


def build_appointments_menu(window: MainWindow) -> None:
    tab = window.appointments
    actions = AppointmentActions(tab)
    menu = window.menuBar().addMenu(window.tr("Appoint&ments"))  # Alt+P is the tab
    menu.addAction(window._action(window.tr("&Book appointment…"), window.book_for_selection,
                                  "Ctrl+Shift+B"))
    menu.addAction(window._action(window.tr("&Reps…"), window.open_reps, "Ctrl+Shift+M"))
    menu.addSeparator()

    def add(action: QAction) -> None:
        # Shortcuts work while the tab has focus; from the menu, show the tab first.
        action.triggered.connect(lambda _=False: window.tabs.setCurrentWidget(tab),
                                 )
        menu.addAction(action)

    for name in ("day", "week", "all", "list", "today", "prev", "next", "book_here"):
        add(tab.actions_by_name[name])
    menu.addSeparator()
    for name in ("confirm", "complete", "no_show", "cancel", "rescheduled"):
        add(actions.actions[name])
    menu.addSeparator()
    for name in ("ics_one", "ics_range", "day_sheet"):
        add(actions.actions[name])
    tab.setProperty("hasActions", True)
    actions.setObjectName("appointmentActions")
