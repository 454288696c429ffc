"""A contact with numbered quotes is never deleted with them: the window offers to mark the
contact inactive, the service refuses, and undoing an import keeps such contacts."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from app.db.connection import db
from app.services.contact_types import ContactInput
from app.services.contacts import create_contact, delete_contact, get_contact
from app.services.errors import KeptForQuotesError
from app.services.importer import import_file, undo_last_import
from app.services.quote_types import QuoteLineInput
from app.services.quotes import new_quote_input, save_quote, set_status


def _quote(contact_id: int) -> str:
    data = new_quote_input(contact_id, date(2026, 3, 1))
    data.lines = [QuoteLineInput("Widget", Decimal(2), 10000, 1800)]
    quote_id = save_quote(data)
    set_status(quote_id, "sent", date(2026, 3, 1))
    return str(db.execute_sql("SELECT number FROM quote WHERE id=?", (quote_id,)).fetchone()[0])


def _quotes() -> list[str]:
    return [r[0] for r in db.execute_sql("SELECT number FROM quote ORDER BY id").fetchall()]


def test_deleting_a_contact_with_quotes_offers_mark_inactive(
        qtbot, main_window, monkeypatch: pytest.MonkeyPatch) -> None:
    cid = create_contact(ContactInput(first_name="Meera", last_name="Iyer",
                                      status="customer")).contact_id
    number = _quote(cid)
    main_window.contacts.refresh()
    main_window.contacts.table.selectRow(main_window.contacts.model.row_of(cid))
    shown: list[tuple[str, str, list[str]]] = []

    def answer(box: QMessageBox) -> int:
        buttons = [b.text().replace("&", "") for b in box.buttons()]
        shown.append((box.text(), box.informativeText(), buttons))
        [inactive] = [b for b in box.buttons() if "inactive" in b.text().replace("&", "")]
        inactive.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    main_window.contacts.delete_selected()
    [(text, more, buttons)] = shown
    assert f"Meera Iyer has 1 numbered quote(s) ({number})" in text
    assert "cannot be deleted" in text and "Mark Meera Iyer inactive instead?" in more
    assert "Mark inactive" in buttons and "Cancel" in buttons
    assert get_contact(cid).status == "inactive"
    assert _quotes() == [number]


def test_cancel_leaves_the_contact_as_it_was(qtbot, main_window,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    cid = create_contact(ContactInput(first_name="Meera")).contact_id
    _quote(cid)
    main_window.contacts.refresh()
    main_window.contacts.table.selectRow(main_window.contacts.model.row_of(cid))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    main_window.contacts.delete_selected()
    assert get_contact(cid).status == "lead"


def test_the_service_refuses_and_numbering_keeps_no_gap(db_path: str) -> None:
    cid = create_contact(ContactInput(first_name="Meera")).contact_id
    other = create_contact(ContactInput(first_name="Ravi")).contact_id
    first = _quote(cid)
    with pytest.raises(KeptForQuotesError, match=f"Meera has 1 numbered quote.*{first}"):
        delete_contact(cid)
    second = _quote(other)
    assert _quotes() == [first, second] == ["Q-0001", "Q-0002"]
    plain = create_contact(ContactInput(first_name="No quotes")).contact_id
    delete_contact(plain)  # a contact without quotes is deleted as before


def test_undoing_an_import_keeps_imported_contacts_that_got_quotes(db_path: str,
                                                                   tmp_path: Path) -> None:
    csv = tmp_path / "leads.csv"
    csv.write_text("First Name,Last Name\nAnil,Kumar\nBela,Shah\n", encoding="utf-8")
    import_file(csv)
    [(anil,)] = db.execute_sql("SELECT id FROM contact WHERE first_name='Anil'").fetchall()
    number = _quote(anil)
    result = undo_last_import()
    assert (result.removed, result.kept) == (1, 1)
    assert get_contact(anil).first_name == "Anil"
    assert _quotes() == [number]
