"""move-to: a whole database copied between engines with its ids, proven by counts and
checksums, the source untouched, and a target that is not empty (or not reachable) refused
with one line and nothing written."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from app.cli import main
from app.db.connection import close_database, db, open_database
from app.db.copy_database import MoveError, compare_databases, move_database
from tests import pg_server
from tests.engines import check_search_index, schema_objects
from tests.pg_fixtures import seed_small, server_database_fixture  # noqa: F401


def _seeded_file(path: Path) -> Path:
    seed_small(str(path))
    return path


def _file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
                for t in ("contact", "phone", "email", "call", "appointment", "rep", "product",
                          "product_addon", "quote", "quote_line", "setting", "call_outcome",
                          "app_user")}
    finally:
        conn.close()


def _constraints() -> list[tuple[object, ...]]:
    return [tuple(r) for r in db.execute_sql(
        "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint "
        "WHERE connamespace = current_schema()::regnamespace ORDER BY 1, 2").fetchall()]


def _sums(report) -> dict[str, tuple[int, str]]:  # type: ignore[no-untyped-def]
    return {t.table: (t.target_rows, t.target_sum) for t in report.tables}


def test_round_trip_file_server_file_keeps_every_row(tmp_path: Path,
                                                     server_database: str) -> None:
    source = _seeded_file(tmp_path / "source.db")
    before = _file_digest(source)
    expected = _counts(source)
    up = move_database(str(source), server_database)
    back_path = tmp_path / "back.db"
    back = move_database(server_database, str(back_path))

    assert up.ok and back.ok
    assert _sums(up) == _sums(back)  # same rows, same bytes, whichever engine held them
    assert {t: _sums(back)[t][0] for t in expected} == expected
    assert expected["contact"] == 400 and expected["quote_line"] > 0
    assert _file_digest(source) == before, "the source file was written"
    wal = Path(f"{source}-wal")  # a read-only reader may leave an empty log, never data
    assert not wal.exists() or wal.stat().st_size == 0

    from app.db.integrity import full_check

    report = full_check(back_path)  # search indexes and row counters rebuilt and right
    assert report.ok, report.problems
    assert report.row_counts["contact"] == 400


def test_moved_server_database_searches_counts_and_takes_new_rows(
        tmp_path: Path, server_database: str) -> None:
    source = _seeded_file(tmp_path / "source.db")
    conn = sqlite3.connect(source)
    first, largest = conn.execute(
        "SELECT first_name, (SELECT max(id) FROM contact) FROM contact WHERE id = 7").fetchone()
    (owner_id,) = conn.execute("SELECT id FROM app_user WHERE role = 'owner'").fetchone()
    conn.close()
    fresh_name, fresh_url = pg_server.new_database()
    open_database(fresh_url)
    fresh_schema = schema_objects() + _constraints()
    close_database()
    pg_server.drop_database(fresh_name)
    move_database(str(source), server_database)

    open_database(server_database)
    # Indexes, foreign keys and triggers set aside for the load are all back.
    assert schema_objects() + _constraints() == fresh_schema
    assert db.execute_sql("SELECT count(*) FROM pg_constraint WHERE contype = 'f' "
                          "AND NOT convalidated").fetchone()[0] == 0
    assert db.execute_sql("SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal "
                          "AND tgenabled = 'D'").fetchone()[0] == 0
    check_search_index()
    from app.db.contact_list import ContactQuery, contact_count, fetch_contacts
    from app.services.contact_types import ContactInput
    from app.services.contacts import create_contact

    assert contact_count() == 400
    assert 7 in [row.id for row in fetch_contacts(ContactQuery(first), limit=500)]
    added = create_contact(ContactInput(first_name="Asha", last_name="Rao"))
    assert added.contact_id == largest + 1  # the id sequence continues after the copied ids
    assert contact_count() == 401

    # The file's owner is the login that made the move, and keeps its records.
    from app.db.users import current_user

    me = current_user()
    assert (me.id, me.role) == (owner_id, "owner")
    assert me.login == db.execute_sql("SELECT session_user").fetchone()[0]
    assert db.execute_sql("SELECT user_id FROM contact WHERE id = ?",
                          (added.contact_id,)).fetchone()[0] == owner_id


def test_refuses_a_target_that_is_not_empty(tmp_path: Path, server_database: str,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    source = _seeded_file(tmp_path / "source.db")
    open_database(server_database)
    from app.services.contact_types import ContactInput
    from app.services.contacts import create_contact

    create_contact(ContactInput(first_name="Already", last_name="Here"))
    close_database()

    assert main(["--db", str(source), "move-to", server_database]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "not empty" in err and "rows" in err
    open_database(server_database)
    assert db.execute_sql("SELECT count(*) FROM contact").fetchone()[0] == 1


def test_refuses_an_existing_file_with_data(tmp_path: Path) -> None:
    source = _seeded_file(tmp_path / "source.db")
    other = _seeded_file(tmp_path / "other.db")
    before = _file_digest(other)
    with pytest.raises(MoveError, match="not empty"):
        move_database(str(source), str(other))
    assert _file_digest(other) == before


def test_a_row_the_server_refuses_leaves_the_target_empty(
        tmp_path: Path, server_database: str, capsys: pytest.CaptureFixture[str]) -> None:
    source = _seeded_file(tmp_path / "source.db")
    conn = sqlite3.connect(source)
    conn.execute("UPDATE call SET started_at = 'yesterday' WHERE id = 900")  # SQLite lets it in
    conn.commit()
    conn.close()

    assert main(["--db", str(source), "move-to", server_database]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "yesterday" in err and "call" in err
    open_database(server_database)
    for table in ("contact", "phone", "call"):  # one transaction: nothing of it stayed
        assert db.execute_sql(f"SELECT count(*) FROM {table}").fetchone()[0] == 0


def test_a_new_file_is_not_left_behind_when_the_copy_fails(tmp_path: Path) -> None:
    source = _seeded_file(tmp_path / "source.db")
    conn = sqlite3.connect(source)
    # A call pointing at no contact: the file target checks foreign keys at commit.
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("UPDATE call SET contact_id = 999999 WHERE id = 5")
    conn.commit()
    conn.close()
    target = tmp_path / "new.db"
    with pytest.raises(MoveError, match="no rows were written"):
        move_database(str(source), str(target))
    assert not target.exists() and not Path(f"{target}-wal").exists()


def test_bad_addresses_are_one_line_and_create_nothing(
        tmp_path: Path, server_database: str, capsys: pytest.CaptureFixture[str]) -> None:
    source = _seeded_file(tmp_path / "source.db")
    missing = pg_server.url_for(f"mv_{os.getpid()}_missing")
    wrong_login = pg_server.url_for("postgres", user="nobody_here", password="secret")
    cases = [
        (["--db", str(source), "move-to", missing], "no database named"),
        (["--db", str(source), "move-to", wrong_login], "nobody_here:***@"),
        (["--db", str(tmp_path / "absent.db"), "move-to", str(tmp_path / "new.db")],
         "no database at"),
        (["--db", str(source), "move-to", str(source)], "the source database itself"),
        (["--db", str(source), "move-to", str(tmp_path / "no" / "new.db")],
         "folder " + str(tmp_path / "no") + " does not exist"),
    ]
    for argv, expected in cases:
        assert main(argv) == 1
        err = capsys.readouterr().err.strip()
        assert err.startswith("error: ") and err.count("\n") == 0 and expected in err, err
        assert "secret" not in err
    assert not (tmp_path / "new.db").exists() and not (tmp_path / "no").exists()
    rows = pg_server.admin_execute("SELECT 1 FROM pg_database WHERE datname = %s",
                                   (missing.rsplit("/", 1)[1],))
    assert rows == []


def test_compare_names_the_table_that_differs(tmp_path: Path, server_database: str) -> None:
    source = _seeded_file(tmp_path / "source.db")
    move_database(str(source), server_database)
    back = tmp_path / "back.db"
    move_database(server_database, str(back))
    assert all(check.ok for check in compare_databases(str(back), server_database))

    open_database(server_database)
    db.execute_sql("UPDATE quote_line SET description = description || '!' WHERE id = 3")
    close_database()
    differing = [c.table for c in compare_databases(str(back), server_database) if not c.ok]
    assert differing == ["quote_line"]


def test_cli_prints_counts_and_checksums(tmp_path: Path, server_database: str,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    source = _seeded_file(tmp_path / "source.db")
    assert main(["--db", str(source), "move-to", server_database]) == 0
    out = capsys.readouterr().out
    contact_line = next(line for line in out.splitlines() if line.startswith("contact "))
    assert contact_line.split()[1:3] == ["400", "400"] and contact_line.endswith("ok")
    assert "moved " in out and server_database in out


@pytest.mark.parametrize(("role", "reason"), [
    ("seller", "row-level security"), ("rep", "permission denied")])
def test_only_the_owner_moves_a_server_database_out(
        tmp_path: Path, server_database: str, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str], role: str, reason: str) -> None:
    """Row-level security narrows what a seller or rep sees; a copy made through their login
    could look whole and be a part. It is refused in one line instead, and no file is left."""
    source = _seeded_file(tmp_path / "source.db")
    move_database(str(source), server_database)
    name = server_database.rsplit("/", 1)[1]
    login = f"{name}_{role}"
    monkeypatch.setenv("CALLDESK_NEW_PASSWORD", "pw-team-123")
    open_database(server_database)
    from app.db.models import Rep

    rep = Rep.select().first().name
    close_database()
    extra = ["--rep", rep] if role == "rep" else []
    assert main(["--db", server_database, "users", "add", login, "--name", "Team Member",
                 "--role", role, *extra]) == 0
    capsys.readouterr()
    as_member = pg_server.url_for(name, user=login, password="pw-team-123")
    target = tmp_path / "part.db"
    assert main(["--db", as_member, "move-to", str(target)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: ") and err.count("\n") == 0 and reason in err, err
    assert "pw-team-123" not in err
    assert not target.exists()


@pytest.mark.parametrize(("version", "expected"), [
    (99, "newer than this CallDesk"), (3, "open it once with this CallDesk"),
    (0, "not a CallDesk database")])
def test_a_source_of_another_schema_version_is_refused(tmp_path: Path, version: int,
                                                        expected: str) -> None:
    source = _seeded_file(tmp_path / "source.db")
    conn = sqlite3.connect(source)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()
    target = tmp_path / "new.db"
    with pytest.raises(MoveError, match=expected):
        move_database(str(source), str(target))
    assert not target.exists()
