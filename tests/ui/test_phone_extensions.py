"""One switchboard number with two extensions is two phones, everywhere phones are deduped."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app.services.contact_types import ContactInput, PhoneInput
from app.services.contacts import create_contact, find_duplicates, get_contact
from app.services.importer import import_file
from tests.ui.conftest import DialogScript, save_button


def _phones(contact_id: int) -> list[tuple[str, str]]:
    return [(p.e164, p.extension) for p in get_contact(contact_id).phones]


def test_the_dialog_keeps_both_extensions(qtbot, main_window,
                                          dialog_script: DialogScript) -> None:
    def type_contact(dialog) -> None:
        dialog.first_name.setText("Front desk")
        dialog.phones.rows[0].editor.setText("+1 201 555 0123 ext. 12")
        dialog.phones.add_row("+1 201 555 0123 ext. 14")
        dialog.phones.add_row("+1 201 555 0123 ext. 12")  # typed twice: one is enough
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)

    dialog_script.then(type_contact)
    main_window.new_contact()
    cid = dialog_script.seen[0].saved_contact_id
    assert _phones(cid) == [("+12015550123", "12"), ("+12015550123", "14")]


def test_an_import_keeps_both_extensions_and_merges_only_the_same_one(
        db_path: str, tmp_path: Path) -> None:
    csv = tmp_path / "desk.csv"
    csv.write_text(
        "First Name,Last Name,Business Phone,Business Phone 2\n"
        "Anil,Desk,+1 201 555 0123 ext. 12,+1 201 555 0123 ext. 14\n"
        "Bela,Shah,+1 201 555 0123 ext. 15,\n"
        "Anil,Again,+1 201 555 0123 ext. 12,\n", encoding="utf-8")
    summary = import_file(csv)
    assert (summary.imported, summary.merged) == (2, 1)  # Bela has her own extension
    contacts = {c.first_name: c for c in map(get_contact, _ids())}
    assert _phones(contacts["Anil"].id) == [("+12015550123", "12"), ("+12015550123", "14")]
    assert _phones(contacts["Bela"].id) == [("+12015550123", "15")]


def test_duplicate_warning_needs_the_same_extension(db_path: str) -> None:
    create_contact(ContactInput(first_name="Anil", phones=[PhoneInput("+1 201 555 0123 x12")]))
    other = ContactInput(first_name="Bela", phones=[PhoneInput("+1 201 555 0123 x15")])
    assert find_duplicates(other) == []
    same = ContactInput(first_name="Cara", phones=[PhoneInput("+1 201 555 0123 x12")])
    assert [h.name for h in find_duplicates(same)] == ["Anil"]


def _ids() -> list[int]:
    from app.db.connection import db

    return [r[0] for r in db.execute_sql("SELECT id FROM contact ORDER BY id").fetchall()]
