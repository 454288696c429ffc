"""Do not email in the window: the contact dialog's checkbox, the mark in the list and the
detail pane, a compose window that refuses, and Email selected contacts that skips them."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt

from app.services.contact_types import ContactInput
from app.services.contacts import create_contact, get_contact
from app.services.first_start import set_owner_name
from app.ui.bulk_email_dialog import BulkEmailDialog
from app.ui.compose_dialog import ComposeDialog
from app.ui.contact_dialog import ContactDialog
from app.ui.contact_table_model import COL_EMAIL
from tests.mail_servers import SmtpServer, mail_account, smtp  # noqa: F401
from tests.services.mail_helpers import customer
from tests.ui.conftest import DialogScript, save_button


def test_checkbox_marks_the_contact_in_list_and_detail(qtbot, main_window,
                                                       dialog_script: DialogScript) -> None:
    contact = customer()
    tab = main_window.contacts
    main_window.refresh_all()
    tab.show_contact(contact)

    def tick(d: ContactDialog) -> None:
        assert not d.do_not_contact.isChecked()
        d.do_not_contact.setChecked(True)
        qtbot.mouseClick(save_button(d), Qt.MouseButton.LeftButton)

    dialog_script.then(tick)
    tab.edit_selected()
    assert get_contact(contact).do_not_contact
    assert "Do not email" in tab.detail.toPlainText()
    assert tab.model.index(0, COL_EMAIL).data() == "⛔ priya@example.com"


def test_compose_refuses_a_do_not_email_contact(qtbot, main_window, mail_account) -> None:  # noqa: F811
    contact = customer()
    data = get_contact(contact).to_input()
    data.do_not_contact = True
    from app.services.contacts import update_contact

    update_contact(contact, data)
    main_window.refresh_all()
    main_window.contacts.show_contact(contact)
    qtbot.keyClick(main_window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    dialog = main_window.mail.dialog
    assert isinstance(dialog, ComposeDialog) and dialog.isVisible()
    assert dialog.error.text() == ("Priya Sharma asked not to be emailed (Do not email is "
                                   "ticked on the contact).")
    assert not dialog.send_button.isEnabled()
    dialog.send()  # Ctrl+Return: the outbox refuses too
    assert dialog.isVisible() and "Priya Sharma asked not to be emailed" in dialog.error.text()


def test_email_selected_contacts_skips_and_says_how_many(
        qtbot, main_window, mail_account, smtp: SmtpServer) -> None:  # noqa: F811
    set_owner_name("Anil Deshpande")
    customer(company="Sharma Traders", email="priya@example.com")
    flagged = customer(company="Rao Agencies", email="rao@example.com")
    data = get_contact(flagged).to_input()
    data.do_not_contact = True
    from app.services.contacts import update_contact

    update_contact(flagged, data)
    create_contact(ContactInput(first_name="Meena", company="Meena Stores"))
    main_window.refresh_all()
    main_window.mail.start()
    tab = main_window.contacts
    selection = tab.table.selectionModel()
    for row in range(tab.model.rowCount()):
        selection.select(tab.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
    assert len(tab.selected_contact_ids()) == 3
    qtbot.keyClick(main_window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.AltModifier)
    dialog = main_window.mail.bulk
    assert isinstance(dialog, BulkEmailDialog) and dialog.isVisible()
    assert dialog.send_button.text() == "&Send to 3 contact(s)"
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert main_window.statusBar().currentMessage() == (
        "1 email(s) in the outbox; skipped 2: 1 marked Do not email, 1 without an address")
    qtbot.waitUntil(lambda: len(smtp.received) == 1, timeout=10_000)
    assert smtp.received[0].rcpt_tos == ["priya@example.com"]
