"""Backups: online copies that include uncommitted-to-file WAL data, rotation, restore, CLI."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.db.backup import (
    KEEP_LAST,
    BackupError,
    backup_contact_count,
    backup_dir,
    backup_if_changed,
    backups_to_keep,
    list_backups,
    parse_backup_name,
    prune_backups,
    restore_backup,
    take_backup,
)
from app.db.connection import close_database, db, open_database
from app.services.contact_types import ContactInput, PhoneInput
from app.services.contacts import create_contact

ROOT = Path(__file__).resolve().parents[1]
NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)


def _names(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT first_name FROM contact ORDER BY id")]
    finally:
        conn.close()


def test_backup_while_open_contains_committed_wal_data(db_path: str) -> None:
    create_contact(ContactInput(first_name="Asha", phones=[PhoneInput("+919876543210")]))
    assert Path(db_path + "-wal").stat().st_size > 0  # the row is still only in the WAL
    made = take_backup(db_path, "manual", connection=db.connection())
    assert made.parent == backup_dir(db_path)
    assert _names(made) == ["Asha"]
    assert not Path(f"{made}-wal").exists()
    assert backup_contact_count(made) == 1
    assert [b.path for b in list_backups(db_path)] == [made]


def test_backup_names_round_trip() -> None:
    parsed = parse_backup_name("calldesk-20260615T120000123456Z-start.db")
    assert parsed == ("calldesk", datetime(2026, 6, 15, 12, 0, 0, 123456, tzinfo=UTC), "start")
    assert parse_backup_name("calldesk.db") is None
    assert parse_backup_name("calldesk-20260615T120000Z-auto.db.partial") is None


def test_rotation_keeps_last_ten_daily_for_two_weeks_and_monthly() -> None:
    # Every 30 minutes for 90 days: 4,320 backups.
    times = [NOW - timedelta(minutes=30 * i) for i in range(90 * 48)]
    keep = backups_to_keep(times, NOW)
    assert set(times[:KEEP_LAST]) <= keep
    days = {t.date() for t in keep if t > NOW - timedelta(days=14)}
    assert len(days) == 14
    months = {(t.year, t.month) for t in keep}
    assert months == {(t.year, t.month) for t in times}
    # the newest of each day / month is what survives, not an arbitrary one
    for day in days:
        newest = max(t for t in times if t.date() == day)
        assert newest in keep
    oldest_month = min(months)
    assert max(t for t in times if (t.year, t.month) == oldest_month) in keep
    assert len(keep) <= KEEP_LAST + 14 + len(months)
    assert len(keep) < 40


def test_rotation_of_few_backups_keeps_all() -> None:
    times = [NOW - timedelta(hours=i) for i in range(5)]
    assert backups_to_keep(times, NOW) == set(times)
    assert backups_to_keep([], NOW) == set()


def test_prune_deletes_only_what_rotation_drops(tmp_path: Path) -> None:
    path = tmp_path / "calldesk.db"
    sqlite3.connect(path).execute("CREATE TABLE contact (first_name TEXT)").connection.close()
    # 30 hourly backups, oldest first, up to 12:00: the 10 newest (03:00-12:00 today) and
    # the newest of yesterday (23:00) survive, each prune running as the backup is taken.
    made = {h: take_backup(path, "auto", now=NOW - timedelta(hours=h)) for h in range(29, -1, -1)}
    left = {b.path for b in list_backups(path)}
    assert left == {made[h] for h in range(10)} | {made[13]}
    assert prune_backups(path, now=NOW) == []
    other = backup_dir(path) / "notes.txt"
    other.write_text("mine")
    prune_backups(path, now=NOW + timedelta(days=400))
    assert other.exists()


def test_backup_if_changed_skips_an_unchanged_file(tmp_path: Path) -> None:
    path = tmp_path / "calldesk.db"
    assert backup_if_changed(path, "start") is None  # nothing to back up yet
    open_database(path)
    create_contact(ContactInput(first_name="Ravi"))
    close_database()
    first = backup_if_changed(path, "start")
    assert first is not None
    assert backup_if_changed(path, "start") is None
    open_database(path)
    create_contact(ContactInput(first_name="Meera"))
    close_database()
    second = backup_if_changed(path, "start")
    assert second is not None and _names(second) == ["Ravi", "Meera"]


def test_restore_keeps_the_current_file_as_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "calldesk.db"
    open_database(path)
    create_contact(ContactInput(first_name="Old"))
    close_database()
    old = take_backup(path, "manual")
    open_database(path)
    create_contact(ContactInput(first_name="New"))
    close_database()  # leaves a -wal beside the file on some systems; restore must cope
    kept = restore_backup(old, path)
    assert _names(path) == ["Old"]
    assert kept is not None and _names(kept) == ["Old", "New"]
    open_database(path)
    try:
        assert db.execute_sql("PRAGMA quick_check").fetchone()[0] == "ok"
        create_contact(ContactInput(first_name="After"))
    finally:
        close_database()
    assert _names(path) == ["Old", "After"]


def test_restore_over_a_destroyed_file_moves_it_aside(tmp_path: Path) -> None:
    path = tmp_path / "calldesk.db"
    open_database(path)
    create_contact(ContactInput(first_name="Saved"))
    close_database()
    good = take_backup(path, "manual")
    path.write_bytes(b"this is not a database" * 200)
    assert restore_backup(good, path) is None
    assert _names(path) == ["Saved"]
    assert len(list(tmp_path.glob("calldesk.db.damaged-*"))) == 1


def test_restore_refuses_a_damaged_backup(tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"garbage" * 1000)
    target = tmp_path / "calldesk.db"
    target.write_bytes(b"")
    with pytest.raises(BackupError):
        restore_backup(bad, target)


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)


def test_cli_backup_into_folder_and_to_a_destination(tmp_path: Path) -> None:
    path = tmp_path / "calldesk.db"
    open_database(path)
    create_contact(ContactInput(first_name="Kiran"))
    close_database()
    done = _cli("backup", "--db", str(path))
    assert done.returncode == 0, done.stderr
    assert len(list_backups(path)) == 1
    dest = tmp_path / "usb" / "copy.db"
    done = _cli("backup", "--db", str(path), str(dest))
    assert done.returncode == 0, done.stderr
    assert _names(dest) == ["Kiran"]
    missing = _cli("backup", "--db", str(tmp_path / "nope.db"))
    assert missing.returncode == 1 and "no database" in missing.stderr
    assert "Traceback" not in missing.stderr
