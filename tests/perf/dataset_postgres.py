"""The benchmark data set on a PostgreSQL server: `BENCH_DB=postgresql://…/bench_x make bench`.

The database the URL names is created if missing and seeded with the real `seed` command.
What was seeded is written as the database's comment (the same name the SQLite cache file
gets), so a later run with the same sizes reuses it. A database whose comment says it is a
CallDesk bench database of other sizes is dropped and rebuilt; any other non-empty database
is left alone and the run stops with a message.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit

COMMENT_PREFIX = "calldesk bench: "
# BENCH_SERVER_BUILD=move-to builds the server database by moving the SQLite bench file of
# the same sizes into it (the move is then the move-to figure), instead of seeding it there.
BUILD_ENV = "BENCH_SERVER_BUILD"
# (wall seconds, exit status, last line of output) of a move-to that built the database.
moved: tuple[float, int, str] | None = None


def _maintenance_url(url: str) -> str:
    """The same server and login, on the `postgres` database (to create or drop *url*'s)."""
    return urlsplit(url)._replace(path="/postgres").geturl()


def _database_name(url: str) -> str:
    from app.db.postgres import url_database

    name = url_database(url)
    if not name or name in ("postgres", "template0", "template1"):
        raise SystemExit(f"BENCH_DB must name a database of its own (e.g. …/bench_1m), not "
                         f"{name or 'none'!r}: the bench seeds it")
    return name


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _state(url: str, name: str) -> tuple[bool, str | None, int]:
    """(exists, its comment, number of tables in its public schema)."""
    import psycopg

    with psycopg.connect(_maintenance_url(url), autocommit=True) as admin:
        row = admin.execute(
            "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = %s",
            (name,)).fetchone()
    if row is None:
        return False, None, 0
    with psycopg.connect(url, autocommit=True) as conn:
        tables = conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
                              ).fetchone()
    return True, row[0], int(tables[0]) if tables else 0


def _recreate(url: str, name: str, exists: bool) -> None:
    import psycopg

    with psycopg.connect(_maintenance_url(url), autocommit=True) as admin:
        if exists:
            admin.execute(f"DROP DATABASE {_quoted(name)} WITH (FORCE)")
        admin.execute(f"CREATE DATABASE {_quoted(name)}")


def _comment(url: str, name: str, text: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"COMMENT ON DATABASE {_quoted(name)} IS "
                     + "'" + (COMMENT_PREFIX + text).replace("'", "''") + "'")


def _analyze(url: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")  # fresh statistics and visibility map, as after a day


def ensure_server_dataset(url: str, label: str, args: list[str], contacts: int) -> str:
    """*url*, seeded with `seed *args*` unless it already holds exactly that (*label*)."""
    from tests.perf.dataset import run_seed

    name = _database_name(url)
    exists, comment, tables = _state(url, name)
    if comment == COMMENT_PREFIX + label:
        print(f"using seeded database {name} ({label})", flush=True)
        return url
    if exists and tables and not (comment or "").startswith(COMMENT_PREFIX):
        raise SystemExit(f"database {name} already holds tables and is not a bench database; "
                         "name a new one in BENCH_DB (it is created)")
    _recreate(url, name, exists)
    _comment(url, name, "being built: " + label)  # a failed build is ours to redo
    started = time.perf_counter()
    if os.environ.get(BUILD_ENV, "seed") == "move-to":
        output = _move_file_into(url, contacts)
    else:
        print(f"seeding {name} with `seed {' '.join(args)}` …", flush=True)
        _, output = run_seed(url, args)
    seeded = time.perf_counter() - started
    for line in output.splitlines():
        print(f"  {line}", flush=True)
    started = time.perf_counter()
    _analyze(url)
    _comment(url, name, label)
    print(f"  whole build {seeded:.0f} s, then VACUUM ANALYZE "
          f"{time.perf_counter() - started:.0f} s", flush=True)
    return url


def run_move_to(source: str, target: str) -> tuple[float, int, str]:
    """`main.py move-to *target* --db *source*` in a fresh process: (wall seconds, exit
    status, its output)."""
    import subprocess
    import sys

    from tests.perf.dataset import ROOT

    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "move-to", target, "--db", source],
        cwd=ROOT, capture_output=True, text=True, timeout=3600, check=False)
    return time.perf_counter() - started, done.returncode, (done.stdout + done.stderr).strip()


def _move_file_into(url: str, contacts: int) -> str:
    global moved
    from tests.perf.dataset import ensure_file_dataset

    source = ensure_file_dataset(contacts)
    print(f"moving {source.name} into the server with `move-to` …", flush=True)
    seconds, status, output = run_move_to(str(source), url)
    lines = output.splitlines()
    moved = (seconds, status, lines[-1] if lines else "")
    if status != 0:
        raise SystemExit(f"move-to failed ({status}): {output[-800:]}")
    return output


@contextmanager
def scratch_copy(url: str) -> Iterator[str]:
    """A throwaway copy of the bench database (CREATE DATABASE … TEMPLATE, which needs every
    connection to it closed), dropped afterwards: for figures that write."""
    import psycopg

    name = _database_name(url)
    copy = f"{name}_scratch"
    started = time.perf_counter()
    with psycopg.connect(_maintenance_url(url), autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {_quoted(copy)} WITH (FORCE)")
        admin.execute(f"CREATE DATABASE {_quoted(copy)} TEMPLATE {_quoted(name)}")
    print(f"  copied {name} to {copy} in {time.perf_counter() - started:.0f} s", flush=True)
    try:
        yield urlsplit(url)._replace(path="/" + copy).geturl()
    finally:
        with psycopg.connect(_maintenance_url(url), autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {_quoted(copy)} WITH (FORCE)")


@contextmanager
def empty_database(url: str, suffix: str) -> Iterator[str]:
    """A new, empty database next to the bench one (``<name>_<suffix>``), dropped afterwards."""
    import psycopg

    name = f"{_database_name(url)}_{suffix}"
    with psycopg.connect(_maintenance_url(url), autocommit=True) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {_quoted(name)} WITH (FORCE)")
        admin.execute(f"CREATE DATABASE {_quoted(name)}")
    try:
        yield urlsplit(url)._replace(path="/" + name).geturl()
    finally:
        with psycopg.connect(_maintenance_url(url), autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {_quoted(name)} WITH (FORCE)")
