"""A new user's first contacts: the home country in view, the contact's own country deciding
how its numbers are read, the keyboard path through the dialog, unassigned numbers flagged."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from app.db.contact_list import contact_count
from app.services.contact_types import ContactInput, PhoneInput
from app.services.contacts import create_contact, get_contact
from app.ui.contact_dialog import ContactDialog
from tests.ui.conftest import DialogScript, save_button

ALT = Qt.KeyboardModifier.AltModifier


def _open_dialog(qtbot, main_window) -> ContactDialog:
    dialog = ContactDialog(main_window.ctx, None, main_window)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.first_name.setFocus()
    QApplication.processEvents()
    return dialog


def _tab_path(qtbot, dialog: ContactDialog, presses: int) -> list[QWidget]:
    path: list[QWidget] = []
    for _ in range(presses):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        path.append(QApplication.focusWidget())
    return path


def test_tab_goes_name_company_phone_email_in_order(qtbot, main_window) -> None:
    dialog = _open_dialog(qtbot, main_window)
    phone = dialog.phones.rows[0]
    path = _tab_path(qtbot, dialog, 8)
    assert path[:4] == [dialog.last_name, dialog.company, dialog.title_edit, phone.editor]
    assert path[4:7] == [phone.label, phone.remove, dialog.phones.add_button]
    assert path[7] is dialog.emails.add_button
    # A row added later takes its place in the path, not at the end of the dialog.
    qtbot.keyClick(dialog.emails.add_button, Qt.Key.Key_Space)
    QApplication.processEvents()  # the new row is shown by the event loop
    email = dialog.emails.rows[0]
    assert QApplication.focusWidget() is email.editor
    dialog.company.setFocus()
    path = _tab_path(qtbot, dialog, 6)
    assert path[4:6] == [dialog.phones.add_button, email.editor]
    qtbot.keyClicks(phone.editor, "98765 43210")
    dialog.done(0)


def test_alt_p_jumps_to_the_first_phone_without_typing(qtbot, main_window) -> None:
    dialog = _open_dialog(qtbot, main_window)
    qtbot.keyClicks(dialog.first_name, "Zoya")
    qtbot.keyClick(dialog.first_name, Qt.Key.Key_P, ALT)
    assert QApplication.focusWidget() is dialog.phones.rows[0].editor
    assert dialog.first_name.text() == "Zoya"
    assert dialog.phones.rows[0].editor.text() == ""
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_M, ALT)
    assert QApplication.focusWidget() is dialog.emails.add_button
    dialog.done(0)


def test_home_country_is_shown_in_the_status_bar_and_opens_settings(
        qtbot, main_window, monkeypatch) -> None:
    button = main_window.home_country_button
    assert button.text() == "Home country: India"
    opened: list[bool] = []
    monkeypatch.setattr(type(main_window), "open_settings", lambda self: opened.append(True))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert opened == [True]


def test_the_contacts_country_decides_how_its_numbers_are_read(
        qtbot, main_window, dialog_script: DialogScript) -> None:
    from app.services.settings import set_default_region

    set_default_region("US")  # a machine whose locale said en_US
    main_window.ctx.home_region = "US"

    def fill(d: ContactDialog) -> None:
        qtbot.keyClicks(d.first_name, "Asha")
        d.country.setFocus()
        qtbot.keyClicks(d.country, "India")
        qtbot.keyClick(d.country, Qt.Key.Key_Tab)
        editor = d.phones.rows[0].editor
        qtbot.keyClicks(editor, "098765 43210")
        qtbot.keyClick(editor, Qt.Key.Key_Tab)
        assert not d.phones.rows[0].message.isVisible()  # an Indian number, read as one
        qtbot.mouseClick(save_button(d), Qt.MouseButton.LeftButton)

    dialog_script.then(fill)
    main_window.contacts.new_contact()
    contact = get_contact(dialog_script.seen[0].saved_contact_id)
    assert [p.e164 for p in contact.phones] == ["+919876543210"]


def test_a_home_number_for_a_contact_abroad_is_flagged_before_saving(
        qtbot, main_window, dialog_script: DialogScript) -> None:
    seen: dict[str, object] = {}

    def fill(d: ContactDialog) -> None:
        qtbot.keyClicks(d.first_name, "John")
        d.country.setText("USA")
        editor = d.phones.rows[0].editor
        d.phones.rows[0].editor.setFocus()
        qtbot.keyClicks(editor, "98765 43210")
        qtbot.keyClick(editor, Qt.Key.Key_Tab)
        seen["inline"] = d.phones.rows[0].message.text()
        qtbot.mouseClick(save_button(d), Qt.MouseButton.LeftButton)
        seen["after_first_save"] = (d.isVisible(), contact_count(), d.summary.text())
        editor.setText("+91 98765 43210")  # typed the way the warning says
        qtbot.mouseClick(save_button(d), Qt.MouseButton.LeftButton)

    dialog_script.then(fill)
    main_window.contacts.new_contact()
    assert "United States" in str(seen["inline"]) and "+91 98765 43210" in str(seen["inline"])
    visible, count, summary = seen["after_first_save"]  # type: ignore[misc]
    assert visible and count == 0 and "Save again" in summary
    contact = get_contact(dialog_script.seen[0].saved_contact_id)
    assert [p.e164 for p in contact.phones] == ["+919876543210"]


def test_an_unassigned_number_is_warned_in_the_dialog_then_flagged(
        qtbot, main_window, dialog_script: DialogScript, answers) -> None:
    seen: dict[str, object] = {}

    def fill(d: ContactDialog) -> None:
        qtbot.keyClicks(d.first_name, "Ravi")
        editor = d.phones.rows[0].editor
        editor.setFocus()
        qtbot.keyClicks(editor, "98765 4321")
        qtbot.keyClick(editor, Qt.Key.Key_Return)  # Enter saves: not before the warning
        seen["first"] = (d.isVisible(), contact_count(), d.phones.rows[0].message.text())
        qtbot.keyClick(editor, Qt.Key.Key_Return)  # seen: saved as it is
        seen["second"] = d.isVisible()

    dialog_script.then(fill)
    main_window.contacts.new_contact()
    visible, count, message = seen["first"]  # type: ignore[misc]
    assert visible and count == 0 and "not an assigned number" in message
    assert seen["second"] is False and contact_count() == 1
    assert answers.asked == []  # no box after saving: it was said in the dialog
    tab = main_window.contacts
    tab.refresh()
    from app.ui.contact_table_model import COL_PHONE

    assert tab.model.index(0, COL_PHONE).data().startswith("⚠")
    tab.table.selectRow(0)
    assert "⚠" in tab.detail.toPlainText() and "not assigned" in tab.detail.toPlainText()


def test_an_assigned_number_has_no_flag(qtbot, main_window) -> None:
    create_contact(ContactInput(first_name="Asha", phones=[PhoneInput("+91 98765 43210")]))
    tab = main_window.contacts
    tab.refresh()
    from app.ui.contact_table_model import COL_PHONE

    assert tab.model.index(0, COL_PHONE).data() == "098765 43210"
    tab.table.selectRow(0)
    assert "⚠" not in tab.detail.toPlainText()
