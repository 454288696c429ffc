"""A server that goes away: bad addresses say which part is wrong in one line; a connection
lost mid-work fails that save whole and the next one goes through once the server is back."""

from __future__ import annotations

import pytest

from app.db.connection import DatabaseOpenError, close_database, db, open_database
from app.services.contact_types import ContactInput
from app.services.contacts import create_contact
from tests import pg_server


@pytest.mark.postgresql_only
def test_a_lost_connection_fails_one_save_whole_then_reconnects(db_path: str) -> None:
    create_contact(ContactInput(first_name="Before"))
    pid = db.connection().info.backend_pid
    pg_server.admin_execute("SELECT pg_terminate_backend(%s)", (pid,))
    with pytest.raises(Exception):  # noqa: B017 - the driver's own error, whichever it is
        create_contact(ContactInput(first_name="Lost"))
    create_contact(ContactInput(first_name="After"))
    names = [r[0] for r in db.execute_sql("SELECT first_name FROM contact ORDER BY id")]
    assert names == ["Before", "After"], "the failed save left nothing behind"


@pytest.mark.postgresql_only
def test_bad_addresses_are_one_line_and_create_nothing(db_path: str) -> None:
    close_database()
    admin = pg_server.admin_url() or ""
    missing = pg_server.url_for("cd_no_such_database", admin)
    with pytest.raises(DatabaseOpenError, match="no database named 'cd_no_such_database'"):
        open_database(missing)
    wrong = pg_server.url_for("postgres", admin, user="cd_nobody", password="x")
    with pytest.raises(DatabaseOpenError, match="login|no login"):
        open_database(wrong)
    closed_port = admin.replace(admin.split("@", 1)[1].split("/", 1)[0], "127.0.0.1:1")
    with pytest.raises(DatabaseOpenError, match="no PostgreSQL server answers"):
        open_database(closed_port)
    with pytest.raises(DatabaseOpenError) as caught:
        open_database("postgresql://[bad")
    assert "\n" not in str(caught.value)
    exists = pg_server.admin_execute(
        "SELECT 1 FROM pg_database WHERE datname = 'cd_no_such_database'")
    assert exists == []
    open_database(db_path)


@pytest.mark.postgresql_only
def test_a_lost_connection_is_said_in_words_a_person_reads(db_path: str) -> None:
    from app.db.errors import STORAGE_ERRORS, describe_storage_error

    pid = db.connection().info.backend_pid
    pg_server.admin_execute("SELECT pg_terminate_backend(%s)", (pid,))
    with pytest.raises(STORAGE_ERRORS) as caught:
        create_contact(ContactInput(first_name="Lost"))
    assert describe_storage_error(caught.value).startswith(
        "The connection to the database server was lost: nothing was saved.")


@pytest.mark.postgresql_only
def test_peewee_catalogue_queries_run_unchanged(db_path: str) -> None:
    """Statements peewee writes itself (psycopg placeholders) are not translated again."""
    assert {"contact", "call", "app_user"} <= set(db.get_tables())
    assert db.execute_sql("SELECT '5%' || ?", ("!",)).fetchone()[0] == "5%!"
