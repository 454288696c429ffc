"""The window's data safety: refresh on outside changes, automatic and quit backups, restore
from the File menu, the network-drive warning, start-up checks and draft recovery."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.db.backup import list_backups, take_backup
from app.db.connection import close_database, db, open_database
from app.services.contact_types import ContactInput
from app.services.contacts import create_contact


def _insert_elsewhere(db_path: str, name: str) -> None:
    """Another process (an import, the CLI) adds a contact."""
    other = sqlite3.connect(db_path)
    other.execute("INSERT INTO contact (first_name, name_key, created_at, updated_at) "
                  "VALUES (?, ?, 0, 0)", (name, name.casefold()))
    other.commit()
    other.close()


_TIMERS: list[QTimer] = []


def _answer_next_box(qtbot, button_text: str) -> list[str]:
    """Click *button_text* in the next modal message box; returns the texts it showed."""
    seen: list[str] = []
    timer = QTimer()

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            return
        timer.stop()
        seen.append(box.text())
        for button in box.buttons():
            if button.text().replace("&", "") == button_text:
                button.click()
                return
        box.reject()
        raise AssertionError(f"no button {button_text!r} in {[b.text() for b in box.buttons()]}")

    timer.setInterval(20)
    timer.timeout.connect(click)
    timer.start()
    _TIMERS.append(timer)
    return seen


def test_window_refreshes_when_another_process_writes(main_window, db_path: str, qtbot) -> None:
    safety = main_window.data_safety
    safety.poll_timer.setInterval(30)
    create_contact(ContactInput(first_name="Mine"))
    assert not safety.poll()  # our own write is no reason to reload
    assert safety.dirty
    _insert_elsewhere(db_path, "Zara From Import")
    with qtbot.waitSignal(safety.changed_underneath, timeout=3000):
        pass
    assert main_window.count_label.text() == "Contacts: 2"
    names = {main_window.contacts.model.index(r, 0).data()
             for r in range(main_window.contacts.model.rowCount())}
    assert "Zara From Import" in names


def test_automatic_backup_only_while_there_are_changes(main_window, db_path: str, qtbot) -> None:
    safety = main_window.data_safety
    assert not safety.auto_backup()  # nothing changed since start
    create_contact(ContactInput(first_name="Asha"))
    with qtbot.waitSignal(safety.backup_finished, timeout=10_000) as signal:
        assert safety.auto_backup()
    path, error = signal.args
    assert error == "" and Path(path).is_file()
    assert [b.reason for b in list_backups(db_path)] == ["auto"]
    assert not safety.auto_backup()


def test_backup_at_quit_when_something_changed(main_window, db_path: str) -> None:
    safety = main_window.data_safety
    safety.backup_on_quit()
    assert list_backups(db_path) == []
    create_contact(ContactInput(first_name="Late save"))
    safety.backup_on_quit()
    assert [b.reason for b in list_backups(db_path)] == ["quit"]
    safety.poll_timer.stop()
    close_database()  # as at the end of run_gui: closing writes nothing after the backup...
    from app.db.backup import backup_if_changed

    assert backup_if_changed(db_path, "start") is None  # ...so the next start copies nothing
    open_database(db_path)


def test_restore_from_the_file_menu(main_window, db_path: str, qtbot,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    create_contact(ContactInput(first_name="Before"))
    take_backup(db_path, "manual", connection=db.connection())
    create_contact(ContactInput(first_name="After"))
    main_window.refresh_all()
    assert main_window.count_label.text() == "Contacts: 2"
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    action = next(a for a in main_window.actions() if a.text() == "&Restore from backup…")

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None and dialog.list.topLevelItemCount() == 1
        assert dialog.list.topLevelItem(0).text(2) == "1"  # contacts in that backup
        dialog.confirm()

    QTimer.singleShot(50, choose)
    action.trigger()
    assert main_window.count_label.text() == "Contacts: 1"
    assert main_window.contacts.model.rowCount() == 1
    kept = [b for b in list_backups(db_path) if b.reason == "before-restore"]
    from app.db.backup import backup_contact_count

    assert len(kept) == 1 and backup_contact_count(kept[0].path) == 2
    create_contact(ContactInput(first_name="Works again"))  # the reopened database is usable
    assert db.execute_sql("SELECT count(*) FROM contact").fetchone()[0] == 2


def test_restore_dialog_without_backups_says_so(main_window, db_path: str) -> None:
    from app.ui.restore_dialog import RestoreDialog

    dialog = RestoreDialog(db_path, main_window)
    assert dialog.list.topLevelItemCount() == 0
    assert not dialog.restore_button.isEnabled()
    assert not dialog.empty.isHidden()


def test_network_drive_warning_is_shown_once(qtbot, db_path: str,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from app.ui import data_safety
    from app.ui.app_context import AppContext
    from app.ui.main_window import MainWindow

    warnings: list[str] = []
    monkeypatch.setattr(data_safety, "network_filesystem", lambda _p: "nfs4")
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _p, _t, text, *a: warnings.append(text)))
    for _ in range(2):
        window = MainWindow(AppContext(db_path, "IN"))
        qtbot.addWidget(window)
        window.show()
        window.data_safety.after_start()
        qtbot.waitUntil(lambda w=window: w.data_safety.start_done, timeout=10_000)
        assert window.data_safety.network_label.isVisible()
    assert len(warnings) == 1 and "network drive (nfs4)" in warnings[0]


def test_start_up_backup_runs_in_the_background_once(main_window, db_path: str, qtbot) -> None:
    safety = main_window.data_safety
    create_contact(ContactInput(first_name="Kept"))
    safety.after_start()
    qtbot.waitUntil(lambda: safety.start_done, timeout=10_000)
    assert [b.reason for b in list_backups(db_path)] == ["start"]
    safety.start_background_check()  # nothing written since: no second copy
    qtbot.waitUntil(lambda: safety.start_done, timeout=10_000)
    assert [b.reason for b in list_backups(db_path)] == ["start"]


def test_big_files_are_checked_after_the_window_opens(tmp_path: Path, qtbot,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from app.ui import startup_checks

    path = tmp_path / "calldesk.db"
    open_database(path)
    create_contact(ContactInput(first_name="Big"))
    close_database()
    assert startup_checks.check_at_start(str(path))
    assert str(path) in startup_checks.CHECKED_BEFORE_OPEN
    del startup_checks.CHECKED_BEFORE_OPEN[str(path)]
    monkeypatch.setattr(startup_checks, "SYNC_CHECK_BYTES", 1024)
    assert startup_checks.check_at_start(str(path))
    assert str(path) not in startup_checks.CHECKED_BEFORE_OPEN  # left to the background job


def test_damage_found_in_the_background_offers_a_restore(main_window, db_path: str,
                                                          qtbot) -> None:
    create_contact(ContactInput(first_name="Good"))
    take_backup(db_path, "auto", connection=db.connection())
    create_contact(ContactInput(first_name="Later"))
    seen = _answer_next_box(qtbot, "Restore backup")
    main_window.data_safety.start_checked.emit(["Tree 7 page 12: btreeInitPage() returns 11"])
    qtbot.waitUntil(lambda: main_window.count_label.text() == "Contacts: 1")
    assert any("damaged" in text for text in seen)


def test_damaged_file_at_start_offers_the_newest_good_backup(tmp_path: Path, qtbot) -> None:
    from app.ui.startup_checks import check_at_start

    path = tmp_path / "calldesk.db"
    open_database(path)
    for i in range(300):
        create_contact(ContactInput(first_name=f"Person {i}"))
    close_database()
    good = take_backup(path, "auto")
    data = bytearray(path.read_bytes())
    for offset in range(3 * 4096, len(data) - 4096, 2 * 4096):
        data[offset + 8: offset + 200] = b"\xff" * 192
    path.write_bytes(bytes(data))
    seen = _answer_next_box(qtbot, "Restore backup")
    assert check_at_start(str(path))
    assert any("damaged" in text for text in seen)
    assert sqlite3.connect(path).execute("SELECT count(*) FROM contact").fetchone()[0] == 300
    assert good.is_file()
    assert len(list(tmp_path.glob("calldesk.db.damaged-*"))) == 1  # kept for a closer look


def test_damaged_file_without_backup_can_quit(tmp_path: Path, qtbot) -> None:
    from app.ui.startup_checks import check_at_start

    path = tmp_path / "calldesk.db"
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4000)
    _answer_next_box(qtbot, "Quit")
    assert not check_at_start(str(path))
    _answer_next_box(qtbot, "Open anyway")
    assert check_at_start(str(path))
    from app.ui.startup_checks import CHECKED_BEFORE_OPEN

    assert CHECKED_BEFORE_OPEN[str(path)] == "damaged"  # no start-up backup of a bad file


def test_drafts_left_by_a_crash_are_offered(main_window, qtbot,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from app.services.drafts import pending_drafts, save_draft
    from app.ui import draft_recovery

    reopened = []
    monkeypatch.setitem(draft_recovery.DRAFT_HANDLERS, "quote", draft_recovery.DraftHandler(
        "quote", lambda window, draft: reopened.append(draft.payload_json)))
    save_draft("quote", '{"lines": 3}')
    save_draft("orphan", '{"kind": "nobody handles"}')
    seen = _answer_next_box(qtbot, "Open again")
    assert draft_recovery.offer_pending_drafts(main_window) == 1
    assert reopened == ['{"lines": 3}'] and any("quote" in t for t in seen)
    assert {d.kind for d in pending_drafts()} == {"quote", "orphan"}  # the editor discards it
    _answer_next_box(qtbot, "Discard")
    assert draft_recovery.offer_pending_drafts(main_window) == 0
    assert {d.kind for d in pending_drafts()} == {"orphan"}
