"""Managing the team: add, list and disable users. On a PostgreSQL server each user is a login
of its own, with the rights of its role; in a single file there is the owner alone, and other
users are names for records only."""

from __future__ import annotations

from dataclasses import dataclass

from app.db import users as store
from app.db.connection import db, is_postgres
from app.db.fields import utc_now
from app.db.models import Rep
from app.services.errors import ValidationError
from app.services.text_checks import check_text

ROLES = ("owner", "seller", "rep")
MIN_PASSWORD = 8


@dataclass(frozen=True)
class NewUser:
    login: str
    name: str
    role: str
    email: str = ""
    rep_name: str = ""  # for a rep: the rep (calendar) this user is
    password: str = ""  # for a server login


def add_user(data: NewUser) -> int:
    """Add a user; on a server also its login with its role's rights. All or nothing."""
    from app.db import roles_postgres

    if data.role not in ROLES:
        raise ValidationError("Role", "choose owner, seller or rep")
    try:
        login = roles_postgres.check_login_name(data.login)
    except roles_postgres.RoleError as exc:
        raise ValidationError("Login", str(exc).split(": ", 1)[-1]) from None
    check_text("Name", data.name, 200)
    check_text("Email", data.email, 320)
    if is_postgres() and len(data.password) < MIN_PASSWORD:
        raise ValidationError("Password", f"use at least {MIN_PASSWORD} characters")
    with db.atomic():
        if store.user_by_login(login) is not None:
            raise ValidationError("Login", f"{login!r} is already a user")
        rep_id = None
        if data.rep_name:
            rep = Rep.get_or_none(Rep.name == data.rep_name)
            if rep is None:
                raise ValidationError("Rep", f"there is no rep named {data.rep_name!r}")
            rep_id = int(rep.id)
        elif data.role == "rep":
            raise ValidationError("Rep", "a rep user needs the rep (calendar) it is")
        if is_postgres():
            try:
                roles_postgres.create_login(login, data.password, data.role)
            except roles_postgres.RoleError as exc:
                raise ValidationError("Login", str(exc)) from None
        return store.insert_user(login, data.name.strip(), data.email.strip(), data.role,
                                 rep_id, int(utc_now().timestamp()))


def disable_user(login: str) -> None:
    """The user can no longer sign in; their records keep their name."""
    from app.db import roles_postgres

    with db.atomic():
        user = store.user_by_login(login)
        if user is None:
            raise ValidationError("Login", f"{login!r} is not a user")
        if user.role == "owner" and sum(
                1 for u in store.all_users() if u.role == "owner" and u.active) <= 1:
            raise ValidationError("Login", "the last owner cannot be disabled")
        store.set_active(login, False)
        if is_postgres():
            roles_postgres.disable_login(login)


list_users = store.all_users
current_user = store.current_user


def user_names_with_unrecorded() -> dict[int | None, str]:
    """id -> shown name of every user, and None -> the owner's (records from before team
    mode carry no user)."""
    names: dict[int | None, str] = {u.id: u.shown_name for u in store.all_users()}
    owner = store.unrecorded_user_id()
    names[None] = names.get(owner, "") if owner is not None else ""
    return names


def rename_user(user_id: int, name: str) -> None:
    check_text("Name", name, 200)
    with db.atomic():
        store.rename_user(user_id, name.strip())


def logins_need_passwords() -> bool:
    """Whether a new user signs in with a password of their own (on a team server), or is a
    name for records only (in a single file)."""
    return is_postgres()
