"""An export or a backup never writes over the database, its companion files or its backups."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from app.cli import main as cli_main
from app.db.connection import close_database, open_database
from app.services.contact_types import ContactInput
from app.services.contacts import create_contact


def _database(path: Path) -> Path:
    open_database(path)
    create_contact(ContactInput(first_name="Asha", last_name="Rao"))
    close_database()
    return path


def _contacts(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return int(conn.execute("SELECT count(*) FROM contact").fetchone()[0])


def test_exporting_contacts_onto_the_database_itself_is_refused(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = _database(tmp_path / "contacts.csv")  # a database that happens to be named .csv
    code = cli_main(["--db", str(db), "export", "contacts", str(db)])
    err = capsys.readouterr().err
    assert code != 0
    assert "contacts.csv is the database" in err
    assert _contacts(db) == 1  # still a database, with its contact


@pytest.mark.parametrize("link", ["symlink", "hardlink", "relative"])
def test_other_names_for_the_database_are_refused(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], link: str) -> None:
    db = _database(tmp_path / "calldesk.db")
    other = tmp_path / "sub" / "export.csv"
    other.parent.mkdir()
    if link == "symlink":
        other.symlink_to(db)
    elif link == "hardlink":
        os.link(db, other)
    else:
        other = tmp_path / "sub" / ".." / "calldesk.db"
    assert cli_main(["--db", str(db), "export", "contacts", str(other)]) != 0
    assert "is the database" in capsys.readouterr().err
    assert _contacts(db) == 1


@pytest.mark.parametrize("suffix", ["-wal", "-shm"])
def test_companion_files_are_refused_for_every_export(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str) -> None:
    db = _database(tmp_path / "calldesk.db")
    companion = f"{db}{suffix}"
    for command in (
        ["export", "appointments", companion],
        ["backup", companion],
    ):
        Path(companion).touch()
        assert cli_main(["--db", str(db), *command]) != 0, command
        assert f"database's {suffix} file" in capsys.readouterr().err
    assert _contacts(db) == 1


def test_backup_onto_an_existing_backup_or_the_database_is_refused(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = _database(tmp_path / "calldesk.db")
    assert cli_main(["--db", str(db), "backup"]) == 0
    [made] = (tmp_path / "backups").iterdir()
    capsys.readouterr()
    assert cli_main(["--db", str(db), "backup", str(db)]) != 0
    assert "is the database" in capsys.readouterr().err
    assert cli_main(["--db", str(db), "export", "contacts", str(made)]) != 0
    assert "backups" in capsys.readouterr().err
    assert _contacts(made) == 1


def test_an_export_never_replaces_another_database(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = _database(tmp_path / "calldesk.db")
    other = _database(tmp_path / "other.csv")
    assert cli_main(["--db", str(db), "export", "contacts", str(other)]) != 0
    assert "is a database file" in capsys.readouterr().err
    assert _contacts(other) == 1
    # A plain file of that kind is replaced as before.
    target = tmp_path / "out.csv"
    target.write_text("old")
    assert cli_main(["--db", str(db), "export", "contacts", str(target)]) == 0
    assert "Asha" in target.read_text(encoding="utf-8-sig")


def test_quote_pdf_onto_the_database_is_refused(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from app.seed.demo import seed_demo
    from app.services.settings import set_default_region

    db = tmp_path / "quotes.pdf"
    open_database(db)
    set_default_region("IN")
    seed_demo(generated=5)
    [(number,)] = sqlite3.connect(db).execute(
        "SELECT number FROM quote WHERE number IS NOT NULL ORDER BY id LIMIT 1").fetchall()
    close_database()
    assert cli_main(["--db", str(db), "quote", "pdf", number, str(db)]) != 0
    assert "is the database" in capsys.readouterr().err
    assert sqlite3.connect(db).execute("PRAGMA quick_check").fetchone()[0] == "ok"
