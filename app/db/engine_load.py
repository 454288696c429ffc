"""Loading a whole database's rows in one transaction (move-to), engine by engine: what to
switch off while the rows go in, and what to set right once they are in."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import ExitStack, contextmanager

from app.db.connection import db, is_postgres

Row = tuple[object, ...]
# Tables whose rows are adapted to the target engine on the way in (see adapt_rows).
ADAPTED_TABLES = frozenset({"app_user"})


@contextmanager
def loading(tables: Sequence[str], rows: int) -> Iterator[None]:
    """Inside the transaction that loads *rows* rows into *tables*.

    Both engines: secondary indexes are built once at the end (one sort each, several
    times faster than upkeep row by row), counter triggers are off (``finish`` sets the
    counters). SQLite: foreign keys are checked at commit (rows arrive parents first, but a
    quote may name a later revision) and the search indexes are built once at the end (see
    bulk_load). PostgreSQL: foreign keys are added back, and so checked, in one pass each.
    """
    if is_postgres():
        with _server_loading(tables):
            yield
        return
    from app.db.bulk import bulk_load
    from app.db.search import search_index_suspended

    db.execute_sql("PRAGMA defer_foreign_keys = ON")
    with ExitStack() as stack:
        stack.enter_context(bulk_load(tables, rows))
        stack.enter_context(search_index_suspended())
        yield


def finish(row_counts: Mapping[str, int], id_tables: Sequence[str]) -> None:
    """After the rows are in: the row counters say how many there are, and each id sequence
    continues after the largest id copied."""
    from app.db.bulk import sync_id_sequences

    for table, rows in row_counts.items():
        db.execute_sql("UPDATE counter SET value = ? WHERE name = ?", (rows, table))
    sync_id_sequences(tuple(id_tables))


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


@contextmanager
def _server_loading(tables: Sequence[str]) -> Iterator[None]:
    names = list(tables)
    db.execute_sql("SET LOCAL maintenance_work_mem = '256MB'")
    indexes = db.execute_sql(
        "SELECT c.relname, pg_get_indexdef(i.indexrelid) FROM pg_index i "
        "JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid "
        "WHERE t.relnamespace = current_schema()::regnamespace AND t.relname = ANY(?) "
        "AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid "
        "AND k.contype IN ('p', 'u', 'x')) ORDER BY 1", (names,)).fetchall()
    foreign_keys = db.execute_sql(
        "SELECT t.relname, k.conname, pg_get_constraintdef(k.oid) FROM pg_constraint k "
        "JOIN pg_class t ON t.oid = k.conrelid WHERE k.contype = 'f' "
        "AND t.relnamespace = current_schema()::regnamespace AND t.relname = ANY(?) "
        "ORDER BY 1, 2", (names,)).fetchall()
    counters = db.execute_sql(
        "SELECT c.relname, g.tgname FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid "
        "WHERE NOT g.tgisinternal AND g.tgname LIKE 'counter\\_%' "
        "AND c.relnamespace = current_schema()::regnamespace AND c.relname = ANY(?)",
        (names,)).fetchall()
    for table, name, _ in foreign_keys:
        db.execute_sql(f"ALTER TABLE {_quote(table)} DROP CONSTRAINT {_quote(name)}")
    for name, _ in indexes:
        db.execute_sql(f"DROP INDEX {_quote(name)}")
    for table, name in counters:
        db.execute_sql(f"ALTER TABLE {_quote(table)} DISABLE TRIGGER {_quote(name)}")
    yield
    for table, name in counters:
        db.execute_sql(f"ALTER TABLE {_quote(table)} ENABLE TRIGGER {_quote(name)}")
    for _, definition in indexes:
        db.execute_sql(definition)
    for table, name, definition in foreign_keys:
        db.execute_sql(f"ALTER TABLE {_quote(table)} ADD CONSTRAINT {_quote(name)} {definition}")


def adapt_rows(table: str, columns: Sequence[str], batches: Iterable[list[Row]]
               ) -> tuple[list[list[Row]], str]:
    """The rows of *table* as the target needs them, and a line saying what changed ('' for
    nothing). On a server every CallDesk user is the login of that name: when no copied user
    is the login doing the move, the first owner becomes that login (a file's owner is
    called 'owner'), so the one who moved the data owns it there, with all its records."""
    rows = [row for batch in batches for row in batch]
    if table != "app_user" or not is_postgres() or not rows:
        return [rows], ""
    login_at, role_at, id_at = (columns.index(c) for c in ("login", "role", "id"))
    login = str(db.execute_sql("SELECT session_user").fetchone()[0])
    if any(row[login_at] == login for row in rows):
        return [rows], ""
    owners = [row for row in rows if row[role_at] == "owner"]
    if not owners:
        return [rows], ""
    first = min(owners, key=lambda row: int(str(row[id_at])))
    renamed = [tuple(login if i == login_at else v for i, v in enumerate(row))
               if row is first else row for row in rows]
    return [renamed], (f"the owner {first[login_at]!r} is the server login {login!r} in the "
                       "new database")
