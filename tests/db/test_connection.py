"""Opening a database: pragmas, and a clear error for a file that is not one."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.db.connection import BUSY_TIMEOUT_MS, DatabaseOpenError, db, open_database


def _pragma(name: str) -> object:
    return db.execute_sql(f"PRAGMA {name}").fetchone()[0]


@pytest.mark.sqlite_only
def test_open_database_sets_the_pragmas(db_path: str) -> None:
    assert _pragma("journal_mode") == "wal"
    assert _pragma("synchronous") == 1  # NORMAL
    assert _pragma("foreign_keys") == 1
    assert _pragma("busy_timeout") == BUSY_TIMEOUT_MS
    assert BUSY_TIMEOUT_MS >= 1000


def test_open_database_creates_missing_folders(tmp_path: Path) -> None:
    path = tmp_path / "new" / "deeper" / "calldesk.db"
    database = open_database(path)
    try:
        assert path.exists()
        assert database.execute_sql("SELECT count(*) FROM contact").fetchone()[0] == 0
    finally:
        database.close()


def test_a_text_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("shopping list: milk, eggs\n" * 20, encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(DatabaseOpenError, match="notes.db is not a database"):
        open_database(path)
    assert path.read_bytes() == before
