"""Import, undo and export through the File menu, with the real dialogs and the background
process that does the work."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from app.cli import main as cli_main
from app.db.connection import db
from app.db.contact_list import contact_count
from tests.perf.bench_import import write_csv
from tests.samples import ALL_SAMPLES, dump_contacts, sample


def _finish(qtbot, window) -> QMessageBox:
    """Wait for the background work to end and return the message box it showed."""
    actions = window.import_export
    qtbot.waitUntil(lambda: actions.task is not None and actions.task.done.is_set()
                    and actions.message is not None and actions.message.isVisible(),
                    timeout=20_000)
    assert actions.task.process.exitcode == 0  # the work ran in its own process, which ended
    box = actions.message
    box.close()
    actions.message = None
    return box


def _import(qtbot, window, path: Path, prepare=None) -> QMessageBox:
    dialog = window.import_export.import_contacts(str(path))
    assert dialog is not None and dialog.source is not None, dialog.error.text()
    if prepare:
        prepare(dialog)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    return _finish(qtbot, window)


def test_menu_has_import_export_entries(main_window) -> None:
    texts = {a.text().replace("&", ""): a.shortcut().toString() for a in main_window.actions()}
    assert texts["Import contacts…"] == "Ctrl+Shift+I"
    assert texts["Export contacts…"] == "Ctrl+Shift+E"
    assert "Undo last import…" in texts


def _counts(text: str) -> list[int]:
    return [int(n) for n in re.findall(r"(?:read|imported|merged|refused) (\d+)", text.lower())]


def test_gui_and_cli_import_every_sample_the_same(qtbot, main_window, tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    gui_counts = []
    for name in ALL_SAMPLES:
        box = _import(qtbot, main_window, sample(name))
        gui_counts.append(_counts(box.text()))
    gui = dump_contacts()
    assert main_window.count_label.text() == f"Contacts: {contact_count():,}"
    # Google: the second Priya into the first, John into Sara Lee (vCard 4.0, same mobile)
    assert sum(c[2] for c in gui_counts) == 2  # [read, imported, merged, refused]
    capsys.readouterr()
    cli_db = str(tmp_path / "cli.db")
    for name in ALL_SAMPLES:
        assert cli_main(["import", str(sample(name)), "--db", cli_db, "--region", "IN"]) == 0
    cli_counts = [_counts(line) for line in capsys.readouterr().out.splitlines()
                  if line.startswith(tuple(ALL_SAMPLES))]
    assert cli_counts == gui_counts
    assert dump_contacts() == gui


def test_unparsed_number_is_flagged_in_detail_pane(qtbot, main_window) -> None:
    box = _import(qtbot, main_window, sample("google_contacts.csv"))
    assert box.text() == ("Read 5 rows: imported 4, merged 1, refused 0. "
                          "With a warning: 1.")
    assert "row 5 (line 7): Phone 1: kept as typed" in box.detailedText()
    [(aisha,)] = db.execute_sql("SELECT id FROM contact WHERE first_name = 'Aisha'").fetchall()
    main_window.contacts.show_contact(aisha)
    assert "unparsed number, kept as typed" in main_window.contacts.detail.toPlainText()


def test_mapping_step_corrects_a_column(qtbot, main_window) -> None:
    def city_to_notes(dialog) -> None:
        headers = [dialog.table.horizontalHeaderItem(i).text()
                   for i in range(dialog.table.columnCount())]
        combo = dialog.mapping_combo(headers.index("Stadt"))
        assert combo.currentData() == "city"
        combo.setCurrentIndex(combo.findData("notes"))
        dialog.merge.setChecked(False)

    _import(qtbot, main_window, sample("spreadsheet_semicolon.csv"), city_to_notes)
    rows = db.execute_sql("SELECT city, notes FROM contact ORDER BY id").fetchall()
    assert rows == [("", "Berlin"), ("", "Roma")]


def test_cancel_rolls_back(qtbot, main_window, tmp_path: Path) -> None:
    big = tmp_path / "big.csv"
    write_csv(big, 5000)
    before = contact_count()
    dialog = main_window.import_export.import_contacts(str(big))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    main_window.import_export.progress.findChild(QPushButton).click()
    box = _finish(qtbot, main_window)
    assert "Cancelled" in box.text()
    assert contact_count() == before
    assert db.execute_sql("SELECT count(*) FROM import_batch").fetchone()[0] == 0


def test_closing_the_window_during_an_import_asks_then_stops_it(
        qtbot, main_window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "big.csv"
    write_csv(big, 20_000)
    before = contact_count()
    actions = main_window.import_export
    dialog = actions.import_contacts(str(big))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: actions.progress is not None and actions.progress.value() > 0,
                    timeout=20_000)
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: next(answers))
    monkeypatch.setattr("app.ui.import_export_actions.is_headless", lambda: False)
    assert not main_window.close()  # "No": the window and the import go on
    assert actions.task.process.is_alive()
    assert main_window.close()
    assert not actions.task.process.is_alive()
    qtbot.waitUntil(actions.task.done.is_set)
    qtbot.wait(50)
    assert actions.message is None  # stopped on purpose: no "stopped unexpectedly" warning
    assert contact_count() == before
    assert db.execute_sql("SELECT count(*) FROM import_batch").fetchone()[0] == 0


def test_no_restore_while_an_import_runs(qtbot, main_window, db_path: str, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from app.db.backup import list_backups, take_backup

    take_backup(db_path, "manual")
    [backup] = list_backups(db_path)
    big = tmp_path / "big.csv"
    write_csv(big, 5000)
    actions = main_window.import_export
    dialog = actions.import_contacts(str(big))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: said.append(text))
    assert not main_window.data_safety.restore(backup)
    assert "An import or export is running" in said[0]
    box = _finish(qtbot, main_window)
    assert "imported 5,000" in box.text()  # the import went on and was kept
    assert contact_count() >= 5000


def test_undo_last_import_from_menu(qtbot, main_window, monkeypatch: pytest.MonkeyPatch) -> None:
    before = dump_contacts()
    _import(qtbot, main_window, sample("outlook_contacts.csv"))
    assert contact_count() == len(before) + 2
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    main_window.import_export.undo_last_import()
    box = _finish(qtbot, main_window)
    assert "Contacts removed: 2." in box.text()
    assert dump_contacts() == before


def test_export_current_search(qtbot, main_window, tmp_path: Path,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    _import(qtbot, main_window, sample("outlook_contacts.csv"))
    target = tmp_path / "found.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), "CSV for spreadsheets (*.csv)"))
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    main_window.contacts.search.setText("Clarke")
    main_window.contacts.apply_filter()
    [export] = [a for a in main_window.actions() if a.shortcut().toString() == "Ctrl+Shift+E"]
    export.trigger()
    box = _finish(qtbot, main_window)
    assert "Contacts exported to" in box.text() and box.text().endswith(": 1.")
    text = target.read_text(encoding="utf-8-sig")
    assert "Emma" in text and "Lukas" not in text


def test_dialog_previews_vcards_and_refuses_bad_files(qtbot, main_window,
                                                      tmp_path: Path) -> None:
    dialog = main_window.import_export.import_contacts(str(sample("contacts_v21_android.vcf")))
    assert "vCard file · 2 cards" in dialog.info.text()
    assert dialog.table.item(0, 0).text() == "सुनीता"
    assert dialog.roles() is None and dialog.import_button.isEnabled()
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert not dialog.load_file(str(empty))
    assert "has no rows" in dialog.error.text() and not dialog.import_button.isEnabled()
    assert not dialog.load_file(str(tmp_path / "missing.csv"))
    assert "does not exist" in dialog.error.text()
    dialog.path_edit.setText(str(sample("outlook_contacts.csv")))
    dialog.activateWindow()
    dialog.path_edit.setFocus()
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    assert dialog.import_button.isEnabled() and "Outlook CSV" in dialog.info.text()
    assert dialog.isVisible() and main_window.import_export.task is None  # loaded, not imported
    dialog.reject()


def test_enter_in_the_file_name_shows_the_columns_before_importing(qtbot, main_window,
                                                                  tmp_path: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from app.ui.import_dialog import ImportDialog

    path = tmp_path / "leads.csv"
    path.write_text("Name,Phone\nAsha Rao,09876543210\n", encoding="utf-8")
    dialog = ImportDialog(main_window.ctx, main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    QApplication.processEvents()
    qtbot.keyClicks(dialog.path_edit, str(path))
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() == 0  # still open, to check the mapping
    focus = dialog.focusWidget()  # on the mapping: the first column's choice
    assert dialog.table.columnCount() == 2 and dialog.table.isAncestorOf(focus)
    qtbot.keyClick(focus, Qt.Key.Key_Return)  # the second Enter imports
    assert not dialog.isVisible() and dialog.result() == 1


def _on_label(button) -> QPoint:
    """A point on a radio button's circle (a stretched button's middle may be past its text)."""
    return QPoint(8, button.height() // 2)


def test_mapping_step_asks_about_a_quote_that_never_closes(qtbot, main_window,
                                                           tmp_path: Path) -> None:
    rows = [f"Person {n},+91 98100 {n:05d},note {n}\n" for n in range(1, 6)]
    rows[1] = 'Person 2,+91 98100 00002,"note 2 never closes\n'
    path = tmp_path / "sheet.csv"
    path.write_text("Name,Phone,Notes\n" + "".join(rows), encoding="utf-8")
    dialog = main_window.import_export.import_contacts(str(path))
    choice = dialog.quote_choice
    assert choice.isVisible() and not dialog.import_button.isEnabled()
    assert choice.message.text() == (
        "Row 3 has a quote that never closes: its field runs on to the end of the file "
        "(line 6) and takes in what look like rows of their own. How should it be read?")
    qtbot.mouseClick(choice.refuse, Qt.MouseButton.LeftButton, pos=_on_label(choice.refuse))
    assert not dialog.import_button.isEnabled()
    assert "will not be imported" in dialog.error.text() and "row 3" in dialog.error.text()
    qtbot.mouseClick(choice.as_text, Qt.MouseButton.LeftButton, pos=_on_label(choice.as_text))
    assert dialog.import_button.isEnabled() and dialog.error.isHidden()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    box = _finish(qtbot, main_window)
    assert box.text() == ("Read 5 rows: imported 5, merged 0, refused 0. "
                          "With a warning: 1.")
    assert box.detailedText().startswith("row 3 has a quote that never closes")
    assert contact_count() == 5
    dialog = main_window.import_export.import_contacts(str(sample("google_contacts.csv")))
    assert dialog.quote_choice.isHidden() and dialog.import_button.isEnabled()
    dialog.reject()
