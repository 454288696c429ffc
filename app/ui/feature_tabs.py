"""How the Calls, Appointments and Quotes tabs are made and hooked into the main window, when
first needed (see LazyTab). Each builder imports its tab's modules only then; what must be
known at start (reopening a quote draft left by a crash) is registered here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from app.ui.draft_recovery import register_draft_handler

if TYPE_CHECKING:
    from app.services.drafts import Draft
    from app.ui.main_window import MainWindow

QUOTE_DRAFT_KIND = "quote"  # app.services.quote_drafts.KIND, without loading the quote code


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


TAB_BUILDERS = (build_calls_tab, build_appointments_tab, build_quotes_tab)


def _reopen_quote_draft(window: QWidget, draft: Draft) -> None:
    from app.ui.main_window import TAB_QUOTES

    window.tabs.setCurrentIndex(TAB_QUOTES)  # type: ignore[attr-defined]
    window.quotes.reopen_draft(draft)  # type: ignore[attr-defined]


register_draft_handler(QUOTE_DRAFT_KIND, "quote", _reopen_quote_draft)  # label: tr on use
