"""Screenshot states of email: writing with Send later, the seconds in which a send can be
undone, and a contact's timeline with its emails. Nothing is written to the database."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QTime
from PySide6.QtWidgets import QApplication, QLabel, QWidget

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

SIZE = (1280, 760)


def _mailed_contact() -> int | None:
    from app.db.connection import db

    row = db.execute_sql("SELECT contact_id FROM email_message WHERE contact_id IS NOT NULL "
                         "ORDER BY id LIMIT 1").fetchone()
    return None if row is None else int(row[0])


def _picture(widget: QWidget) -> QLabel:
    """A still of *widget* (the main window itself is not to be shown, hidden or deleted)."""
    for _ in range(3):
        QApplication.processEvents()
    label = QLabel()
    label.setPixmap(widget.grab())
    label.resize(widget.size())
    return label


def compose_send_later(window: MainWindow) -> QWidget:
    """The follow-up template to a contact, Send later ticked for tomorrow 9:00."""
    from app.ui.compose_dialog import ComposeDialog

    dialog = ComposeDialog(_mailed_contact() or window.contacts.selected_contact_id() or 1,
                           None, window)
    dialog.later.setChecked(True)
    tomorrow = QDateTime.currentDateTime().addDays(1)
    tomorrow.setTime(QTime(9, 0))
    dialog.later_at.setDateTime(tomorrow)
    return dialog


def undo_send(window: MainWindow) -> QWidget:
    """Just after Send: the status bar counts down with Undo."""
    from app.ui.main_window import TAB_CONTACTS

    shown = window.tabs.currentIndex()
    window.tabs.setCurrentIndex(TAB_CONTACTS)
    contact = _mailed_contact()
    if contact is not None:
        window.contacts.show_contact(contact)
        window.contacts.detail.scrollToAnchor("emails")
    bar = window.mail.undo_bar
    bar.offer(0)
    try:
        return _picture(window)
    finally:
        bar.finish()
        window.tabs.setCurrentIndex(shown)


def contact_timeline(window: MainWindow) -> QWidget:
    """A contact's detail pane: the quote sent, the customer's reply, the answer waiting."""
    from app.ui.contacts_tab import ContactsTab

    tab = ContactsTab(window.ctx)
    tab.resize(*SIZE)
    contact = _mailed_contact()
    if contact is not None:
        tab.show_contact(contact)
        tab.detail.scrollToAnchor("emails")
    return tab
