"""Two people saving one draft quote: the second is told who saved it, and keeps theirs or
opens the stored one."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QMessageBox

from app.services.contact_types import ContactInput
from app.services.contacts import create_contact
from app.services.quote_types import QuoteLineInput
from app.services.quotes import get_quote, new_quote_input, save_quote
from app.ui.quote_editor_dialog import QuoteEditorDialog
from tests.ui.call_ui_helpers import when_modal


def _draft() -> int:
    cid = create_contact(ContactInput(first_name="Priya")).contact_id
    data = new_quote_input(cid)
    data.lines = [QuoteLineInput("Site survey", Decimal(1), 150000, 1800)]
    return save_quote(data)


def _someone_else_saves(qid: int, notes: str) -> None:
    stored = get_quote(qid)
    stored.data.notes = notes
    save_quote(stored.data, qid, stored.row_version)


def _click(text: str):
    def click(box: QMessageBox) -> None:
        assert "saved this quote at" in box.text()
        [button] = [b for b in box.buttons() if b.text() == text]
        button.click()
    return click


def test_save_mine_over_theirs(qtbot, main_window) -> None:
    qid = _draft()
    detail = get_quote(qid)
    editor = QuoteEditorDialog(detail.data, detail, main_window.quotes.money_locale(),
                               main_window)
    qtbot.addWidget(editor)
    _someone_else_saves(qid, "theirs")
    editor.notes.setPlainText("mine")
    when_modal(QMessageBox, _click("Save mine"))
    assert editor.save()
    assert get_quote(qid).data.notes == "mine"


def test_open_theirs_drops_mine_and_the_tab_shows_the_stored_quote(qtbot, main_window) -> None:
    qid = _draft()
    detail = get_quote(qid)
    editor = QuoteEditorDialog(detail.data, detail, main_window.quotes.money_locale(),
                               main_window)
    qtbot.addWidget(editor)
    _someone_else_saves(qid, "theirs")
    editor.notes.setPlainText("mine")
    when_modal(QMessageBox, _click("Open theirs"))
    assert not editor.save()
    assert editor.reopen_requested and not editor.isVisible()
    assert get_quote(qid).data.notes == "theirs"
