"""Two processes on one database: a second window is refused without touching the file; a
second writer waits for the lock instead of failing; UI writes retry when the lock stays busy."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import peewee
import pytest

from app.db.connection import close_database, db, open_database
from app.db.integrity import full_check
from app.db.retry import DatabaseBusyError, is_busy, retry_when_busy
from app.services.contact_types import ContactInput
from app.services.contacts import create_contact
from tests.samples import dump_file

ROOT = Path(__file__).resolve().parents[1]

SECOND_WINDOW = """
import sys
from PySide6.QtWidgets import QMessageBox
QMessageBox.critical = staticmethod(lambda *a, **k: print("dialog:", a[2], file=sys.stderr))
import app.ui.headless
app.ui.headless.HEADLESS_PLATFORMS = ()  # behave as on a desktop, where a person sees the box
from app.ui.application import run_gui
sys.exit(run_gui(sys.argv[1], sys.argv[2:]))
"""


def test_second_window_on_the_same_database_is_refused(tmp_path: Path) -> None:
    from app.ui.application import lock_for

    path = tmp_path / "calldesk.db"
    open_database(path)
    create_contact(ContactInput(first_name="Asha"))
    close_database()
    before, files_before = dump_file(path), sorted(p.name for p in tmp_path.iterdir())
    lock = lock_for(str(path))
    assert lock.tryLock(100)
    try:
        done = subprocess.run([sys.executable, "-c", SECOND_WINDOW, str(path)], cwd=ROOT,
                              capture_output=True, text=True, timeout=60,
                              env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    finally:
        lock.unlock()
    assert done.returncode == 1
    assert "already open on this database" in done.stderr
    assert "dialog: CallDesk is already open" in done.stderr  # the person sees it too
    assert dump_file(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == files_before  # not even a backup


def test_files_handed_to_a_second_window_are_named_with_where_to_import_them(
        tmp_path: Path) -> None:
    from app.ui.application import lock_for

    path, card = tmp_path / "calldesk.db", tmp_path / "friends.vcf"
    card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Asha Rao\r\nEND:VCARD\r\n",
                    encoding="utf-8")
    lock = lock_for(str(path))
    assert lock.tryLock(100)
    try:
        done = subprocess.run([sys.executable, "-c", SECOND_WINDOW, str(path), str(card)],
                              cwd=ROOT, capture_output=True, text=True, timeout=60,
                              env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    finally:
        lock.unlock()
    assert done.returncode == 1
    dialog = done.stderr[done.stderr.index("dialog:"):]
    assert "already open" in dialog and f"Not imported:\n{card}\n" in dialog
    assert "File ▸ Import contacts in the open window" in dialog


def test_second_writer_waits_for_the_lock_and_loses_nothing(db_path: str) -> None:
    with db.atomic():  # the window is in the middle of a save...
        create_contact(ContactInput(first_name="Held"))
        seeder = subprocess.Popen(  # ...while a seeding command writes from another process
            [sys.executable, "main.py", "seed", "--contacts", "150", "--db", db_path],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        time.sleep(1.0)
        released = time.monotonic()
    out, err = seeder.communicate(timeout=60)
    finished = time.monotonic()
    assert seeder.returncode == 0, err
    assert finished > released
    assert db.execute_sql("SELECT count(*) FROM contact").fetchone()[0] == 151
    assert full_check(db_path).ok


def test_retry_when_busy_runs_the_action_again() -> None:
    calls = []

    def flaky() -> str:
        calls.append(1)
        if len(calls) < 3:
            raise peewee.OperationalError("database is locked")
        return "saved"

    assert retry_when_busy(flaky, first_delay=0.001) == "saved" and len(calls) == 3
    with pytest.raises(peewee.OperationalError, match="no such table"):
        retry_when_busy(lambda: (_ for _ in ()).throw(peewee.OperationalError("no such table")))
    assert is_busy(sqlite3.OperationalError("database is busy"))
    assert not is_busy(ValueError("locked"))


def _hold_write_lock(path: str, seconds: float) -> threading.Thread:
    started = threading.Event()

    def hold() -> None:
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        started.set()
        time.sleep(seconds)
        other.execute("ROLLBACK")
        other.close()

    thread = threading.Thread(target=hold)
    thread.start()
    started.wait(5)
    return thread


def test_ui_save_retries_through_a_lock_held_past_busy_timeout(db_path: str) -> None:
    db.execute_sql("PRAGMA busy_timeout = 50")
    holder = _hold_write_lock(db_path, 0.4)
    with pytest.raises(peewee.OperationalError):  # without a retry the save would fail
        create_contact(ContactInput(first_name="Too soon"))
    saved = retry_when_busy(lambda: create_contact(ContactInput(first_name="Patient")))
    holder.join()
    names = [r[0] for r in db.execute_sql("SELECT first_name FROM contact WHERE id = ?",
                                          (saved.contact_id,))]
    assert names == ["Patient"]
    assert db.execute_sql("SELECT count(*) FROM contact").fetchone()[0] == 1


def test_lock_held_for_too_long_gives_a_clear_error_and_saves_nothing(db_path: str) -> None:
    db.execute_sql("PRAGMA busy_timeout = 20")
    holder = _hold_write_lock(db_path, 0.6)
    try:
        with pytest.raises(DatabaseBusyError, match="Nothing was saved"):
            retry_when_busy(lambda: create_contact(ContactInput(first_name="Never")),
                            attempts=3, first_delay=0.05)
    finally:
        holder.join()
    assert db.execute_sql("SELECT count(*) FROM contact").fetchone()[0] == 0
