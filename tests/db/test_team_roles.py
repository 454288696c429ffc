"""Team mode: the server itself refuses what a seller's or a rep's login may not do."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import psycopg
import pytest

from app.db.connection import db
from app.services.contact_types import ContactInput, PhoneInput
from app.services.contacts import create_contact
from app.services.errors import ValidationError
from app.services.users import NewUser, add_user, current_user, disable_user, list_users
from tests import pg_server

PASSWORD = "s3cret-pass"


def _database() -> str:
    return str(db.execute_sql("SELECT current_database()").fetchone()[0])


def _login_url(login: str) -> str:
    base = pg_server.admin_url() or ""
    return pg_server.url_for(_database(), base, user=login, password=PASSWORD)


@pytest.fixture()
def team(db_path: str) -> Iterator[dict[str, object]]:
    from app.services.reps import RepInput, create_rep

    name = _database()
    rep_id = create_rep(RepInput(name="Arjun"))
    other_rep = create_rep(RepInput(name="Bela"))
    add_user(NewUser(f"{name}_seller", "Sunita Seller", "seller", password=PASSWORD))
    add_user(NewUser(f"{name}_rep", "Arjun Rep", "rep", rep_name="Arjun", password=PASSWORD))
    contact = create_contact(ContactInput(first_name="Priya", phones=[
        PhoneInput("+91 98765 43210")])).contact_id
    hidden = create_contact(ContactInput(first_name="Hidden", phones=[
        PhoneInput("+91 98111 22334")])).contact_id
    yield {"seller": f"{name}_seller", "rep": f"{name}_rep", "rep_id": rep_id,
           "other_rep": other_rep, "contact": contact, "hidden": hidden}


def _connect(login: str) -> psycopg.Connection:
    return psycopg.connect(_login_url(login), autocommit=True)


@pytest.mark.postgresql_only
def test_a_seller_may_sell_but_not_change_the_catalogue(team: dict[str, object]) -> None:
    with _connect(str(team["seller"])) as conn:
        now = int(datetime.now(UTC).timestamp())
        conn.execute("INSERT INTO call (contact_id, direction, started_at, outcome, created_at)"
                     " VALUES (%s, 'out', %s, 'connected', %s)", (team["contact"], now, now))
        by = conn.execute("SELECT u.login FROM call c JOIN app_user u ON u.id = c.user_id"
                          ).fetchone()
        assert by == (team["seller"],), "the server stamps the call with the seller"
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE product SET unit_price_minor = 1")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO app_user (login, role, created_at) "
                         "VALUES ('x', 'owner', 0)")
        # Deleting someone else's contact deletes nothing: row security hides it from DELETE.
        gone = conn.execute("DELETE FROM contact WHERE id = %s", (team["contact"],)).rowcount
        assert gone == 0
        # Settings are the owner's; editor drafts are the seller's own.
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO setting (key, value) VALUES ('default_region', 'US')")
        conn.execute("INSERT INTO setting (key, value) VALUES ('draft:quote:1', '{}')")


@pytest.mark.postgresql_only
def test_a_rep_sees_only_their_appointments_and_those_contacts(
        team: dict[str, object]) -> None:
    from app.services.appointments import AppointmentInput, book_appointment

    start = datetime.now(UTC).replace(microsecond=0) + timedelta(days=1)
    mine = book_appointment(AppointmentInput(
        contact_id=int(str(team["contact"])), rep_id=int(str(team["rep_id"])),
        starts_at=start, length_min=60, override_reason="test"))
    book_appointment(AppointmentInput(
        contact_id=int(str(team["hidden"])), rep_id=int(str(team["other_rep"])),
        starts_at=start, length_min=60, override_reason="test"))
    with _connect(str(team["rep"])) as conn:
        rows = conn.execute("SELECT id FROM appointment").fetchall()
        assert rows == [(mine,)]
        assert conn.execute("SELECT first_name FROM contact").fetchall() == [("Priya",)]
        # Only that contact's numbers: the other contacts' phones stay out of sight.
        assert conn.execute("SELECT e164 FROM phone").fetchall() == [("+919876543210",)]
        conn.execute("UPDATE appointment SET status = 'completed', outcome = 'sold' "
                     "WHERE id = %s", (mine,))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT count(*) FROM call")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE contact SET notes = 'x'")


@pytest.mark.postgresql_only
def test_a_disabled_user_cannot_sign_in(team: dict[str, object]) -> None:
    disable_user(str(team["seller"]))
    with pytest.raises(psycopg.OperationalError):
        _connect(str(team["seller"])).close()
    assert [u.active for u in list_users() if u.login == team["seller"]] == [False]


@pytest.mark.postgresql_only
def test_a_login_that_is_no_user_is_told_so(db_path: str) -> None:
    from app.db.connection import DatabaseOpenError, close_database, open_database

    name = _database()
    pg_server.admin_execute(f'CREATE ROLE "{name}_stranger" LOGIN PASSWORD \'{PASSWORD}\'')
    pg_server.admin_execute(f'GRANT "{name}_stranger" TO postgres')
    close_database()
    with pytest.raises(DatabaseOpenError, match="no rights|not a CallDesk user"):
        open_database(_login_url(f"{name}_stranger"))
    open_database(db_path)


def test_the_file_has_one_owner_and_users_are_validated(db_path: str) -> None:
    me = current_user()
    assert me.role == "owner"
    with pytest.raises(ValidationError, match="Role"):
        add_user(NewUser("someone", "Some One", "boss"))
    with pytest.raises(ValidationError, match="Login"):
        add_user(NewUser("Bad Login!", "X", "seller", password=PASSWORD))
    with pytest.raises(ValidationError, match="last owner"):
        disable_user(me.login)
