"""The Contacts tab driven like a person would: add, find, edit, refuse, delete, filter, sort."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from app.db.connection import db
from app.db.contact_list import contact_count
from app.services.contact_types import ContactInput, PhoneInput
from app.services.contacts import create_contact, get_contact
from app.ui.contact_dialog import ContactDialog
from app.ui.contact_table_model import COL_COMPANY, COL_NAME, COL_PHONE, COL_STATUS
from tests.ui.conftest import Answers, DialogScript, save_button, type_text

YES = QMessageBox.StandardButton.Yes
CANCEL = QMessageBox.StandardButton.Cancel
DISCARD = QMessageBox.StandardButton.Discard


def _names(tab) -> list[str]:
    return [tab.model.index(r, COL_NAME).data() for r in range(tab.model.rowCount())]


def _search(qtbot, tab, text: str) -> None:
    tab.search.clear()
    qtbot.keyClicks(tab.search, text)
    qtbot.waitUntil(lambda: tab.model.query.text == text.strip(), timeout=2000)


def _type_new_contact(qtbot, dialog: ContactDialog) -> None:
    type_text(dialog.first_name, "सुनीता")
    type_text(dialog.last_name, "वर्मा")
    qtbot.keyClicks(dialog.phones.rows[0].editor, "09876543210")
    assert dialog.phones.rows[0].editor.text() == "098765 43210"  # formatted as typed
    type_text(dialog.city, "जयपुर")
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)


def test_add_find_edit_refuse_and_delete(qtbot, main_window, dialog_script: DialogScript,
                                         answers: Answers) -> None:
    tab = main_window.contacts
    create_contact(ContactInput(first_name="Other", phones=[PhoneInput("+1 201 555 0123")]))
    main_window.refresh_all()

    # Add, from the keyboard shortcut, with a Devanagari name and a national-format number.
    dialog_script.then(lambda d: _type_new_contact(qtbot, d))
    qtbot.keyClick(main_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(dialog_script.seen) == 1 and dialog_script.seen[0].saved_contact_id
    cid = dialog_script.seen[0].saved_contact_id
    stored = get_contact(cid)
    assert (stored.first_name, stored.last_name, stored.city) == ("सुनीता", "वर्मा", "जयपुर")
    assert [p.e164 for p in stored.phones] == ["+919876543210"]
    assert "सुनीता वर्मा" in _names(tab)
    assert main_window.count_label.text() == "Contacts: 2"
    assert tab.detail.contact_id == cid
    assert "098765 43210" in tab.detail.toPlainText()

    # Find it by part of the number, typed as people type it.
    for typed in ("43210", "98765 43210", "+91 98765", "098765 43210"):
        _search(qtbot, tab, typed)
        assert _names(tab) == ["सुनीता वर्मा"], typed
    assert tab.detail.contact_id == cid  # the single match is selected and shown

    # Edit it: the dialog opens on the selected row (Return in the table).
    def edit(d: ContactDialog) -> None:
        assert d.first_name.text() == "सुनीता"
        assert d.phones.rows[0].editor.text() == "098765 43210"
        d.last_name.clear()
        type_text(d.last_name, "शर्मा")
        qtbot.mouseClick(save_button(d), Qt.MouseButton.LeftButton)

    dialog_script.then(edit)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    assert get_contact(cid).last_name == "शर्मा"
    assert _names(tab) == ["सुनीता शर्मा"]

    # An impossible number: a visible message next to the phone, and nothing saved.
    def refuse(d: ContactDialog) -> None:
        d.last_name.setText("Changed")
        qtbot.mouseClick(d.phones.add_button, Qt.MouseButton.LeftButton)
        row = d.phones.rows[-1]
        qtbot.waitUntil(row.isVisible, timeout=1000)
        assert row.editor.hasFocus()
        qtbot.keyClicks(row.editor, "12345")
        qtbot.mouseClick(save_button(d), Qt.MouseButton.LeftButton)
        assert d.isVisible() and d.saved_contact_id is None
        assert row.message.isVisible()
        assert "Phone 2" in row.message.text() and "too short" in row.message.text()
        assert d.summary.isVisible() and d.summary.text().startswith("Not saved")
        assert row.editor.hasFocus()
        answers.replies.append(DISCARD)
        d.reject()

    dialog_script.then(refuse)
    qtbot.keyClick(main_window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert len(dialog_script.seen) == 3 and not dialog_script.drivers
    assert get_contact(cid).last_name == "शर्मा"
    assert len(get_contact(cid).phones) == 1

    # Delete: Cancel keeps it, Yes removes it and its phone.
    answers.replies.append(CANCEL)
    qtbot.keyClick(main_window, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert len(answers.asked) == 2  # the discard question, then this one
    assert contact_count() == 2
    answers.replies.append(YES)
    qtbot.keyClick(main_window, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert "सुनीता शर्मा" in answers.asked[-1][1]
    assert contact_count() == 1
    assert db.execute_sql("SELECT count(*) FROM phone WHERE contact_id = ?",
                          (cid,)).fetchone()[0] == 0
    assert _names(tab) == []
    assert tab.detail.contact_id is None
    assert main_window.count_label.text() == "Contacts: 1"
    _search(qtbot, tab, "")
    assert _names(tab) == ["Other"]


def test_leaving_an_impossible_number_shows_the_problem_at_once(qtbot, main_window,
                                                               dialog_script) -> None:
    def check(d: ContactDialog) -> None:
        editor = d.phones.rows[0].editor
        qtbot.mouseClick(editor, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(editor, "98765")
        qtbot.keyClick(editor, Qt.Key.Key_Tab)
        assert d.phones.rows[0].message.isVisible()
        assert "too short" in d.phones.rows[0].message.text()
        editor.clear()
        qtbot.keyClicks(editor, "055555 55555")  # possible, but not assigned: a warning
        editor.editingFinished.emit()
        assert "not an assigned number" in d.phones.rows[0].message.text()
        d.done(0)

    dialog_script.then(check)
    main_window.contacts.new_contact()
    assert contact_count() == 0


def test_status_filter_and_header_sorting_change_the_rows(qtbot, main_window) -> None:
    people = [("Asha", "Zeta Ltd", "lead", "+919876500001"),
              ("Bala", "Alpha Co", "customer", "+919876500003"),
              ("Chen", "Mid Corp", "lead", "+919876500002")]
    for first, company, status, phone in people:
        create_contact(ContactInput(first_name=first, company=company, status=status,
                                    phones=[PhoneInput(phone)]))
    tab = main_window.contacts
    main_window.refresh_all()
    assert _names(tab) == ["Asha", "Bala", "Chen"]

    combo = tab.status_filter
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # "Leads"
    assert _names(tab) == ["Asha", "Chen"]
    combo.setCurrentIndex(combo.findData("customer"))
    assert _names(tab) == ["Bala"]
    combo.setCurrentIndex(0)

    header = tab.table.horizontalHeader()

    def click(column: int) -> None:
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         pos=QPoint(x, header.height() // 2))

    click(COL_COMPANY)
    assert _names(tab) == ["Bala", "Chen", "Asha"]
    assert tab.model.query.sort == "company"
    click(COL_COMPANY)
    assert _names(tab) == ["Asha", "Chen", "Bala"]
    click(COL_PHONE)
    assert [tab.model.index(r, COL_PHONE).data() for r in range(3)] == [
        "098765 00001", "098765 00002", "098765 00003"]
    click(COL_STATUS)
    assert [tab.model.index(r, COL_STATUS).data() for r in range(3)] == [
        "Customer", "Lead", "Lead"]


def test_detail_pane_phones_are_tel_links(qtbot, main_window, monkeypatch) -> None:
    from PySide6.QtGui import QDesktopServices

    cid = create_contact(ContactInput(
        first_name="Emma", phones=[PhoneInput("+44 7700 900123", "mobile"),
                                   PhoneInput("+1 201 555 0123 ext. 42", "work")])).contact_id
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))
    pane = main_window.contacts.detail
    pane.show_contact(cid)
    text = pane.toPlainText()
    assert "+44 7700 900123" in text and "+1 201-555-0123 ext. 42" in text

    for shown, url in (("+44 7700 900123", "tel:+447700900123"),
                       ("+1 201-555-0123", "tel:+12015550123;ext=42")):
        cursor = pane.document().find(shown)
        assert not cursor.isNull()
        cursor.setPosition(cursor.selectionStart() + 2)
        where = pane.cursorRect(cursor).center()
        qtbot.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=where)
        assert opened and opened[-1].toString() == url
    assert len(opened) == 2


def test_duplicate_warning_offers_to_open_the_existing_contact(
        qtbot, main_window, dialog_script, monkeypatch) -> None:
    first = create_contact(ContactInput(first_name="Priya", last_name="Sharma",
                                        phones=[PhoneInput("+91 98765 43210")])).contact_id
    main_window.refresh_all()
    offered = []

    def choose_open(box: QMessageBox) -> int:
        offered.append((box.text(), [b.text() for b in box.buttons()]))
        button = next(b for b in box.buttons() if b.text().startswith("Open"))
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", choose_open)

    def type_same_number(d: ContactDialog) -> None:
        qtbot.keyClicks(d.first_name, "Duplicate")
        qtbot.keyClicks(d.phones.rows[0].editor, "9876543210")
        qtbot.mouseClick(save_button(d), Qt.MouseButton.LeftButton)

    dialog_script.then(type_same_number)
    main_window.contacts.new_contact()
    assert offered[0][0] == "+919876543210 already belongs to Priya Sharma."
    assert "Open Priya Sharma" in offered[0][1] and "Save anyway" in offered[0][1]
    assert contact_count() == 1  # nothing saved
    assert main_window.contacts.detail.contact_id == first
    assert main_window.contacts.selected_contact_id() == first


def test_dialog_asks_before_discarding_changes(qtbot, main_window, dialog_script,
                                               answers: Answers) -> None:
    def untouched(d: ContactDialog) -> None:
        qtbot.keyClick(d, Qt.Key.Key_Escape)
        assert not d.isVisible()

    def edited(d: ContactDialog) -> None:
        qtbot.keyClicks(d.company, "Half-typed Pvt Ltd")
        answers.replies.append(CANCEL)
        qtbot.keyClick(d, Qt.Key.Key_Escape)
        assert d.isVisible()  # kept open, the typing is still there
        assert d.company.text() == "Half-typed Pvt Ltd"
        answers.replies.append(DISCARD)
        qtbot.keyClick(d, Qt.Key.Key_Escape)
        assert not d.isVisible()

    dialog_script.then(untouched).then(edited)
    main_window.contacts.new_contact()
    assert answers.asked == []
    main_window.contacts.new_contact()
    assert [title for title, _ in answers.asked] == ["Discard changes?", "Discard changes?"]
    assert contact_count() == 0


def test_double_click_opens_the_contact_once(qtbot, main_window, dialog_script) -> None:
    create_contact(ContactInput(first_name="Once", phones=[PhoneInput("+91 98765 43210")]))
    main_window.refresh_all()
    table = main_window.contacts.table
    dialog_script.then(lambda d: d.done(0))
    cell = table.visualRect(main_window.contacts.model.index(0, COL_NAME)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert len(dialog_script.seen) == 1
    assert dialog_script.seen[0].first_name.text() == "Once"


def test_an_empty_name_is_shown_next_to_the_field(qtbot, main_window, dialog_script) -> None:
    def save_nameless(d: ContactDialog) -> None:
        qtbot.keyClicks(d.phones.rows[0].editor, "9876543210")
        qtbot.mouseClick(save_button(d), Qt.MouseButton.LeftButton)
        label = d._errors["First name"]
        assert label.isVisible() and "first name, last name or company" in label.text()
        assert d.first_name.hasFocus()
        d.done(0)

    dialog_script.then(save_nameless)
    main_window.contacts.new_contact()
    assert contact_count() == 0


def test_duplicate_can_be_saved_anyway_or_cancelled(qtbot, main_window, dialog_script,
                                                    monkeypatch) -> None:
    create_contact(ContactInput(first_name="Priya", emails=[]))
    first = create_contact(ContactInput(first_name="Asha", phones=[PhoneInput("+919876543210")]))
    choices = ["Cancel", "Save anyway"]

    def choose(box: QMessageBox) -> int:
        wanted = choices.pop(0)
        next(b for b in box.buttons() if b.text().replace("&", "") == wanted).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", choose)

    def same_number_twice(d: ContactDialog) -> None:
        qtbot.keyClicks(d.first_name, "Second")
        qtbot.keyClicks(d.phones.rows[0].editor, "09876543210")
        qtbot.mouseClick(save_button(d), Qt.MouseButton.LeftButton)
        assert d.isVisible() and contact_count() == 2  # Cancel: back to the dialog
        qtbot.mouseClick(save_button(d), Qt.MouseButton.LeftButton)
        assert not d.isVisible()

    dialog_script.then(same_number_twice)
    main_window.contacts.new_contact()
    assert contact_count() == 3
    saved = dialog_script.seen[0].saved_contact_id
    assert saved not in (None, first.contact_id)
    assert [p.e164 for p in get_contact(saved).phones] == ["+919876543210"]


def test_internal_links_open_the_contact(qtbot, main_window) -> None:
    from PySide6.QtCore import QUrl

    cid = create_contact(ContactInput(first_name="Linked")).contact_id
    from app.ui.main_window import TAB_CALLS, TAB_CONTACTS

    main_window.tabs.setCurrentIndex(TAB_CALLS)
    main_window.open_internal_link(QUrl(f"calldesk://contact/{cid}"))
    assert main_window.tabs.currentIndex() == TAB_CONTACTS
    assert main_window.contacts.detail.contact_id == cid
    main_window.open_internal_link(QUrl("calldesk://contact/not-a-number"))
    assert main_window.contacts.detail.contact_id == cid
