"""Loading a whole database's rows in one transaction (move-to), engine by engine: what to
switch off while the rows go in, and what to set right once they are in."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import ExitStack, contextmanager

from app.db.connection import db, is_postgres


@contextmanager
def loading(tables: Sequence[str], rows: int) -> Iterator[None]:
    """Inside the transaction that loads *rows* rows into *tables*.

    SQLite: foreign keys are checked at commit (rows arrive parents first, but a quote may
    name a later revision), secondary indexes and counter triggers are rebuilt once (see
    bulk_load) and the search indexes are built once at the end. PostgreSQL: its COPY
    already loads in bulk, and its statement-level triggers fire once per table.
    """
    if is_postgres():
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
