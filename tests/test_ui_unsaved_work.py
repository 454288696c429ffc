"""Any text a person types is accepted, saved and shown; unsaved changes are never dropped
silently; the window comes back as it was left."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from app.services.contacts import get_contact
from app.ui.app_context import AppContext
from app.ui.contact_dialog import ContactDialog

NAME = "राजेश 👩‍👩‍👧‍👦"
RTL = "مرحبا بالعالم שלום"
NOTES = ("Called about the order 📞. फ़ोन पर बात हुई। تم الاتصال. \u202eoverride\u202c ") * 1_600


def _type_through_input_method(widget, text: str) -> None:
    """Text arrives the way an Indic, Arabic or emoji keyboard sends it: committed by the input
    method (QTest key clicks only know ASCII)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
    assert widget.text().endswith(text)


def test_contact_dialog_accepts_saves_and_shows_any_text(main_window, qtbot) -> None:
    dialog = ContactDialog(main_window.ctx, None, main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    for widget, text in ((dialog.first_name, NAME), (dialog.last_name, RTL),
                         (dialog.city, "मुंबई")):
        _type_through_input_method(widget, text)
    dialog.notes.setPlainText(NOTES)  # 100 KB: pasted, not typed
    assert len(NOTES) > 100_000
    qtbot.keyClick(dialog.first_name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.saved_contact_id is not None, dialog.summary.text()
    saved = get_contact(dialog.saved_contact_id)
    assert (saved.first_name, saved.last_name, saved.city) == (NAME, RTL, "मुंबई")
    assert saved.notes == NOTES

    again = ContactDialog(main_window.ctx, saved, main_window)
    qtbot.addWidget(again)
    assert again.first_name.text() == NAME and again.last_name.text() == RTL
    assert again.notes.toPlainText() == NOTES
    assert not again.has_changes()
    main_window.contacts.refresh()
    main_window.contacts.show_contact(saved.id)
    shown = main_window.contacts.detail.toPlainText()
    assert NAME in shown and RTL in shown


def test_text_that_cannot_be_stored_is_refused_with_the_field_named(main_window, qtbot) -> None:
    dialog = ContactDialog(main_window.ctx, None, main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.first_name.setText("Asha")
    dialog.notes.setPlainText("before\x00after")
    dialog.save()
    assert dialog.saved_contact_id is None and dialog.isVisible()
    assert "Notes" in dialog.summary.text()
    assert main_window.contacts.model.rowCount() == 0
    dialog.done(0)  # close without the discard question


def test_closing_a_changed_dialog_asks_first(main_window, qtbot,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.Cancel]

    def question(_parent, title, *_args):
        asked.append(title)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    dialog = ContactDialog(AppContext(main_window.ctx.db_path, "IN"), None, main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing typed: closes without asking
    assert not dialog.isVisible() and asked == []

    dialog = ContactDialog(main_window.ctx, None, main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.first_name, "Half typed")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == ["Discard changes?"] and dialog.isVisible()  # Cancel keeps the work
    assert dialog.first_name.text() == "Half typed"
    answer[0] = QMessageBox.StandardButton.Discard
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.saved_contact_id is None
