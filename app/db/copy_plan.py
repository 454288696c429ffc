"""What move-to may copy where: the tables and columns to copy (from the migrated target,
intersected with the source), in foreign-key order; whether a source is a current CallDesk
database and a target empty; read-only views of either."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.db.table_streams import Column, ServerStreams, SqliteStreams, TableStreams

# Kept by each engine for itself; never copied.
# (The report summaries: the target's triggers sum the rows as they are copied in.)
INTERNAL_TABLES = frozenset({"schema_version", "counter", "call_summary", "call_day_summary",
                             "contact_summary", "contact_day_summary"})
INTERNAL_PREFIXES = ("contact_fts", "phone_fts", "email_fts", "sqlite_")
# Column kinds the target computes itself (PostgreSQL's search documents).
DERIVED_KINDS = frozenset({"derived"})
_SIMPLE_KINDS = frozenset({"integer", "text"})


class MoveError(Exception):
    """The database cannot be moved; one line saying why. No rows were copied and the
    source is as it was."""


@dataclass(frozen=True)
class TablePlan:
    name: str
    columns: tuple[str, ...]
    key: tuple[str, ...]
    simple: bool  # only integer and text columns: rows hash as they come


def is_internal(table: str) -> bool:
    return table in INTERNAL_TABLES or table.startswith(INTERNAL_PREFIXES)


def same_database(first: str, second: str) -> bool:
    from app.db.postgres import is_postgres_url, redacted

    if is_postgres_url(first) or is_postgres_url(second):
        return redacted(first.strip()).rstrip("/") == redacted(second.strip()).rstrip("/")
    return Path(first).expanduser().resolve() == Path(second).expanduser().resolve()


def open_reader(target: str) -> TableStreams:
    """A read-only view of the database at *target* (a file or a postgresql:// URL)."""
    from app.db.postgres import connect_failure_message, is_postgres_url

    if is_postgres_url(target):
        try:
            return ServerStreams.read_only(target)
        except Exception as exc:  # psycopg's errors: one line saying which problem
            raise MoveError(connect_failure_message(target, exc)) from exc
    if not Path(target).expanduser().is_file():
        raise MoveError(f"no database at {target}")
    import sqlite3

    try:
        reader = SqliteStreams.read_only(str(Path(target).expanduser()))
        reader.tables()
    except sqlite3.Error as exc:
        raise MoveError(f"{target} is not a database CallDesk can open: {exc}") from exc
    return reader


def stored_schema_version(streams: TableStreams) -> int:
    if isinstance(streams, SqliteStreams):
        return int(streams.conn.execute("PRAGMA user_version").fetchone()[0])
    if "schema_version" not in streams.tables():
        return 0
    row = streams.conn.execute("SELECT max(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def ladder_row_counts() -> dict[str, int]:
    """Rows the migration ladder itself puts into each table of a new database (the built-in
    call outcomes): a target holding exactly these is still empty."""
    from peewee import SqliteDatabase

    from app.db.migrations import migrate_to_latest

    fresh = SqliteDatabase(":memory:")
    try:
        migrate_to_latest(fresh, ":memory:")
        streams = SqliteStreams(fresh.connection(), own=False)
        return {t: streams.count(t) for t in streams.tables() if not is_internal(t)}
    finally:
        fresh.close()


def plan_tables(source: TableStreams, target: TableStreams) -> list[TablePlan]:
    """The tables to copy, parents before children; refuses a source holding data the target
    has no place for (it would be lost)."""
    source_tables = {t for t in source.tables() if not is_internal(t)}
    target_tables = [t for t in target.tables() if not is_internal(t)]
    missing = sorted(source_tables - set(target_tables))
    if missing:
        raise MoveError(f"the target has no table for {', '.join(missing)}; nothing was copied")
    plans: dict[str, TablePlan] = {}
    for table in target_tables:
        if table not in source_tables:
            continue
        wanted = [c for c in target.columns(table) if c.kind not in DERIVED_KINDS]
        have: dict[str, Column] = {c.name: c for c in source.columns(table)}
        lost = sorted(set(have) - {c.name for c in wanted}
                      - {c.name for c in have.values() if c.kind in DERIVED_KINDS})
        if lost:
            raise MoveError(f"the target's table {table} has no column {', '.join(lost)}; "
                            "nothing was copied")
        columns = tuple(c.name for c in wanted if c.name in have)
        simple = all(c.kind in _SIMPLE_KINDS for c in wanted if c.name in have)
        plans[table] = TablePlan(table, columns, target.primary_key(table), simple)
    return [plans[t] for t in _parents_first(list(plans), target)]


def _parents_first(tables: list[str], target: TableStreams) -> list[str]:
    parents = {t: target.parents(t) & set(tables) - {t} for t in tables}
    ordered: list[str] = []
    placed: set[str] = set()
    while len(ordered) < len(tables):
        ready = [t for t in tables if t not in placed and parents[t] <= placed]
        if not ready:  # a cycle of foreign keys: the rest in name order (checks are deferred)
            ready = [t for t in tables if t not in placed]
        for table in ready:
            ordered.append(table)
            placed.add(table)
    return ordered


def refuse_unless_empty(target: TableStreams, plans: list[TablePlan], shown: str) -> None:
    fresh = ladder_row_counts()
    for plan in plans:
        rows = target.count(plan.name)
        if rows != fresh.get(plan.name, 0):
            raise MoveError(f"{shown} is not empty (table {plan.name} has {rows:,} rows); "
                            "move-to only fills a new, empty database")


def refuse_foreign_server_tables(target: str) -> None:
    """A server database with tables of some other application is not a place to move into."""
    reader = open_reader(target)
    try:
        tables = reader.tables()
    finally:
        reader.close()
    if tables and "schema_version" not in tables:
        from app.db.postgres import redacted

        raise MoveError(f"{redacted(target)} holds tables that are not CallDesk's "
                        f"({', '.join(tables[:3])}…); give an empty database")


def require_current(reader: TableStreams, shown: str) -> None:
    from app.db.migrations import LATEST_VERSION

    version = stored_schema_version(reader)
    if version == 0:
        raise MoveError(f"{shown} is not a CallDesk database (it has no schema version)")
    if version > LATEST_VERSION:
        raise MoveError(f"{shown} has schema version {version}, newer than this CallDesk "
                        f"({LATEST_VERSION}); update CallDesk first")
    if version < LATEST_VERSION:
        raise MoveError(f"{shown} has schema version {version}; open it once with this "
                        f"CallDesk (which upgrades it to {LATEST_VERSION}), then move it")
