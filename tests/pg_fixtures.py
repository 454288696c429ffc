"""Fixtures for tests that need server databases of their own (not the per-test migrated one
of conftest's db_path): import ``server_database_fixture`` into a test module, and its tests
take ``server_database``."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator

import pytest

from tests import pg_server

_names = itertools.count(1)


def require_server() -> None:
    pg_server.require(os.environ.get("PYTEST_CURRENT_TEST", "").split(" ")[0])


def fresh_name() -> str:
    return f"mv_{os.getpid()}_{next(_names)}"


@pytest.fixture(name="server_database")
def server_database_fixture() -> Iterator[str]:
    """The URL of a new, empty (never migrated) server database, dropped afterwards."""
    from app.db.connection import close_database

    require_server()
    name = fresh_name()
    pg_server.admin_execute(f'CREATE DATABASE "{name}"')
    yield pg_server.url_for(name)
    close_database()
    pg_server.drop_database(name)


def seed_small(target: str) -> None:
    """A little of everything, through the seeders: contacts with phones and emails, calls,
    products with add-ons, quotes with lines, reps and appointments."""
    from app.db.connection import close_database, open_database
    from app.seed.appointments import seed_appointments
    from app.seed.calls import seed_calls
    from app.seed.contacts import seed_contacts
    from app.seed.quotes import seed_products, seed_quotes
    from app.services.settings import set_default_region

    open_database(target)
    set_default_region("IN")
    seed_contacts(400)
    seed_calls(1200)
    seed_products(15)
    seed_quotes(40)
    seed_appointments(60, reps=3)
    close_database()
