"""F1 guide, About, the demo mark, files from the command line, and empty views saying what
to do first."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from app import __version__
from app.cli import _window_args
from app.db.backup import backup_dir
from app.db.contact_list import contact_count
from app.seed.demo_set import add_demo
from app.ui.about_dialog import AboutDialog
from app.ui.first_start import after_window
from app.ui.help_dialog import HelpDialog
from app.ui.main_window import TAB_APPOINTMENTS
from app.ui.shortcuts_dialog import ShortcutsDialog


def _record_exec(monkeypatch, cls) -> list:
    shown: list = []

    def exec_(self) -> int:
        shown.append(self)
        return 0

    monkeypatch.setattr(cls, "exec", exec_)
    return shown


def test_f1_opens_the_guide_and_shift_f1_every_key(qtbot, main_window, monkeypatch) -> None:
    guides = _record_exec(monkeypatch, HelpDialog)
    lists = _record_exec(monkeypatch, ShortcutsDialog)
    main_window.activateWindow()
    qtbot.keyClick(main_window, Qt.Key.Key_F1)
    [guide] = guides
    text = guide.browser.toPlainText()
    assert "Ctrl+L" in text and "Call selected contact" in text  # keys read from the menus
    assert "outcome with keys 1–9" in text
    assert main_window.ctx.db_path in text and str(backup_dir(main_window.ctx.db_path)) in text
    guide.findChild(QPushButton, "allShortcuts").click()
    assert len(lists) == 1
    qtbot.keyClick(main_window, Qt.Key.Key_F1, Qt.KeyboardModifier.ShiftModifier)
    assert len(lists) == 2


def test_about_names_the_version_data_file_and_licences(qtbot, main_window) -> None:
    about = AboutDialog(main_window.ctx.db_path, main_window)
    qtbot.addWidget(about)
    text = about.licences.toPlainText()
    assert __version__ in about.findChild(QLabel, "aboutHeader").text()
    assert main_window.ctx.db_path in about.findChild(QLabel, "aboutDataFile").text()
    assert "SIL Open Font License" in text and "LGPL 3.0" in text and "phonenumbers" in text
    assert "Copyright" in text  # the font licence itself, from the bundled file


def test_empty_views_say_what_to_do_first_with_the_key(qtbot, main_window) -> None:
    assert "Ctrl+N" in main_window.contacts.table.current_empty_text()
    assert "Ctrl+L" in main_window.calls.table.current_empty_text()
    assert "Ctrl+Shift+Q" in main_window.quotes.table.current_empty_text()
    main_window.tabs.setCurrentIndex(TAB_APPOINTMENTS)
    assert "Ctrl+Shift+M" in main_window.appointments.grid.empty_text


def test_demo_data_is_marked_and_removed_from_the_file_menu(qtbot, main_window) -> None:
    assert not main_window.demo_data.label.isVisibleTo(main_window)
    add_demo()
    main_window.refresh_all()
    assert main_window.demo_data.label.isVisibleTo(main_window)
    assert main_window.demo_data.action.isEnabled()
    assert main_window.demo_data.remove(ask=False)
    assert contact_count() == 0 and main_window.contacts.model.rowCount() == 0
    assert not main_window.demo_data.label.isVisibleTo(main_window)
    assert not main_window.demo_data.action.isEnabled()


def test_a_vcard_on_the_command_line_opens_its_import(qtbot, main_window,
                                                      tmp_path: Path) -> None:
    card = tmp_path / "friends.vcf"
    card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Asha Rao\r\nN:Rao;Asha;;;\r\n"
                    "TEL:+91 98765 43210\r\nEND:VCARD\r\n", encoding="utf-8")
    args = _window_args(["--db", "x.db", str(card)])
    assert args is not None and args.open_files == [str(card)] and args.db == "x.db"
    assert _window_args(["import", str(card)]) is None  # a command, not a file to open
    after_window(main_window, "empty", args.open_files)
    qtbot.waitUntil(lambda: getattr(main_window.import_export, "dialog", None) is not None)
    dialog = main_window.import_export.dialog
    assert dialog.path_edit.text() == str(card) and dialog.source is not None
    dialog.reject()


def test_any_file_from_the_file_manager_opens_its_import(
        qtbot, main_window, tmp_path: Path) -> None:
    notes, card = tmp_path / "leads.txt", tmp_path / "friends.vcf"
    notes.write_text("Name,Phone\nRavi Kumar,+91 99887 76655\n", encoding="utf-8")
    card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Asha Rao\r\nEND:VCARD\r\n",
                    encoding="utf-8")
    args = _window_args([str(notes)])  # not .csv or .vcf: once argparse refused it (exit 2)
    assert args is not None and args.open_files == [str(notes)]
    args = _window_args([str(card), "--lang", "hi", "--db", "x.db"])  # options after files
    assert args is not None and args.open_files == [str(card)]
    assert args.lang == "hi" and args.db == "x.db"
    assert _window_args([str(tmp_path / "gone.txt")]) is None  # no such file: argparse's
    after_window(main_window, "empty", [str(notes)])
    qtbot.waitUntil(lambda: getattr(main_window.import_export, "dialog", None) is not None
                    and main_window.import_export.dialog.isVisible())
    dialog = main_window.import_export.dialog
    assert dialog.path_edit.text() == str(notes) and dialog.source is not None
    assert dialog.source.format == "csv" and dialog.import_button.isEnabled()
    dialog.reject()
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    dialog = main_window.import_export.import_contacts(str(empty))
    assert dialog is not None and dialog.source is None
    assert dialog.error.isVisibleTo(dialog) and "empty.txt" in dialog.error.text()
    dialog.reject()


def test_files_from_the_file_manager_open_their_imports_one_after_another(
        qtbot, main_window, tmp_path: Path) -> None:
    card, leads = tmp_path / "friends.vcf", tmp_path / "leads.csv"
    card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Asha Rao\r\nN:Rao;Asha;;;\r\n"
                    "TEL:+91 98765 43210\r\nEND:VCARD\r\n", encoding="utf-8")
    leads.write_text("Name,Phone\nRavi Kumar,+91 99887 76655\n", encoding="utf-8")
    args = _window_args([str(card), str(leads)])  # what the menu entry's %F passes
    assert args is not None and args.open_files == [str(card), str(leads)]
    actions = main_window.import_export
    after_window(main_window, "empty", args.open_files)
    qtbot.waitUntil(lambda: actions.dialog is not None and actions.dialog.isVisible())
    first = actions.dialog
    assert first.windowFilePath() == str(card) and "1 cards" in first.info.text()
    qtbot.mouseClick(first.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: actions.message is not None and actions.message.isVisible(),
                    timeout=20_000)
    assert contact_count() == 1
    assert actions.dialog is first  # the CSV waits while the summary is read
    actions.message.close()
    qtbot.waitUntil(lambda: actions.dialog is not first and actions.dialog.isVisible())
    assert actions.dialog.windowFilePath() == str(leads)
    assert actions.dialog.source is not None and actions.dialog.source.format == "csv"
    actions.dialog.reject()


def test_calldesk_given_a_vcard_shows_its_import_and_the_probe_reports_it(
        tmp_path: Path) -> None:
    """What the packaged app's check relies on: `CallDesk friends.vcf`, run with
    CALLDESK_EXIT_AFTER_PAINT=dialog, says which dialog opened on which file, and quits."""
    card = tmp_path / "friends.vcf"
    card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Asha Rao\r\nTEL:+91 98765 43210\r\n"
                    "END:VCARD\r\n", encoding="utf-8")
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data"),
           "QT_QPA_PLATFORM": "offscreen", "CALLDESK_EXIT_AFTER_PAINT": "dialog"}
    done = subprocess.run([sys.executable, str(root / "main.py"), "--db",
                           str(tmp_path / "x.db"), str(card)], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.startswith(f"dialog ImportDialog {card} | vCard file · 1 cards"), \
        done.stdout
