"""Whole tables on either engine, over a plain DB-API connection: what tables and columns a
database has, their primary keys and foreign-key parents, and their rows streamed in primary
key order (for copying a database and checking the copy).

Rows are read in primary-key order on both engines with the same byte order for text keys
(SQLite's BINARY, PostgreSQL's "C"), so the same data streams identically from either.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Protocol
from urllib.parse import quote

Row = tuple[Any, ...]
BATCH_ROWS = 10_000


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # "integer", "text", "real", "blob" or "other" (the engine's own types)


def quote_name(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _column_list(columns: Sequence[str]) -> str:
    return ", ".join(quote_name(c) for c in columns)


class TableStreams(Protocol):
    engine: str
    conn: Any

    def tables(self) -> list[str]: ...
    def columns(self, table: str) -> list[Column]: ...
    def primary_key(self, table: str) -> tuple[str, ...]: ...
    def parents(self, table: str) -> set[str]: ...
    def count(self, table: str) -> int: ...
    def batches(self, table: str, columns: Sequence[str],
                key: Sequence[str]) -> Iterator[list[Row]]: ...
    def write(self, table: str, columns: Sequence[str],
              batches: Iterable[list[Row]]) -> int: ...
    def close(self) -> None: ...


def _sqlite_kind(declared: str) -> str:
    # SQLite's affinity rules, in their order (https://sqlite.org/datatype3.html 3.1).
    upper = declared.upper()
    if "INT" in upper:
        return "integer"
    if any(word in upper for word in ("CHAR", "CLOB", "TEXT")):
        return "text"
    if "BLOB" in upper or not upper:
        return "blob"
    if any(word in upper for word in ("REAL", "FLOA", "DOUB")):
        return "real"
    return "other"


class SqliteStreams:
    engine = "sqlite"

    def __init__(self, conn: sqlite3.Connection, *, own: bool) -> None:
        self.conn = conn
        self._own = own

    @classmethod
    def read_only(cls, path: str) -> SqliteStreams:
        """A read-only connection (the file is never written, not even its journal mode), in
        one read transaction, so every table is read from the same moment."""
        conn = sqlite3.connect(f"file:{quote(path)}?mode=ro", uri=True, timeout=5,
                               isolation_level=None, check_same_thread=False)
        conn.execute("BEGIN")
        return cls(conn, own=True)

    def tables(self) -> list[str]:
        rows = self.conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name").fetchall()
        virtual = [name for name, sql in rows
                   if (sql or "").upper().startswith("CREATE VIRTUAL")]
        # A virtual table's shadow tables are named after it: <name>_data, <name>_idx, ...
        return [name for name, _ in rows
                if name not in virtual and not any(name.startswith(v + "_") for v in virtual)]

    def columns(self, table: str) -> list[Column]:
        rows = self.conn.execute(f"PRAGMA table_info({quote_name(table)})").fetchall()
        return [Column(str(r[1]), _sqlite_kind(str(r[2] or ""))) for r in rows]

    def primary_key(self, table: str) -> tuple[str, ...]:
        rows = self.conn.execute(f"PRAGMA table_info({quote_name(table)})").fetchall()
        keyed = sorted((int(r[5]), str(r[1])) for r in rows if int(r[5]) > 0)
        return tuple(name for _, name in keyed) or ("rowid",)

    def parents(self, table: str) -> set[str]:
        rows = self.conn.execute(f"PRAGMA foreign_key_list({quote_name(table)})").fetchall()
        return {str(r[2]) for r in rows}

    def count(self, table: str) -> int:
        return int(self.conn.execute(f"SELECT count(*) FROM {quote_name(table)}").fetchone()[0])

    def batches(self, table: str, columns: Sequence[str],
                key: Sequence[str]) -> Iterator[list[Row]]:
        cursor = self.conn.execute(
            f"SELECT {_column_list(columns)} FROM {quote_name(table)} "
            f"ORDER BY {_column_list(key)}")
        while batch := cursor.fetchmany(BATCH_ROWS):
            yield batch

    def write(self, table: str, columns: Sequence[str], batches: Iterable[list[Row]]) -> int:
        sql = (f"INSERT INTO {quote_name(table)} ({_column_list(columns)}) "
               f"VALUES ({', '.join('?' * len(columns))})")
        written = 0
        for batch in batches:
            self.conn.executemany(sql, batch)
            written += len(batch)
        return written

    def close(self) -> None:
        if self._own:
            self.conn.close()


_PG_KINDS = {"bigint": "integer", "integer": "integer", "smallint": "integer", "text": "text",
             "character varying": "text", "character": "text", "double precision": "real",
             "real": "real", "bytea": "blob",
             "tsvector": "derived"}  # search documents: each database computes its own


class ServerStreams:
    engine = "postgresql"

    def __init__(self, conn: Any, *, own: bool) -> None:
        self.conn = conn
        self._own = own
        self._kinds: dict[str, dict[str, str]] = {}
        self._cursors = 0

    @classmethod
    def read_only(cls, url: str) -> ServerStreams:
        """A read-only connection in one REPEATABLE READ transaction: one snapshot of every
        table, however long the reading takes and whoever writes meanwhile."""
        import psycopg

        conn = psycopg.connect(url.strip(), connect_timeout=5, application_name="CallDesk")
        conn.read_only = True
        conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
        # A login whose rows row-level security would narrow gets an error, never a part of
        # a table that looks whole.
        conn.execute("SET row_security = off")
        conn.commit()
        return cls(conn, own=True)

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        return list(self.conn.execute(sql, tuple(params)).fetchall())

    def tables(self) -> list[str]:
        return [str(r[0]) for r in self._rows(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
            "ORDER BY tablename")]

    def columns(self, table: str) -> list[Column]:
        rows = self._rows(
            "SELECT column_name, data_type FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND table_name = %s "
            "ORDER BY ordinal_position", (table,))
        found = [Column(str(name), _PG_KINDS.get(str(kind), "other")) for name, kind in rows]
        self._kinds[table] = {c.name: c.kind for c in found}
        return found

    def primary_key(self, table: str) -> tuple[str, ...]:
        rows = self._rows(
            "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
            "AND a.attnum = ANY(i.indkey) WHERE i.indrelid = to_regclass(%s) AND i.indisprimary "
            "ORDER BY array_position(i.indkey, a.attnum)", (quote_name(table),))
        return tuple(str(r[0]) for r in rows) or ("ctid",)

    def parents(self, table: str) -> set[str]:
        rows = self._rows(
            "SELECT confrelid::regclass::text FROM pg_constraint "
            "WHERE contype = 'f' AND conrelid = to_regclass(%s)", (quote_name(table),))
        return {str(r[0]).strip('"') for r in rows}

    def count(self, table: str) -> int:
        return int(self._rows(f"SELECT count(*) FROM {quote_name(table)}")[0][0])

    def _order(self, table: str, key: Sequence[str]) -> str:
        kinds = self._kinds.get(table) or {c.name: c.kind for c in self.columns(table)}
        # Text keys in byte order, as SQLite sorts them, whatever the database's collation.
        return ", ".join(quote_name(k) + (' COLLATE "C"' if kinds.get(k) == "text" else "")
                         for k in key)

    def batches(self, table: str, columns: Sequence[str],
                key: Sequence[str]) -> Iterator[list[Row]]:
        self._cursors += 1
        # A server-side cursor: a table of millions of rows is never held in memory at once.
        with self.conn.cursor(name=f"calldesk_stream_{self._cursors}") as cursor:
            cursor.itersize = BATCH_ROWS
            cursor.execute(f"SELECT {_column_list(columns)} FROM {quote_name(table)} "
                           f"ORDER BY {self._order(table, key)}")
            while batch := cursor.fetchmany(BATCH_ROWS):
                yield batch

    def write(self, table: str, columns: Sequence[str], batches: Iterable[list[Row]]) -> int:
        """All rows through one COPY: the server parses and checks them in bulk."""
        written = 0
        with self.conn.cursor() as cursor, cursor.copy(
                f"COPY {quote_name(table)} ({_column_list(columns)}) FROM STDIN") as copy:
            for batch in batches:
                for row in batch:
                    copy.write_row(row)
                written += len(batch)
        return written

    def close(self) -> None:
        if self._own:
            self.conn.close()
