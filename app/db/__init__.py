"""Storage: peewee models, the connection, migrations and queries. No Qt here.

peewee imports a PostgreSQL driver when it is itself imported; psycopg costs about 100 ms,
which every start of a single-user file would pay. So peewee is imported here with the
drivers held back, and app/db/postgres.py hands psycopg to peewee when a server is opened.
"""

import sys


def _import_peewee_without_server_drivers() -> None:
    if "peewee" in sys.modules:
        return
    held = [name for name in ("psycopg", "psycopg2", "psycopg2cffi") if name not in sys.modules]
    for name in held:
        sys.modules[name] = None  # type: ignore[assignment]  # "import name" fails at once
    try:
        import peewee  # noqa: F401
    finally:
        for name in held:
            del sys.modules[name]


_import_peewee_without_server_drivers()
