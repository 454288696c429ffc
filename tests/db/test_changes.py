"""Another person's change reaches an open window: the watcher tells our writes from theirs."""

from __future__ import annotations

import time

import pytest

from app.db.changes import watch_changes
from app.db.connection import db, is_postgres
from app.services.contact_types import ContactInput
from app.services.contacts import create_contact

NOW = 1_700_000_000


def _write_from_elsewhere(db_path: str) -> None:
    if is_postgres():
        import psycopg

        with psycopg.connect(db_path, autocommit=True) as other:
            other.execute("INSERT INTO contact (first_name, name_key, created_at, updated_at) "
                          "VALUES ('Other', 'other', %s, %s)", (NOW, NOW))
    else:
        import sqlite3

        with sqlite3.connect(db_path) as other:
            other.execute("INSERT INTO contact (first_name, name_key, created_at, updated_at) "
                          "VALUES ('Other', 'other', ?, ?)", (NOW, NOW))


def _wait_for_others(watcher: object, seconds: float = 2.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if watcher.check().others_wrote:  # type: ignore[attr-defined]
            return True
        time.sleep(0.05)
    return False


def test_own_writes_and_other_writes_are_told_apart(db_path: str) -> None:
    watcher = watch_changes(db_path)
    try:
        assert watcher.check().others_wrote is False
        create_contact(ContactInput(first_name="Mine"))
        deadline = time.monotonic() + 2
        own = False
        while not own and time.monotonic() < deadline:
            check = watcher.check()
            own = own or check.own_writes
            assert not check.others_wrote, "our own save is not someone else's"
            time.sleep(0.02)
        assert own
        _write_from_elsewhere(db_path)
        assert _wait_for_others(watcher), "another connection's insert is seen within 2 s"
        assert db.execute_sql("SELECT count(*) FROM contact").fetchone()[0] == 2
    finally:
        watcher.close()


@pytest.mark.postgresql_only
def test_a_server_watcher_hears_nothing_without_changes(db_path: str) -> None:
    watcher = watch_changes(db_path)
    try:
        assert not _wait_for_others(watcher, 0.3)
    finally:
        watcher.close()


@pytest.mark.postgresql_only
def test_the_watcher_listens_again_after_losing_its_connection(db_path: str) -> None:
    from tests import pg_server

    watcher = watch_changes(db_path)
    try:
        pid = watcher._listener.info.backend_pid  # type: ignore[union-attr]
        pg_server.admin_execute("SELECT pg_terminate_backend(%s)", (pid,))
        time.sleep(0.2)
        for _ in range(3):  # the loss is noticed, then it listens again
            try:
                if watcher.check().others_wrote:
                    break
            except Exception:  # noqa: BLE001 - the driver's own error while it reconnects
                continue
        _write_from_elsewhere(db_path)
        assert _wait_for_others(watcher), "news flows again after the reconnect"
    finally:
        watcher.close()
