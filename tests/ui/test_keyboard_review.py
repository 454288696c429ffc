"""Keyboard-only use of the dialogs: where typing lands, what Enter and Esc do."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.db.contact_list import contact_count
from app.services.contacts import get_contact
from tests.ui.conftest import DialogScript


def test_new_contact_typing_starts_in_first_name(qtbot, main_window,
                                                  dialog_script: DialogScript) -> None:
    def type_and_save(dialog) -> None:
        qtbot.keyClicks(QApplication.focusWidget(), "Zoya")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        qtbot.keyClicks(QApplication.focusWidget(), "Khan")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    dialog_script.then(type_and_save)
    qtbot.keyClick(main_window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert contact_count() == 1
    saved = dialog_script.seen[0].saved_contact_id
    assert saved is not None
    contact = get_contact(saved)
    assert (contact.first_name, contact.last_name) == ("Zoya", "Khan")
