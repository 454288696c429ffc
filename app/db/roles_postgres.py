"""Team roles on a PostgreSQL server: each CallDesk user is a login; sellers and reps get their
rights from a group role per database, so the server itself refuses what a role may not do
(row-level security in migration v005 narrows the rows further).

Only the owner (the database's owner, or a member of that role) runs these, and creating a
login needs the CREATEROLE right on the server.
"""

from __future__ import annotations

import hashlib
import re

from app.db.connection import db

ROLES = ("owner", "seller", "rep")
_SELLER_WRITES = ("contact", "phone", "email", "call", "appointment", "quote", "quote_line",
                  "quote_sequence", "import_batch", "import_change", "saved_queue",
                  "queue_claim", "setting", "email_message",
                  "appointment_invite", "mail_template", "mail_account")
_REP_READS = ("contact", "phone", "email", "appointment", "rep", "call_outcome", "setting",
              "app_user", "counter", "schema_version")
_REP_UPDATES = ("status", "outcome", "notes", "updated_at")
_LOGIN = re.compile(r"^[a-z_][a-z0-9_.@-]{0,62}$")


class RoleError(Exception):
    """A login or role request the server cannot carry out; the message says why."""


def quote_ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def group_role(role: str) -> str:
    """The group role that carries *role*'s rights in this database. Role names are the
    server's, not one database's: a short hash of the exact database name keeps two
    databases whose names read alike ("shop-1", "shop_1") from sharing one."""
    database = str(db.execute_sql("SELECT current_database()").fetchone()[0])
    safe = re.sub(r"[^a-z0-9_]", "_", database.lower())[:30]
    digest = hashlib.sha1(database.encode("utf-8")).hexdigest()[:8]
    return f"calldesk_{safe}_{digest}_{role}"


def _role_exists(name: str) -> bool:
    return db.execute_sql("SELECT 1 FROM pg_roles WHERE rolname = ?", (name,)).fetchone() \
        is not None


def check_login_name(login: str) -> str:
    login = login.strip()
    if not _LOGIN.match(login):
        raise RoleError(f"Login {login!r}: use lower-case letters, digits, '_', '.', '@' or "
                        "'-', starting with a letter (at most 63)")
    return login


def ensure_group_roles() -> None:
    """Create the group roles of this database if missing, and grant them."""
    for role in ROLES:
        name = group_role(role)
        if not _role_exists(name):
            db.execute_sql(f"CREATE ROLE {quote_ident(name)} NOLOGIN")
    apply_grants()


def apply_grants() -> None:
    """(Re)grant the group roles their rights on every table, including tables added by later
    versions. Does nothing before the group roles exist."""
    owner, seller, rep = group_role("owner"), group_role("seller"), group_role("rep")
    if _role_exists(owner):  # every table; row security treats the owner role as the owner
        who = quote_ident(owner)
        db.execute_sql(f"GRANT ALL ON ALL TABLES IN SCHEMA public TO {who}")
        db.execute_sql(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {who}")
    if _role_exists(seller):
        who = quote_ident(seller)
        db.execute_sql(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {who}")
        db.execute_sql(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {who}")
        db.execute_sql(f"GRANT INSERT, UPDATE, DELETE ON {', '.join(_SELLER_WRITES)} TO {who}")
        db.execute_sql(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {who}")
    if _role_exists(rep):
        who = quote_ident(rep)
        db.execute_sql(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {who}")
        db.execute_sql(f"GRANT SELECT ON {', '.join(_REP_READS)} TO {who}")
        # An appointment's outcome, never whose or whom it is (that would show other contacts).
        db.execute_sql(f"GRANT UPDATE ({', '.join(_REP_UPDATES)}) ON appointment TO {who}")


def create_login(login: str, password: str, role: str) -> None:
    """A server login for a new CallDesk user, a member of its role's group."""
    if role not in ROLES:
        raise RoleError(f"Role {role!r}: choose owner, seller or rep")
    if _role_exists(login):
        raise RoleError(f"Login {login!r} already exists on the server")
    ensure_group_roles()
    from psycopg import sql

    statement = sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
        sql.Identifier(login), sql.Literal(password)).as_string(db.connection())
    db.connection().execute(statement)
    # Never the database owner's own role: on many servers that is a superuser.
    db.execute_sql(f"GRANT {quote_ident(group_role(role))} TO {quote_ident(login)}")


def disable_login(login: str) -> None:
    """The login can no longer sign in, loses its group, and its open sessions end."""
    if not _role_exists(login):
        return
    db.execute_sql(f"ALTER ROLE {quote_ident(login)} NOLOGIN")
    for role in ROLES:
        if _role_exists(group_role(role)):
            db.execute_sql(f"REVOKE {quote_ident(group_role(role))} FROM {quote_ident(login)}")
    db.execute_sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                   "WHERE usename = ? AND pid <> pg_backend_pid()", (login,))
