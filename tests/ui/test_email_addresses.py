"""Email addresses are stored in one form: pasted prefixes, brackets and invisible characters
come off (so duplicates are found), and what cannot be an address is refused naming the field."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.services.contact_types import ContactInput, EmailInput
from app.services.contacts import create_contact, get_contact
from app.services.errors import ValidationError
from app.services.importer import import_file
from tests.ui.conftest import DialogScript, save_button


def _type(qtbot, dialog, address: str) -> None:
    dialog.first_name.setText("Asha")
    row = dialog.emails.rows[0] if dialog.emails.rows else dialog.emails.add_row()
    row.editor.setText(address)
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("typed", [
    "mailto:Asha.Rao@Example.com", "Asha Rao <Asha.Rao@Example.com>", "<Asha.Rao@Example.com>",
    "Asha.Rao\u200b@Example.com", "\u202aAsha.Rao@Example.com\u202c",
])
def test_pasted_forms_are_stored_as_the_address(qtbot, main_window,
                                                dialog_script: DialogScript, typed: str) -> None:
    dialog_script.then(lambda d: _type(qtbot, d, typed))
    main_window.new_contact()
    cid = dialog_script.seen[0].saved_contact_id
    assert [e.address for e in get_contact(cid).emails] == ["Asha.Rao@Example.com"]


def test_an_invisible_character_does_not_hide_a_duplicate(
        qtbot, main_window, dialog_script: DialogScript,
        monkeypatch: pytest.MonkeyPatch) -> None:
    create_contact(ContactInput(first_name="Asha", emails=[EmailInput("asha@example.com")]))
    warned: list[str] = []

    def exec_box(box: QMessageBox) -> int:
        warned.append(box.text())
        return 0  # Cancel: nothing saved

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    dialog_script.then(lambda d: _type(qtbot, d, "mailto:asha@exam\u200bple.com"))
    main_window.new_contact()
    assert warned == ["asha@example.com already belongs to Asha."]


@pytest.mark.parametrize(("typed", "why"), [
    ("asha..rao@example.com", "the part before @"), (".asha@example.com", "the part before @"),
    ("asha@example..com", "domain"), ("asha@-example.com", "domain"),
    ("asha@example-.com", "domain"), ("asha@example", "domain"),
])
def test_impossible_addresses_are_refused_next_to_the_field(
        qtbot, main_window, dialog_script: DialogScript, typed: str, why: str) -> None:
    seen: list[tuple[bool, str]] = []

    def run(dialog) -> None:
        _type(qtbot, dialog, typed)
        seen.append((dialog.isVisible(), dialog.emails.rows[0].message.text()))

    dialog_script.then(run)
    main_window.new_contact()
    [(still_open, message)] = seen
    assert still_open and message.startswith("Email 1: ") and why in message


def test_imports_normalise_and_merge_on_the_address(db_path: str, tmp_path: Path) -> None:
    cid = create_contact(ContactInput(first_name="Asha",
                                      emails=[EmailInput("asha@example.com")])).contact_id
    csv = tmp_path / "in.csv"
    csv.write_text("First Name,E-mail Address\nAsha,Asha R <asha@example.com>\n"
                   "Ravi,mailto:ravi@example.com\nBad,ravi..x@example.com\n", encoding="utf-8")
    summary = import_file(csv)
    assert (summary.imported, summary.merged) == (2, 1)
    assert [e.address for e in get_contact(cid).emails] == ["asha@example.com"]
    assert any("ravi..x@example.com" in p.message for p in summary.problems)
    with pytest.raises(ValidationError, match="Email 1"):
        create_contact(ContactInput(first_name="X", emails=[EmailInput("x@-bad.com")]))
