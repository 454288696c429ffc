"""The team's users (table app_user) and who the open connection is."""

from __future__ import annotations

from dataclasses import dataclass

from app.db import raw
from app.db.connection import db, is_postgres


@dataclass(frozen=True)
class UserRow:
    id: int
    login: str
    name: str
    email: str
    role: str
    rep_id: int | None
    active: bool

    @property
    def shown_name(self) -> str:
        return self.name or self.login


_COLUMNS = "id, login, name, email, role, rep_id, active"


def _row(r: tuple[object, ...]) -> UserRow:
    return UserRow(int(str(r[0])), str(r[1]), str(r[2]), str(r[3]), str(r[4]),
                   None if r[5] is None else int(str(r[5])), bool(r[6]))


def all_users() -> list[UserRow]:
    return [_row(r) for r in db.execute_sql(
        f"SELECT {_COLUMNS} FROM app_user ORDER BY active DESC, lower(name), login").fetchall()]


def user_by_login(login: str) -> UserRow | None:
    r = db.execute_sql(f"SELECT {_COLUMNS} FROM app_user WHERE login = ?", (login,)).fetchone()
    return None if r is None else _row(r)


def current_user() -> UserRow:
    """The user of this connection: on a server, the login's user; in a file, its owner."""
    if is_postgres():
        r = db.execute_sql(f"SELECT {_COLUMNS} FROM app_user WHERE id = calldesk_user_id()"
                           ).fetchone()
    else:
        r = db.execute_sql(f"SELECT {_COLUMNS} FROM app_user WHERE role = 'owner' "
                           "ORDER BY id LIMIT 1").fetchone()
    if r is None:
        raise LookupError("this connection has no CallDesk user")
    return _row(r)


def insert_user(login: str, name: str, email: str, role: str, rep_id: int | None,
                created_at: int) -> int:
    return raw.insert_id("INSERT INTO app_user (login, name, email, role, rep_id, created_at) "
                         "VALUES (?, ?, ?, ?, ?, ?)", (login, name, email, role, rep_id,
                                                       created_at))


def set_active(login: str, active: bool) -> int:
    cursor = db.execute_sql("UPDATE app_user SET active = ? WHERE login = ?",
                            (int(active), login))
    return int(cursor.rowcount)


def user_names() -> dict[int, str]:
    """id -> the name lists show (users are few: a team, not a table to page)."""
    return {u.id: u.shown_name for u in all_users()}


def user_name(user_id: int | None) -> str:
    """The shown name of a user ('' for None: the owner of a single file)."""
    if user_id is None:
        return ""
    row = db.execute_sql("SELECT name, login FROM app_user WHERE id = ?", (user_id,)).fetchone()
    return "" if row is None else str(row[0] or row[1])


def rename_user(user_id: int, name: str) -> None:
    db.execute_sql("UPDATE app_user SET name = ? WHERE id = ?", (name, user_id))


def unrecorded_user_id() -> int | None:
    """The user a record without one belongs to: the first owner."""
    row = db.execute_sql("SELECT min(id) FROM app_user WHERE role = 'owner'").fetchone()
    return None if row is None or row[0] is None else int(row[0])


def made_by(column: str, user_id: int) -> tuple[str, list[object]]:
    """The condition "*column* is this user's record". Records from before team mode carry
    no user: they are the first owner's."""
    if user_id == unrecorded_user_id():
        return f"coalesce({column}, ?) = ?", [user_id, user_id]
    return f"{column} = ?", [user_id]
