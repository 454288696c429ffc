"""The command line, run as a person runs it: a separate process, offscreen."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _run(*args: str, timeout: float = 60,
         config: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": "/nonexistent-xdg"}
    if config is not None:  # where QSettings keeps the user's window state
        env["XDG_CONFIG_HOME"] = str(config)
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout, check=False)


def _one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode != 0
    lines = [line for line in result.stderr.splitlines() if line.strip()
             and "propagateSizeHints" not in line]
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


def test_seed_fills_a_database(tmp_path: Path) -> None:
    db = tmp_path / "seeded.db"
    result = _run("seed", "--db", str(db), "--contacts", "200", "--seed", "4")
    assert result.returncode == 0, result.stderr
    assert "seeded 200 contacts" in result.stdout
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM contact").fetchone()[0] == 200
        assert conn.execute("SELECT value FROM counter WHERE name = 'contact'").fetchone()[0] == 200
        bad = conn.execute("SELECT count(*) FROM phone WHERE e164 NOT LIKE '+%'").fetchone()
        assert bad == (0,)
        assert conn.execute("SELECT value FROM setting WHERE key = 'default_region'"
                            ).fetchone() == ("IN",)
        scripts = conn.execute("SELECT count(*) FROM contact WHERE first_name GLOB '*[अ-ह]*'"
                               ).fetchone()[0]
    conn.close()
    assert scripts > 0  # Devanagari names among them


def test_screenshot_writes_pngs(tmp_path: Path) -> None:
    db = tmp_path / "shots.db"
    assert _run("seed", "--db", str(db), "--contacts", "30").returncode == 0
    out = tmp_path / "shots"
    result = _run("screenshot", str(out), "--db", str(db), config=tmp_path / "config")
    assert result.returncode == 0, result.stderr
    pngs = sorted(p.name for p in out.glob("*.png"))
    assert {"tab-contacts.png", "tab-calls.png", "contact-dialog.png", "compose-dialog.png",
            "compose-send-later.png", "undo-send.png", "outbox.png",
            "contact-timeline.png"} <= set(pngs)
    for png in out.glob("*.png"):
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert png.stat().st_size > 2000
    assert result.stdout.count(".png") == len(pngs)
    # The user's own window size and last tab are not replaced by the picture's.
    assert not [p for p in (tmp_path / "config").rglob("*") if p.is_file()]


@pytest.mark.parametrize(("option", "value"), [
    ("--contacts", "-5"), ("--contacts", "many"), ("--region", "XX"), ("--seed", "1.5")])
def test_bad_seed_options_are_one_line(tmp_path: Path, option: str, value: str) -> None:
    db = tmp_path / "x.db"
    line = _one_line_error(_run("seed", "--db", str(db), option, value))
    assert option in line
    assert not db.exists()  # refused before anything is created


def test_a_file_that_is_not_a_database_is_one_line(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("call Ravi back on Monday\n" * 50, encoding="utf-8")
    before = notes.read_bytes()
    line = _one_line_error(_run("seed", "--db", str(notes), "--contacts", "3"))
    assert line.startswith("error: ") and "notes.txt is not a database" in line
    assert "unexpected" not in line
    assert notes.read_bytes() == before
    gui = _one_line_error(_run("--db", str(notes), timeout=30, config=tmp_path / "cfg"))
    assert "notes.txt" in gui and "not a readable database" in gui
    assert notes.read_bytes() == before


def test_a_newer_database_is_one_line(tmp_path: Path) -> None:
    db = tmp_path / "future.db"
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA user_version = 999")
    conn.close()
    line = _one_line_error(_run("seed", "--db", str(db), "--contacts", "3"))
    assert "newer than this CallDesk" in line and "unexpected" not in line


def test_a_second_start_on_a_locked_database_is_refused(tmp_path: Path) -> None:
    from PySide6.QtCore import QLockFile

    db = tmp_path / "busy.db"
    lock = QLockFile(str(db) + ".lock")
    assert lock.tryLock(0)
    try:
        line = _one_line_error(_run("--db", str(db), timeout=30, config=tmp_path / "cfg"))
    finally:
        lock.unlock()
    assert "already open" in line and str(db) in line
    assert not db.exists()
    assert [p.name for p in tmp_path.iterdir()] == []  # not created, nothing left behind
