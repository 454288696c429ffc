"""Schema steps: an old database upgrades with its data intact; a newer one is refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from peewee import SqliteDatabase

from app.db.connection import PRAGMAS, close_database, db, open_database
from app.db.contact_list import ContactQuery, contact_count, fetch_contacts
from app.db.migrations import LATEST_VERSION, MigrationError, migrate_to_latest, schema_version

NOW = 1_700_000_000


def _step1_database(path: Path) -> None:
    """A database as the first release left it, with a few contacts and phones."""
    database = SqliteDatabase(str(path), pragmas=PRAGMAS)
    database.connect()
    migrate_to_latest(database, str(path), target=1)
    assert schema_version(database) == 1
    conn = database.connection()
    conn.executemany(
        "INSERT INTO contact (id, first_name, last_name, name_key, company, city, notes, "
        "tags, primary_phone, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        [
            (1, "Asha", "Rao", "asha rao", "Rao Textiles", "Pune", "wants samples", "vip",
             "+919876543210", NOW, NOW),
            (2, "राजेश", "कुमार", "राजेश कुमार", "", "दिल्ली", "", "", "+14155550123", NOW, NOW),
            (3, "Jörg", "Weber", "jörg weber", "Weber & Söhne", "Köln", "", "", "", NOW, NOW),
        ],
    )
    conn.executemany(
        "INSERT INTO phone (contact_id, e164, raw, label, is_primary, digits) "
        "VALUES (?,?,?,?,?,?)",
        [(1, "+919876543210", "098765 43210", "mobile", 1, "919876543210"),
         (2, "+14155550123", "(415) 555-0123", "work", 1, "14155550123")],
    )
    conn.execute("INSERT INTO call (contact_id, direction, started_at, outcome, created_at) "
                 "VALUES (1, 'out', ?, 'connected', ?)", (NOW, NOW))
    database.close()


def _names(text: str) -> list[str]:
    return sorted(r.first_name for r in fetch_contacts(ContactQuery(text=text)))


def test_step1_database_upgrades_to_latest_with_data_intact(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _step1_database(path)
    open_database(path)
    try:
        assert schema_version(db) == LATEST_VERSION
        rows = db.execute_sql(
            "SELECT id, first_name, city, primary_phone FROM contact ORDER BY id").fetchall()
        assert rows == [(1, "Asha", "Pune", "+919876543210"),
                        (2, "राजेश", "दिल्ली", "+14155550123"),
                        (3, "Jörg", "Köln", "")]
        # Full-text and digit indexes cover rows written before they existed.
        assert _names("textiles") == ["Asha"]
        assert _names("samples") == ["Asha"]
        assert _names("राज") == ["राजेश"]
        assert _names("sohne") == ["Jörg"]
        assert _names("43210") == ["Asha"]
        assert _names("555 0123") == ["राजेश"]
        # Counters start from the rows already there.
        assert contact_count() == 3
        counters = dict(db.execute_sql("SELECT name, value FROM counter").fetchall())
        assert counters == {"contact": 3, "call": 1, "appointment": 0, "quote": 0}
    finally:
        close_database()


def test_a_copy_is_taken_before_migrating_an_existing_database(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _step1_database(path)
    open_database(path)
    close_database()
    copies = list((tmp_path / "backups").glob("*before-upgrade-v1*"))
    assert len(copies) == 1
    with sqlite3.connect(copies[0]) as copy:
        assert copy.execute("PRAGMA user_version").fetchone()[0] == 1
        assert copy.execute("SELECT count(*) FROM contact").fetchone()[0] == 3
    copy.close()


def test_a_new_database_needs_no_copy(tmp_path: Path) -> None:
    open_database(tmp_path / "fresh.db")
    close_database()
    assert list(tmp_path.rglob("*before-upgrade*")) == []


def test_an_up_to_date_database_is_not_copied_again(db_path: str, tmp_path: Path) -> None:
    close_database()
    open_database(db_path)
    assert list(tmp_path.rglob("*before-upgrade*")) == []


def test_a_newer_schema_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE contact (id INTEGER PRIMARY KEY)")
        conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()
    with pytest.raises(MigrationError, match=r"newer than this CallDesk.*update CallDesk"):
        open_database(path)
    close_database()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION + 1
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()
    assert tables == {"contact"}


def test_a_failing_step_leaves_the_previous_version(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from app.db import migrations

    path = tmp_path / "half.db"
    _step1_database(path)
    broken = [*migrations.STEPS]
    broken[2] = "CREATE TABLE counter (name TEXT); SELECT no_such_function();"
    monkeypatch.setattr(migrations, "STEPS", broken)
    with pytest.raises(MigrationError, match="nothing was changed"):
        open_database(path)
    assert schema_version(db) == 1  # every pending step is rolled back together
    assert db.execute_sql(
        "SELECT count(*) FROM sqlite_master WHERE name = 'counter'").fetchone()[0] == 0
    close_database()
