"""Integrity checks: `check` passes a sound file and names the problem in a damaged one."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from app.db.connection import close_database, open_database
from app.db.integrity import full_check, quick_check
from app.services.contact_types import ContactInput, PhoneInput
from app.services.contacts import create_contact

ROOT = Path(__file__).resolve().parents[1]


def _make(path: Path, contacts: int = 3) -> None:
    open_database(path)
    for i in range(contacts):
        phones = [PhoneInput(f"+9198765{i:05d}")]
        create_contact(ContactInput(first_name=f"Person {i}", phones=phones))
    close_database()


def _check(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "main.py", "check", "--db", str(path)], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)


def test_sound_database_passes_with_version_and_counts(tmp_path: Path) -> None:
    path = tmp_path / "calldesk.db"
    _make(path)
    assert quick_check(path) == []
    report = full_check(path)
    assert report.ok and report.schema_version == report.latest_version
    assert report.row_counts["contact"] == 3 and report.row_counts["phone"] == 3
    assert "contact_fts_data" not in report.row_counts
    done = _check(path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"schema version: {report.latest_version}" in done.stdout
    assert "integrity: ok" in done.stdout
    assert any(line.split()[:2] == ["contact", "3"] for line in done.stdout.splitlines())


def test_counter_drift_and_broken_foreign_keys_are_problems(tmp_path: Path) -> None:
    path = tmp_path / "calldesk.db"
    _make(path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE counter SET value = 99 WHERE name = 'contact'")
    conn.execute("INSERT INTO phone (contact_id, raw) VALUES (12345, 'x')")  # FKs off here
    conn.commit()
    conn.close()
    report = full_check(path)
    assert any("counter for contact says 99" in p for p in report.problems)
    assert any("phone row" in p and "missing contact" in p for p in report.problems)
    done = _check(path)
    assert done.returncode != 0
    assert "problem" in done.stdout


def test_search_index_out_of_step_is_found(tmp_path: Path) -> None:
    path = tmp_path / "calldesk.db"
    _make(path)
    conn = sqlite3.connect(path)
    conn.execute("DROP TRIGGER contact_fts_update")
    conn.execute("UPDATE contact SET first_name = 'Changed' WHERE id = 1")
    conn.commit()
    conn.close()
    assert any("contact_fts" in p for p in full_check(path).problems)


def test_damaged_file_fails_quick_and_full_check(tmp_path: Path) -> None:
    path = tmp_path / "calldesk.db"
    _make(path, contacts=300)
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(3 * page, len(data) - page, 2 * page):  # scribble over many pages
        data[offset + 8: offset + 200] = b"\xff" * 192
    path.write_bytes(bytes(data))
    assert quick_check(path)
    assert not full_check(path).ok
    done = _check(path)
    assert done.returncode != 0 and "Traceback" not in done.stderr


def test_missing_and_non_database_files(tmp_path: Path) -> None:
    assert quick_check(tmp_path / "nope.db")
    junk = tmp_path / "junk.db"
    junk.write_text("hello, not sqlite" * 100)
    assert quick_check(junk)
    done = _check(junk)
    assert done.returncode != 0 and "not a readable database" in done.stdout
