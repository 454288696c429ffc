"""Commands on a postgresql:// database: they work on a server database, and one the server
cannot give (missing, unknown login, nobody listening) is one line naming which, without the
password, and nothing is created."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.cli import main
from app.db.connection import close_database, open_database
from tests import pg_server
from tests.pg_fixtures import fresh_name, require_server, seed_small


@pytest.fixture()
def seeded_server() -> Iterator[str]:
    require_server()
    name, url = pg_server.new_database()
    seed_small(url)
    yield url
    close_database()
    pg_server.drop_database(name)


def test_commands_read_a_server_database(seeded_server: str, tmp_path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "all.csv"
    assert main(["--db", seeded_server, "export", "contacts", str(target)]) == 0
    assert len(target.read_text(encoding="utf-8-sig").splitlines()) == 401  # header + 400
    open_database(seeded_server)
    from app.db.models import Rep

    rep = Rep.select().first().name
    close_database()
    assert main(["--db", seeded_server, "agenda", "pdf", "--rep", rep, "--date",
                 "2026-01-05", str(tmp_path / "day.pdf")]) == 0
    assert (tmp_path / "day.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("command", [
    ["check"], ["backup"], ["export", "contacts", "out.csv"], ["demo", "remove"],
    ["agenda", "pdf", "--rep", "Ravi", "--date", "2026-01-05", "day.pdf"],
    ["quote", "pdf", "Q-0001", "q.pdf"], ["move-to", "copy.db"],
])
def test_a_server_that_cannot_be_used_is_one_line(command: list[str], tmp_path, monkeypatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    require_server()
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    missing = pg_server.url_for(fresh_name(), user="postgres", password="pw-s3cret")
    code = main(["--db", missing, *command])
    captured = capsys.readouterr()
    assert code == 2 if command == ["check"] else code == 1
    if code == 1:
        assert len(captured.err.strip().splitlines()) == 1, captured.err
    said = (captured.err + captured.out).strip().splitlines()
    line = next(text for text in said if "no database named" in text)
    assert "pw-s3cret" not in captured.err + captured.out and ":***@" in line
    assert "Traceback" not in captured.err
    assert sorted(p.name for p in tmp_path.iterdir()) == []
    name = missing.rsplit("/", 1)[1]
    assert pg_server.admin_execute("SELECT 1 FROM pg_database WHERE datname = %s",
                                   (name,)) == []


@pytest.mark.parametrize("command", [["check"], ["backup"], ["export", "contacts", "x.csv"],
                                     []])
def test_an_address_that_is_no_url_is_one_line_without_its_password(
        command: list[str], tmp_path, monkeypatch, capsys: pytest.CaptureFixture[str]) -> None:
    """A broken address (here an IPv6 host without its closing bracket) is named, with its
    password blanked, by every command and by the window; nothing is created."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    broken = "postgresql://bob:pw-s3cret@[::1/calldesk"
    # No command: the window, which on this headless platform says it on stderr.
    code = main(["--db", broken, *command])
    captured = capsys.readouterr()
    assert code in (1, 2)
    said = captured.err + captured.out
    assert "pw-s3cret" not in said and "***@[::1/calldesk" in said, said
    assert "Traceback" not in said
    assert sorted(p.name for p in tmp_path.iterdir()) == []
