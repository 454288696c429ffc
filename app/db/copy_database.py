"""Copy a whole CallDesk database into an empty one, either engine to either engine, and prove
the copy: row counts and a checksum per table, read back from the target.

The target is built by the migration ladder first, so it has exactly the schema this CallDesk
writes (its indexes, triggers, search columns); then every data table is copied with its ids,
in one transaction, in foreign-key order. Engine-internal tables (search indexes, the schema
version, row counters) are not copied: the target keeps its own, and its counters are set to
the copied counts. The source is only ever read, through a read-only connection.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.db.copy_plan import (
    MoveError,
    TablePlan,
    ladder_row_counts,
    open_reader,
    plan_tables,
    refuse_foreign_server_tables,
    refuse_unless_empty,
    require_current,
    same_database,
)
from app.db.table_streams import Row, ServerStreams, SqliteStreams, TableStreams

__all__ = ["MoveError", "MoveReport", "TableCheck", "compare_databases", "move_database"]


@dataclass(frozen=True)
class TableCheck:
    table: str
    source_rows: int
    target_rows: int
    source_sum: str
    target_sum: str

    @property
    def ok(self) -> bool:
        return self.source_rows == self.target_rows and self.source_sum == self.target_sum


@dataclass
class MoveReport:
    source: str
    target: str
    tables: list[TableCheck] = field(default_factory=list)
    copy_seconds: float = 0.0
    verify_seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return all(t.ok for t in self.tables)

    @property
    def rows(self) -> int:
        return sum(t.source_rows for t in self.tables)


def _plain(value: Any) -> Any:
    """A value as both engines hand it over: booleans as 0/1, views as bytes, the rest (int,
    str, float, bytes, None) as it is; anything else as its text."""
    if value is None or isinstance(value, int | str | float | bytes):
        return int(value) if isinstance(value, bool) else value
    if isinstance(value, memoryview):
        return bytes(value)
    return str(value)


class RowDigest:
    """sha256 over the rows in key order, one ``repr`` of the row per line: ints, text, floats,
    bytes and None print identically whichever engine they came from."""

    def __init__(self, simple: bool) -> None:
        self._hash = hashlib.sha256()
        self._simple = simple
        self.rows = 0

    def feed(self, batch: list[Row]) -> list[Row]:
        rows = batch if self._simple else [tuple(_plain(v) for v in row) for row in batch]
        self._hash.update(("\n".join(map(repr, rows)) + "\n").encode("utf-8", "surrogatepass"))
        self.rows += len(batch)
        return batch

    def hexdigest(self) -> str:
        return self._hash.hexdigest()


def digest_table(streams: TableStreams, plan: TablePlan) -> tuple[int, str]:
    digest = RowDigest(plan.simple)
    for batch in streams.batches(plan.name, plan.columns, plan.key):
        digest.feed(batch)
    return digest.rows, digest.hexdigest()


Progress = Callable[[str], None]


def move_database(source: str, target: str, progress: Progress | None = None) -> MoveReport:
    """Copy the database at *source* into the new or empty database at *target*, then check
    counts and checksums of every table read back from the target."""
    from app.db.postgres import is_postgres_url, redacted

    say = progress or (lambda _text: None)
    if same_database(source, target):
        raise MoveError("the target is the source database itself; give another one")
    report = MoveReport(redacted(source), redacted(target))
    with ExitStack() as stack:
        reader = open_reader(source)
        stack.callback(reader.close)
        require_current(reader, report.source)
        target_is_server = is_postgres_url(target)
        new_file = not target_is_server and not Path(target).expanduser().exists()
        if target_is_server:
            refuse_foreign_server_tables(target)
        elif not new_file and not Path(target).expanduser().is_file():
            raise MoveError(f"{target} is not a database file")
        elif new_file and not Path(target).expanduser().parent.is_dir():
            raise MoveError(f"folder {Path(target).parent} does not exist")
        started = time.perf_counter()
        try:
            sums = _copy_into_target(reader, target, report.target, say)
        except BaseException:
            if new_file:
                _remove_file(target)
            raise
        report.copy_seconds = time.perf_counter() - started
        started = time.perf_counter()
        say("checking the copy")
        report.tables = _verify(target, sums)
        report.verify_seconds = time.perf_counter() - started
    return report


def _copy_into_target(reader: TableStreams, target: str, shown: str,
                      say: Progress) -> dict[str, tuple[TablePlan, int, str]]:
    from peewee import DatabaseError

    from app.db.connection import DatabaseOpenError, close_database, open_database
    from app.db.migrations import MigrationError

    try:
        open_database(target)
    except (DatabaseOpenError, MigrationError) as exc:
        raise MoveError(str(exc)) from exc
    try:
        writer = _writer()
        plans = plan_tables(reader, writer)
        refuse_unless_empty(writer, plans, shown)
        try:
            return _copy_tables(reader, writer, plans, say)
        except DatabaseError as exc:
            raise MoveError(_one_line(exc)) from exc
        except Exception as exc:
            if "psycopg" in type(exc).__module__ or "sqlite3" in type(exc).__module__:
                raise MoveError(_one_line(exc)) from exc
            raise
    finally:
        close_database()


def _writer() -> TableStreams:
    from app.db.connection import db, is_postgres

    if is_postgres():
        return ServerStreams(db.connection(), own=False)
    return SqliteStreams(db.connection(), own=False)


def _copy_tables(reader: TableStreams, writer: TableStreams, plans: list[TablePlan],
                 say: Progress) -> dict[str, tuple[TablePlan, int, str]]:
    from app.db import engine_load
    from app.db.connection import db

    sums: dict[str, tuple[TablePlan, int, str]] = {}
    fresh = ladder_row_counts()
    total = sum(reader.count(p.name) for p in plans)
    with db.atomic(), engine_load.loading([p.name for p in plans], total):
        for plan in reversed(plans):  # the ladder's own rows make way for the source's
            if fresh.get(plan.name):
                db.execute_sql(f'DELETE FROM "{plan.name}"')
        for plan in plans:
            started = time.perf_counter()
            digest = RowDigest(plan.simple)
            batches: Iterable[list[Row]] = reader.batches(plan.name, plan.columns, plan.key)
            if plan.name in engine_load.ADAPTED_TABLES:
                batches, note = engine_load.adapt_rows(plan.name, plan.columns, batches)
                if note:
                    say(note)
            written = writer.write(plan.name, plan.columns, _fed(digest, batches))
            sums[plan.name] = (plan, written, digest.hexdigest())
            say(f"copied {plan.name}: {written:,} rows in {time.perf_counter() - started:.1f} s")
        engine_load.finish({name: rows for name, (_, rows, _) in sums.items()},
                           [p.name for p in plans if p.key == ("id",)])
    return sums


def _fed(digest: RowDigest, batches: Iterable[list[Row]]) -> Iterator[list[Row]]:
    for batch in batches:
        yield digest.feed(batch)


def _verify(target: str, sums: dict[str, tuple[TablePlan, int, str]]) -> list[TableCheck]:
    checks: list[TableCheck] = []
    reader = open_reader(target)
    try:
        for name, (plan, rows, source_sum) in sums.items():
            target_rows, target_sum = digest_table(reader, plan)
            checks.append(TableCheck(name, rows, target_rows, source_sum, target_sum))
    finally:
        reader.close()
    return checks


def compare_databases(source: str, target: str) -> list[TableCheck]:
    """Counts and checksums of every data table in both databases (read-only, both)."""
    with ExitStack() as stack:
        first = open_reader(source)
        stack.callback(first.close)
        second = open_reader(target)
        stack.callback(second.close)
        checks: list[TableCheck] = []
        for plan in plan_tables(first, second):
            rows, digest = digest_table(first, plan)
            target_rows, target_digest = digest_table(second, plan)
            checks.append(TableCheck(plan.name, rows, target_rows, digest, target_digest))
    return checks


def _one_line(exc: BaseException) -> str:
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    context = getattr(getattr(exc, "diag", None), "context", None)
    text = lines[0] if lines else type(exc).__name__
    if context:  # COPY names the table, line and column of a row the server refused
        text += f" ({str(context).splitlines()[0]})"
    if "row-level security" in text or "permission denied" in text:
        text += "; only the database's owner can copy all of it"
    return f"the copy failed, no rows were written: {text}"


def _remove_file(target: str) -> None:
    base = Path(target).expanduser()
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{base}{suffix}").unlink(missing_ok=True)
