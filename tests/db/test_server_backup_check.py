"""`backup` and `check` against a PostgreSQL server: a dump that pg_restore turns back into the
same data, a clear line when pg_dump is missing or the server cannot be used, and a check
that names what is wrong and exits non-zero."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from app.cli import main
from app.db.copy_database import compare_databases
from tests import pg_server
from tests.pg_fixtures import fresh_name, seed_small, server_database_fixture  # noqa: F401


def _dumps(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.dump*")) if folder.exists() else []


def test_backup_dump_restores_to_the_same_data(tmp_path: Path, server_database: str,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    seed_small(server_database)
    assert main(["--db", server_database, "backup", str(tmp_path / "dumps") + "/"]) == 0
    out = capsys.readouterr().out
    (dump,) = _dumps(tmp_path / "dumps")
    assert dump.suffix == ".dump" and str(dump) in out and "pg_restore" in out

    name = fresh_name()
    pg_server.admin_execute(f'CREATE DATABASE "{name}"')
    try:
        restored = pg_server.url_for(name)
        done = subprocess.run([shutil.which("pg_restore") or "pg_restore", "--no-owner",
                               f"--dbname={restored}", str(dump)],
                              capture_output=True, text=True, check=False)
        assert done.returncode == 0, done.stderr
        checks = compare_databases(server_database, restored)
        assert {c.table for c in checks} >= {"contact", "call", "quote_line", "appointment"}
        assert all(c.ok for c in checks), [c for c in checks if not c.ok]
        assert next(c for c in checks if c.table == "contact").target_rows == 400
    finally:
        pg_server.drop_database(name)


def test_backup_without_dest_goes_to_the_data_folder(tmp_path: Path, server_database: str,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    seed_small(server_database)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert main(["--db", server_database, "backup"]) == 0
    (dump,) = _dumps(tmp_path / "data")
    assert dump.parent == tmp_path / "data" / "CallDesk" / "server-backups"
    assert dump.name.startswith(server_database.rsplit("/", 1)[1] + "-")
    assert dump.name.endswith("-manual.dump") and dump.stat().st_size > 10_000


def test_backup_without_pg_dump_says_so_and_writes_nothing(
        tmp_path: Path, server_database: str, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    seed_small(server_database)
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))
    assert main(["--db", server_database, "backup", str(tmp_path)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "pg_dump is not on the PATH" in err
    assert _dumps(tmp_path) == []


def test_backup_of_an_unreachable_database_is_one_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.pg_fixtures import require_server

    require_server()
    missing = pg_server.url_for(fresh_name())
    wrong = pg_server.url_for("postgres", user="postgres", password="not-the-password")
    port = urlsplit(wrong).port
    wrong = wrong.replace(f":{port}/", ":1/", 1)  # nothing listens on port 1
    assert ":1/" in wrong
    for url, expected in ((missing, "no database named"), (wrong, "no PostgreSQL server")):
        assert main(["--db", url, "backup", str(tmp_path)]) == 1
        err = capsys.readouterr().err.strip()
        assert err.count("\n") == 0 and expected in err, err
        assert "not-the-password" not in err
    assert _dumps(tmp_path) == []


def test_check_prints_version_and_counts(server_database: str,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    seed_small(server_database)
    assert main(["--db", server_database, "check"]) == 0
    out = capsys.readouterr().out
    assert "schema version: " in out and "integrity: ok" in out
    counts = dict(line.split() for line in out.splitlines() if line.startswith("  "))
    assert counts["contact"] == "400" and counts["call"] == "1,200"


def _check_problems(url: str, capsys: pytest.CaptureFixture[str]) -> list[str]:
    assert main(["--db", url, "check"]) == 2
    out = capsys.readouterr().out
    return [line[4:] for line in out.splitlines() if line.startswith("  - ")]


def test_check_names_each_problem_and_exits_non_zero(
        server_database: str, capsys: pytest.CaptureFixture[str]) -> None:
    seed_small(server_database)
    import psycopg

    with psycopg.connect(server_database, autocommit=True) as conn:
        conn.execute("UPDATE counter SET value = value + 5 WHERE name = 'contact'")
        conn.execute("ALTER TABLE contact DISABLE TRIGGER contact_search_doc")
        conn.execute("UPDATE contact SET first_name = 'Zed' WHERE id = 3")
    problems = _check_problems(server_database, capsys)
    assert "row counter for contact says 405, the table has 400" in problems
    assert "trigger contact_search_doc on contact is disabled" in problems
    assert "search index: 1 contacts have a stale entry" in problems

    with psycopg.connect(server_database, autocommit=True) as conn:
        conn.execute("UPDATE schema_version SET version = 99")
    assert any("newer than this CallDesk" in p for p in _check_problems(server_database, capsys))


def test_check_of_a_missing_database_or_foreign_one_fails(
        server_database: str, capsys: pytest.CaptureFixture[str]) -> None:
    missing = pg_server.url_for(fresh_name())
    (problem,) = _check_problems(missing, capsys)
    assert "no database named" in problem
    # A database CallDesk never set up: said so, and nothing is created in it.
    (problem,) = _check_problems(server_database, capsys)
    assert "no CallDesk schema" in problem
    import psycopg

    with psycopg.connect(server_database) as conn:
        assert conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
                            ).fetchone()[0] == 0


def test_check_by_a_seller_says_it_needs_the_owner(server_database: str,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """A seller sees the rows row-level security lets through; counting those against the
    counters would report damage that is not there."""
    seed_small(server_database)
    name = server_database.rsplit("/", 1)[1]
    monkeypatch.setenv("CALLDESK_NEW_PASSWORD", "pw-seller-1")
    assert main(["--db", server_database, "users", "add", f"{name}_seller", "--name", "S",
                 "--role", "seller"]) == 0
    capsys.readouterr()
    seller = pg_server.url_for(name, user=f"{name}_seller", password="pw-seller-1")
    (problem,) = _check_problems(seller, capsys)
    assert "row-level security" in problem and "counter" not in problem
