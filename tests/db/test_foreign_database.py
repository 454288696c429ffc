"""Another program's SQLite file is refused before anything is written to it."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from app.cli import main as cli_main
from app.db.connection import DatabaseOpenError, open_database


def _foreign(path: Path) -> str:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=delete")
    conn.execute("PRAGMA user_version=7")
    conn.execute("CREATE TABLE recipe (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO recipe (name) VALUES ('dal')")
    conn.commit()
    conn.close()
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _untouched(path: Path, digest: str) -> None:
    assert hashlib.sha256(path.read_bytes()).hexdigest() == digest
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # no -wal, -shm
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


@pytest.mark.parametrize("version", [7, 0])
def test_another_programs_database_is_refused_and_left_as_it_was(tmp_path: Path,
                                                                 version: int) -> None:
    path = tmp_path / "recipes.sqlite"
    digest = _foreign(path)
    if version == 0:
        with sqlite3.connect(path) as conn:
            conn.execute("PRAGMA user_version=0")
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(DatabaseOpenError, match="another program's SQLite database"):
        open_database(path)
    _untouched(path, digest)


def test_cli_says_so_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "recipes.sqlite"
    digest = _foreign(path)
    out = tmp_path / "out.csv"
    assert cli_main(["--db", str(path), "export", "contacts", str(out)]) != 0
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "another program's SQLite database" in err[0]
    assert "nothing was changed" in err[0]
    assert not out.exists()
    path.parent.joinpath("out.csv").unlink(missing_ok=True)
    _untouched(path, digest)


def test_an_empty_file_becomes_a_calldesk_database(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    path.touch()
    database = open_database(path)
    try:
        assert database.execute_sql("SELECT count(*) FROM contact").fetchone()[0] == 0
    finally:
        database.close()
