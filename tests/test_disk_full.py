"""A full disk is named as such, nothing is half saved, and no half backup is left behind."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

import pytest

from app.cli import main as cli_main
from app.db import connection
from app.db.backup import BackupError, take_backup
from app.db.connection import close_database, db, open_database
from app.services.contact_types import ContactInput
from app.services.contacts import create_contact


def _csv(path: Path, rows: int) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        handle.write("First Name,Last Name,Notes\n")
        for i in range(rows):
            handle.write(f"Asha{i},Rao{i},{'n' * 300}\n")
    return path


def _fill_limit(monkeypatch: pytest.MonkeyPatch, db_file: Path, spare_pages: int) -> None:
    """Every connection the command opens may grow the file by *spare_pages* pages only: to
    SQLite that is exactly a full disk (SQLITE_FULL)."""
    with sqlite3.connect(db_file) as conn:
        pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    monkeypatch.setitem(connection.PRAGMAS, "max_page_count", pages + spare_pages)


def test_import_on_a_full_disk_says_the_disk_is_full(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    db_file = tmp_path / "calldesk.db"
    open_database(db_file)
    close_database()
    _fill_limit(monkeypatch, db_file, 40)
    code = cli_main(["--db", str(db_file), "import", str(_csv(tmp_path / "in.csv", 3000)),
                     "--region", "IN"])
    err = capsys.readouterr().err
    assert code != 0
    assert "disk is full" in err.lower()
    assert "cannot rollback" not in err
    assert len(err.strip().splitlines()) == 1
    with sqlite3.connect(db_file) as conn:  # nothing of the import is there
        assert conn.execute("SELECT count(*) FROM contact").fetchone()[0] == 0


def test_a_save_on_a_full_disk_keeps_the_cause(db_path: str) -> None:
    pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
    db.execute_sql(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(Exception, match="disk is full") as caught:
        for _ in range(50):
            create_contact(ContactInput(first_name="A" * 3000, notes="n" * 20_000))
    assert "cannot rollback" not in str(caught.value)
    db.execute_sql("PRAGMA max_page_count = 1073741823")
    create_contact(ContactInput(first_name="After"))  # the connection still works


class _FullDisk(sqlite3.Connection):
    """A source connection whose copy runs out of disk half way."""

    def backup(self, target, *args, **kwargs):  # type: ignore[override]
        target.execute("CREATE TABLE half (x)")
        target.commit()
        raise sqlite3.OperationalError("database or disk is full")


def test_backup_on_a_full_disk_leaves_no_half_file(db_path: str) -> None:
    create_contact(ContactInput(first_name="Asha"))
    source = sqlite3.connect(db_path, factory=_FullDisk)
    try:
        with pytest.raises(BackupError, match="disk is full"):
            take_backup(db_path, "manual", connection=source)
    finally:
        source.close()
    folder = Path(db_path).parent / "backups"
    assert list(folder.iterdir()) == []


def test_backup_whose_flush_fails_leaves_no_half_file(
        db_path: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_space(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr("app.db.backup.os.fsync", no_space)
    with pytest.raises(BackupError, match="disk is full"):
        take_backup(db_path, "manual")
    assert list((Path(db_path).parent / "backups").iterdir()) == []
    dest = tmp_path / "usb"
    dest.mkdir()
    with pytest.raises(BackupError, match="disk is full"):
        take_backup(db_path, "manual", dest=dest)
    assert list(dest.iterdir()) == []
