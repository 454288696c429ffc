"""Throwaway PostgreSQL databases for the tests, on the server named by CALLDESK_TEST_PG.

CALLDESK_TEST_PG is an administrator's URL (a login that may create databases and roles),
e.g. ``postgresql://postgres@127.0.0.1:5499/postgres``; `.ci/run` starts such a server.
The ladder is run once into a template; each test gets a copy of it (CREATE DATABASE ...
TEMPLATE), which is much faster than migrating every time.
"""

from __future__ import annotations

import itertools
import os
from urllib.parse import urlsplit, urlunsplit

ENV = "CALLDESK_TEST_PG"
REQUIRE_ENV = "CALLDESK_REQUIRE_PG"
HOW_TO = ("PostgreSQL tests were SKIPPED: set CALLDESK_TEST_PG to an administrator's URL "
          "(or run `make test-pg`, which starts a throwaway server) to run them.")

_counter = itertools.count(1)
SKIPPED: list[str] = []  # the tests that could not run for want of a server


def require(test_id: str) -> None:
    """Skip the test (fail it when CALLDESK_REQUIRE_PG=1) if there is no server to run on."""
    import pytest

    if admin_url() is not None:
        return
    SKIPPED.append(test_id)
    if required():
        pytest.fail(HOW_TO)
    pytest.skip(HOW_TO)
_template: str | None = None


def admin_url() -> str | None:
    return os.environ.get(ENV) or None


def required() -> bool:
    return os.environ.get(REQUIRE_ENV) == "1"


def url_for(name: str, base: str | None = None, user: str | None = None,
            password: str | None = None) -> str:
    """*base* (the admin URL) pointed at database *name*, optionally as another login."""
    parts = urlsplit(base or admin_url() or "")
    netloc = parts.netloc
    if user is not None:
        host = netloc.rsplit("@", 1)[-1]
        netloc = f"{user}:{password}@{host}" if password else f"{user}@{host}"
    return urlunsplit((parts.scheme, netloc, "/" + name, parts.query, parts.fragment))


def admin_execute(sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    import psycopg

    with psycopg.connect(admin_url() or "", autocommit=True) as conn:
        cursor = conn.execute(sql, params or None)
        return cursor.fetchall() if cursor.description else []


def _prefix() -> str:
    return f"cdtest_{os.getpid()}"


def _ensure_template() -> str:
    global _template
    if _template is None:
        from app.db.connection import close_database, open_database

        name = f"{_prefix()}_template"
        admin_execute(f'DROP DATABASE IF EXISTS "{name}"')
        admin_execute(f'CREATE DATABASE "{name}"')
        open_database(url_for(name))
        close_database()
        _template = name
    return _template


def new_database() -> tuple[str, str]:
    """(name, url) of a fresh, migrated database of its own."""
    template = _ensure_template()
    name = f"{_prefix()}_{next(_counter)}"
    admin_execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}" STRATEGY FILE_COPY')
    return name, url_for(name)


def drop_database(name: str) -> None:
    """Drop the database, then the logins and group roles made for it (named after it)."""
    admin_execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    for (role,) in admin_execute(
            "SELECT rolname FROM pg_roles WHERE rolname LIKE %s OR rolname LIKE %s",
            (name + "\\_%", f"calldesk\\_{name}\\_%")):
        admin_execute(f'DROP ROLE IF EXISTS "{role}"')


def drop_template() -> None:
    global _template
    if _template is not None:
        drop_database(_template)
        _template = None
