"""Integrity checks of a database file: SQLite's own, foreign keys, search index, counters.

Every check works on a plain connection of its own and never migrates or changes data.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

MAX_PROBLEMS = 50


@dataclass
class CheckReport:
    path: str
    problems: list[str] = field(default_factory=list)
    schema_version: int | None = None
    latest_version: int = 0
    row_counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


def _connect(path: str | Path) -> sqlite3.Connection:
    if not Path(path).is_file():
        raise FileNotFoundError(f"no database at {path}")
    return sqlite3.connect(Path(path), timeout=5)


def _pragma_messages(conn: sqlite3.Connection, pragma: str) -> list[str]:
    rows = [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}({MAX_PROBLEMS})")]
    return [] if rows == ["ok"] else rows


def quick_check(path: str | Path) -> list[str]:
    """SQLite's quick_check: the problems found, [] when the file is sound."""
    try:
        conn = _connect(path)
    except FileNotFoundError as exc:
        return [str(exc)]
    try:
        return _pragma_messages(conn, "quick_check")
    except sqlite3.DatabaseError as exc:
        return [f"not a readable database: {exc}"]
    finally:
        conn.close()


def _tables(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name"
    ).fetchall()
    virtual = [name for name, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL")]
    return [name for name, _ in rows
            if name not in virtual and not any(name.startswith(v + "_") for v in virtual)]


def full_check(path: str | Path) -> CheckReport:
    """integrity_check, foreign keys, search indexes and row counters; row counts per table.
    *path* may be a postgresql:// URL: the server's checks then (integrity_postgres)."""
    from app.db.backup import is_server_address
    from app.db.migrations import LATEST_VERSION

    if is_server_address(path):
        from app.db.integrity_postgres import server_full_check

        return server_full_check(str(path))

    report = CheckReport(str(path), latest_version=LATEST_VERSION)
    try:
        conn = _connect(path)
    except FileNotFoundError as exc:
        report.problems.append(str(exc))
        return report
    try:
        report.problems += _pragma_messages(conn, "integrity_check")
        report.schema_version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if report.schema_version > LATEST_VERSION:
            report.problems.append(
                f"schema version {report.schema_version} is newer than this CallDesk "
                f"({LATEST_VERSION})")
        for table in _tables(conn):
            report.row_counts[table] = int(
                conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
        for row in conn.execute("PRAGMA foreign_key_check").fetchmany(MAX_PROBLEMS):
            report.problems.append(f"{row[0]} row {row[1]} points to a missing {row[2]} row")
        report.problems += _fts_problems(conn)
        if "counter" in report.row_counts:
            for name, value in conn.execute("SELECT name, value FROM counter ORDER BY name"):
                actual = report.row_counts.get(name)
                if actual is not None and actual != value:
                    report.problems.append(
                        f"row counter for {name} says {value}, the table has {actual}")
    except sqlite3.DatabaseError as exc:
        report.problems.append(f"not a readable database: {exc}")
    finally:
        conn.close()
    return report


def _fts_problems(conn: sqlite3.Connection) -> list[str]:
    fts_tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'"
        " AND lower(sql) LIKE '%using fts5%' ORDER BY name")]
    problems: list[str] = []
    for table in fts_tables:
        conn.execute("BEGIN")
        try:
            conn.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('integrity-check', 1)")
        except sqlite3.DatabaseError as exc:
            problems.append(f"search index {table} does not match the data: {exc}")
        finally:
            conn.execute("ROLLBACK")
    return problems
