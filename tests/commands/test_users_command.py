"""`users add|list|disable`, run as a person runs them, on a file and on a server."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.db.connection import close_database
from tests import pg_server

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str, password: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("CALLDESK_NEW_PASSWORD", None)
    if password is not None:
        env["CALLDESK_NEW_PASSWORD"] = password
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60, check=False,
                          stdin=subprocess.DEVNULL)


def test_users_in_a_file(tmp_path: Path) -> None:
    db = str(tmp_path / "shop.db")
    assert _run("seed", "--db", db, "--contacts", "3").returncode == 0
    added = _run("users", "add", "sunita", "--name", "Sunita Rao", "--role", "seller",
                 "--db", db)
    assert added.returncode == 0 and "added seller sunita (Sunita Rao) in this file" in (
        added.stdout)
    listed = _run("users", "list", "--db", db).stdout.splitlines()
    assert [line.split()[:2] for line in listed] == [["owner", "owner"], ["sunita", "seller"]]
    refused = _run("users", "add", "x", "--name", "X", "--role", "rep", "--db", db)
    assert refused.returncode != 0 and refused.stderr.strip() == (
        "error: Rep: a rep user needs the rep (calendar) it is")
    assert _run("users", "disable", "sunita", "--db", db).returncode == 0
    assert "(disabled)" in _run("users", "list", "--db", db).stdout


@pytest.mark.postgresql_only
def test_a_server_login_needs_a_password_and_gets_one(db_path: str) -> None:
    close_database()
    name = db_path.rsplit("/", 1)[1]
    no_password = _run("users", "add", f"{name}_s", "--name", "S", "--role", "seller",
                       "--db", db_path)
    assert no_password.returncode != 0
    assert "CALLDESK_NEW_PASSWORD" in no_password.stderr and "Traceback" not in (
        no_password.stderr)
    added = _run("users", "add", f"{name}_s", "--name", "S", "--role", "seller", "--db",
                 db_path, password="long-enough-1")
    assert "with a server login" in added.stdout, added.stderr
    seller = pg_server.url_for(name, user=f"{name}_s", password="long-enough-1")
    assert "owner" in _run("users", "list", "--db", seller).stdout
