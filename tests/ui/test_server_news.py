"""On a PostgreSQL server another person's write reaches an open window at once: the
listening connection's socket wakes it, without waiting for the two-second poll."""

from __future__ import annotations

import time

import psycopg
import pytest

from app.services.contact_types import ContactInput
from app.services.contacts import create_contact

pytestmark = pytest.mark.postgresql_only


def _insert_elsewhere(db_path: str, name: str) -> None:
    """Another person's CallDesk (its own connection) adds a contact."""
    with psycopg.connect(db_path, autocommit=True) as other:
        other.execute("INSERT INTO contact (first_name, name_key, created_at, updated_at) "
                      "VALUES (%s, %s, 0, 0)", (name, name.casefold()))


def _names(window) -> set[str]:
    model = window.contacts.model
    return {model.index(r, 0).data() for r in range(model.rowCount())}


def test_another_persons_contact_appears_without_waiting_for_the_poll(
        main_window, db_path: str, qtbot) -> None:
    safety = main_window.data_safety
    safety.poll_timer.stop()  # only the listening socket can wake the window now
    started = time.perf_counter()
    _insert_elsewhere(db_path, "Zara From Pune")
    with qtbot.waitSignal(safety.changed_underneath, timeout=1500):
        pass
    assert time.perf_counter() - started < 1.0
    assert "Zara From Pune" in _names(main_window)
    assert main_window.count_label.text() == "Contacts: 1"


def test_our_own_save_wakes_the_window_but_reloads_nothing(main_window, qtbot) -> None:
    safety = main_window.data_safety
    safety.poll_timer.stop()
    safety.dirty = False
    with qtbot.assertNotEmitted(safety.changed_underneath, wait=500):
        create_contact(ContactInput(first_name="Mine"))
    assert safety.dirty, "our own write is noted for the next backup"


def test_the_window_listens_again_after_a_change_was_read(main_window, db_path: str,
                                                          qtbot) -> None:
    safety = main_window.data_safety
    safety.poll_timer.stop()
    for name in ("First Caller", "Second Caller"):
        _insert_elsewhere(db_path, name)
        with qtbot.waitSignal(safety.changed_underneath, timeout=1500):
            pass
    assert {"First Caller", "Second Caller"} <= _names(main_window)


def _listening_sessions(db_path: str) -> int:
    with psycopg.connect(db_path, autocommit=True) as other:
        row = other.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
            "AND query = 'LISTEN calldesk_changes' AND pid <> pg_backend_pid()").fetchone()
    return int(row[0]) if row else 0


def test_closing_the_window_gives_its_listening_connection_back(main_window,
                                                                db_path: str) -> None:
    assert _listening_sessions(db_path) == 1
    main_window.close()
    deadline = time.monotonic() + 2
    while _listening_sessions(db_path) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _listening_sessions(db_path) == 0
