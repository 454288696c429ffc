"""A save that fails shows the person why, and the window shows what another process left."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import peewee
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from app.db.connection import db
from app.services.contact_types import ContactInput
from app.services.contacts import create_contact, get_contact
from app.ui.error_reporter import ErrorReporter
from tests.ui.conftest import Answers, DialogScript, save_button
from tests.ui.test_import_export_gui import _finish, _import


def _select(window, contact_id: int) -> None:
    window.contacts.refresh()
    row = window.contacts.model.row_of(contact_id)
    window.contacts.table.selectRow(row)


def test_a_damaged_file_on_save_is_a_message_and_the_edit_stays(
        qtbot, main_window, dialog_script: DialogScript, answers: Answers,
        monkeypatch: pytest.MonkeyPatch) -> None:
    cid = create_contact(ContactInput(first_name="Asha", last_name="Rao")).contact_id
    _select(main_window, cid)

    def broken(*_args, **_kwargs):
        raise peewee.DatabaseError("database disk image is malformed")

    monkeypatch.setattr("app.ui.contact_dialog.update_contact", broken)
    seen: list[tuple[bool, str, str]] = []

    def edit(dialog) -> None:
        dialog.first_name.setText("Ashalata")
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
        seen.append((dialog.isVisible(), dialog.first_name.text(), dialog.summary.text()))

    dialog_script.then(edit)
    main_window.contacts.edit_selected()
    [(still_open, typed, summary)] = seen
    assert still_open and typed == "Ashalata"
    assert "Not saved" in summary and "could not be read" in summary
    assert any("could not be read" in text for _title, text in answers.asked)
    assert get_contact(cid).first_name == "Asha"


@pytest.mark.qt_no_exception_capture
def test_an_error_nothing_caught_is_shown_in_a_message_box(qtbot, main_window,
                                                          capsys) -> None:
    reporter = ErrorReporter().install()
    try:
        button = QPushButton("Save", main_window)

        def save() -> None:
            raise sqlite3.OperationalError("database or disk is full")

        button.clicked.connect(save)
        button.show()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        boxes = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QMessageBox) and w.isVisible()]
        assert [b.text() for b in boxes] == [reporter.text_for(
            sqlite3.OperationalError("database or disk is full"))]
        assert "The disk is full" in boxes[0].text()
        boxes[0].accept()
    finally:
        reporter.uninstall()
    assert "OperationalError" in capsys.readouterr().err  # the traceback, for a bug report


def test_after_undo_in_another_process_the_window_shows_the_file_as_it_is(
        qtbot, main_window, db_path: str, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, dialog_script: DialogScript) -> None:
    keep = create_contact(ContactInput(first_name="Keep", last_name="Me")).contact_id
    csv = tmp_path / "in.csv"
    csv.write_text("First Name,Last Name,Mobile Phone\n" + "".join(
        f"Imported{i},Row{i},+91 98765 4{i:04d}\n" for i in range(40)), encoding="utf-8")
    _import(qtbot, main_window, csv)
    assert main_window.count_label.text() == "Contacts: 41"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    main_window.import_export.undo_last_import()
    _finish(qtbot, main_window)
    assert main_window.count_label.text() == "Contacts: 1"
    assert main_window.contacts.model.rowCount() == 1
    # The window holds no old snapshot of the file: another connection can fold the whole
    # WAL back into it, which a reader stuck on removed rows would prevent.
    other = sqlite3.connect(db_path)
    assert other.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0] == 0
    other.close()
    _select(main_window, keep)

    def rename(dialog) -> None:
        dialog.first_name.setText("Kept")
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)

    dialog_script.then(rename)
    main_window.contacts.edit_selected()
    assert get_contact(keep).first_name == "Kept"
    for table in ("contact_fts", "phone_fts"):  # the search indexes match the rows
        db.execute_sql(f"INSERT INTO {table} ({table}, rank) VALUES ('integrity-check', 1)")
