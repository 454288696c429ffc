"""How the Today, Calls, Appointments, Quotes and Reports tabs are made and hooked into the
main window, when first needed (see LazyTab). Each builder imports its tab's modules only
then; what must be known at start (reopening a quote draft left by a crash) is registered here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from app.ui.draft_recovery import register_draft_handler
from app.ui.translations import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from app.services.drafts import Draft
    from app.ui.main_window import MainWindow

QUOTE_DRAFT_KIND = "quote"  # app.services.quote_drafts.KIND, without loading the quote code


def build_today_tab(window: MainWindow) -> QWidget:
    from app.ui.today_tab import TodayTab

    tab = TodayTab(window.ctx)
    tab.link_activated.connect(window.open_link)
    tab.typed.connect(window.find_typed)
    if not window.painted:
        tab.wait_for_paint = True
        window.first_painted.connect(tab.window_painted)
    return tab


def build_calls_tab(window: MainWindow) -> QWidget:
    from app.ui.calls_menu import connect_calls_tab
    from app.ui.calls_tab import CallsTab

    tab = CallsTab(window.ctx)
    connect_calls_tab(window, tab)
    return tab


def build_appointments_tab(window: MainWindow) -> QWidget:
    from app.ui.appointments_menu import add_tab_actions
    from app.ui.appointments_tab import AppointmentsTab

    tab = AppointmentsTab(window.ctx)
    tab.appointments_changed.connect(window.contacts.detail.refresh)
    add_tab_actions(window, tab)
    return tab


def build_quotes_tab(window: MainWindow) -> QWidget:
    from app.ui.quotes_tab import QuotesTab

    tab = QuotesTab(window.ctx)
    # Accepting a quote makes its contact a customer: the contact list shows it at once.
    tab.quotes_changed.connect(window.contacts.refresh)
    return tab


def build_reports_tab(window: MainWindow) -> QWidget:
    from app.ui.reports_tab import ReportsTab

    tab = ReportsTab(window.ctx)
    tab.link_activated.connect(window.open_link)
    return tab


# (tab index, builder); the Contacts tab (index 1) is built with the window.
TAB_BUILDERS = ((0, build_today_tab), (2, build_calls_tab), (3, build_appointments_tab),
                (4, build_quotes_tab), (5, build_reports_tab))


def _reopen_quote_draft(window: QWidget, draft: Draft) -> None:
    from app.ui.main_window import TAB_QUOTES

    window.tabs.setCurrentIndex(TAB_QUOTES)  # type: ignore[attr-defined]
    window.quotes.reopen_draft(draft)  # type: ignore[attr-defined]


register_draft_handler(QUOTE_DRAFT_KIND, QT_TRANSLATE_NOOP("Drafts", "quote"), _reopen_quote_draft)
