"""Every released schema version upgrades to the latest with its data; a failed upgrade
changes nothing."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from app.db import migrations
from app.db.backup import list_backups
from app.db.connection import close_database, db, open_database
from app.db.integrity import full_check
from app.db.migrations import LATEST_VERSION, MigrationError
from tests.data.make_fixtures import fixture_path
from tests.samples import dump_file


def test_there_is_a_fixture_for_every_schema_version() -> None:
    missing = [v for v in range(1, LATEST_VERSION + 1) if not fixture_path(v).is_file()]
    assert not missing, "run `python -m tests.data.make_fixtures` and commit the new files"


@pytest.mark.parametrize("version", range(1, LATEST_VERSION + 1))
def test_fixture_upgrades_to_latest_with_its_data(version: int, tmp_path: Path) -> None:
    path = tmp_path / "calldesk.db"
    shutil.copyfile(fixture_path(version), path)
    open_database(path)
    try:
        assert migrations.schema_version(db.obj) == LATEST_VERSION
        from app.db.contact_list import ContactQuery, contact_count, fetch_contacts
        from app.services.contacts import get_contact

        assert contact_count() == 3
        priya = get_contact(1)
        assert (priya.display_name, priya.notes) == ("Priya Sharma", "Wants bulk pricing 📦")
        assert [p.e164 for p in priya.phones] == ["+919876543210", "+912226591234"]
        assert [e.address for e in priya.emails] == ["priya@example.com"]
        assert get_contact(2).display_name == "राजेश कुमार"
        assert get_contact(3).phones[0].unparsed
        found = fetch_contacts(ContactQuery(text="राजेश"))
        assert [r.id for r in found] == [2]
        assert [r.id for r in fetch_contacts(ContactQuery(text="2659"))] == [1]
        lines = db.execute_sql(
            "SELECT description, quantity, line_total_minor FROM quote_line "
            "WHERE quote_id = 1 ORDER BY position").fetchall()
        assert lines == [("PVC pipe 20 mm", "20", 91000), ("Delivery", "1", 0)]
        assert db.execute_sql("SELECT total_minor FROM quote").fetchone()[0] == 107380
        assert db.execute_sql("SELECT count(*) FROM appointment").fetchone()[0] == 1
        assert db.execute_sql("SELECT value FROM setting WHERE key = 'company_name'"
                              ).fetchone()[0] == "Sharma & Sons"
    finally:
        close_database()
    assert full_check(path).ok
    upgraded = version < LATEST_VERSION
    assert bool(list_backups(path)) == upgraded  # a copy is kept before upgrading


@pytest.mark.parametrize("version", range(1, LATEST_VERSION + 1))
def test_failed_upgrade_rolls_back_and_leaves_the_file_as_it_was(
    version: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "calldesk.db"
    shutil.copyfile(fixture_path(version), path)
    before = dump_file(path)
    broken = "CREATE TABLE half_done (x INTEGER);\nINSERT INTO no_such_table VALUES (1);"
    monkeypatch.setattr(migrations, "STEPS", [*migrations.STEPS, broken])
    monkeypatch.setattr(migrations, "LATEST_VERSION", LATEST_VERSION + 1)
    with pytest.raises(MigrationError, match="nothing was changed"):
        open_database(path)
    close_database()
    assert dump_file(path) == before
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == version
    conn.close()
    assert full_check(path).ok
    copies = list_backups(path)
    assert len(copies) == 1 and dump_file(copies[0].path) == before


def test_database_from_a_newer_calldesk_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "calldesk.db"
    shutil.copyfile(fixture_path(LATEST_VERSION), path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()
    before = dump_file(path)
    with pytest.raises(MigrationError, match="newer"):
        open_database(path)
    close_database()
    assert dump_file(path) == before
