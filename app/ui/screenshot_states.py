"""Screenshot states of a new user's first day: the contact dialog's checks before saving,
a flagged number in the list, call mode while talking, and the upsell list. Each builds its
picture without writing to the database."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

SIZE = (1280, 760)


def contact_dialog_checks(window: MainWindow) -> QWidget:
    """A contact abroad with a number typed the home way, and an unassigned number: both
    said under the numbers, before anything is saved."""
    from app.ui.contact_dialog import ContactDialog

    dialog = ContactDialog(window.ctx, None, window)
    dialog.first_name.setText("John")
    dialog.last_name.setText("Miller")
    dialog.country.setText("USA")
    dialog.phones.rows[0].editor.setText("98765 43210")
    dialog.phones.add_row("+91 98765 4321", "work")
    dialog.save()  # stops at the warnings: "press Save again"; writes nothing
    return dialog


def contacts_flagged(window: MainWindow) -> QWidget:
    """The list and the detail pane with a possible but unassigned number flagged ⚠."""
    from app.db.contact_list import ContactQuery, fetch_contacts
    from app.services.phones import digits_of, is_assigned
    from app.ui.contacts_tab import ContactsTab

    tab = ContactsTab(window.ctx)
    tab.resize(*SIZE)
    after = None
    for _ in range(10):  # the first flagged one among the first pages
        rows = fetch_contacts(ContactQuery(), after, 200)
        flagged = next((r for r in rows if r.phone and not is_assigned(r.phone)), None)
        if flagged is not None or len(rows) < 200:
            break
        after = rows[-1].key
    if flagged is not None:
        tab.search.setText(digits_of(flagged.phone)[-7:])
        tab.apply_filter()
        tab.table.selectRow(0)
    return tab


def call_mode_live(window: MainWindow) -> QWidget:
    """Talking: notes being typed and the outcome list filtered by name while the timer runs;
    the call has run for over an hour, so the dialog asks whether it was left open."""
    from app.ui.call_mode_dialog import CallModeDialog

    contact_id = window.contacts.selected_contact_id() or 1
    dialog = CallModeDialog(window.ctx, contact_id, parent=window)
    dialog.start_timer(QCoreApplication.translate("CallModeDialog",
                                                  "Dialled by hand — timing the call."))
    dialog.running_seconds = lambda: 3 * 3600 + 12 * 60  # type: ignore[method-assign]
    dialog._update_timer()
    dialog.outcome.notes.setPlainText("Wants two more units for the new shop; send the "
                                      "price of the wall stand too.")
    dialog.outcome.filter.setText("sal")
    return dialog


def call_mode_no_dialer(window: MainWindow) -> QWidget:
    """Nothing handles tel: links: said in the dialog, with what to install; no timer."""
    from app.ui.call_mode_dialog import CallModeDialog
    from app.ui.desktop_launch import failure_text

    contact_id = window.contacts.selected_contact_id() or 1
    dialog = CallModeDialog(window.ctx, contact_id, parent=window)
    dialog.show_dial_problem(failure_text(QUrl("tel:+919876543210")))
    return dialog


def upsell_list(window: MainWindow) -> QWidget:
    from app.ui.upsell_dialog import UpsellDialog

    dialog = UpsellDialog(window.ctx, window)
    for bought in range(dialog.bought.count()):  # the first pair with people to call
        dialog.bought.setCurrentIndex(bought)
        for addon in range(dialog.addon.count()):
            dialog.addon.setCurrentIndex(addon)
            if dialog.model.rowCount():
                return dialog
    return dialog


STATES = {
    "contact-dialog-checks": contact_dialog_checks,
    "contacts-flagged": contacts_flagged,
    "call-mode-live": call_mode_live,
    "call-mode-no-dialer": call_mode_no_dialer,
    "upsell-list": upsell_list,
}
