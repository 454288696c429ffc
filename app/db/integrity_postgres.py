"""Checks of a CallDesk database on a PostgreSQL server: it answers, its schema version is one
this CallDesk knows, every foreign key and index is valid and in force, the row counters and
search documents agree with the rows. The server guards its own pages (checksums, WAL), so
this checks what CallDesk itself keeps.

Read-only, on a connection of its own; never migrates or changes data.
"""

from __future__ import annotations

from typing import Any

from app.db.integrity import MAX_PROBLEMS, CheckReport

# The same text the search trigger (migration v002) indexes.
_SEARCH_DOC = (
    "to_tsvector('simple', calldesk_fold(concat_ws(' ', first_name, last_name, company, city, "
    "translate(primary_email, '@.', '  '), translate(other_emails, '@.,;', '    '), notes, "
    "tags)))"
)
_INTERNAL = ("schema_version", "counter")


def _one(conn: Any, sql: str, params: tuple[object, ...] = ()) -> Any:
    return conn.execute(sql, params or None).fetchone()[0]


def server_full_check(url: str) -> CheckReport:
    from app.db.migrations import LATEST_VERSION
    from app.db.postgres import connect_failure_message, redacted

    report = CheckReport(redacted(url), latest_version=LATEST_VERSION)
    try:
        import psycopg

        conn = psycopg.connect(url.strip(), connect_timeout=5, application_name="CallDesk")
    except Exception as exc:  # psycopg's connection errors: one line saying which
        report.problems.append(connect_failure_message(url, exc))
        return report
    try:
        conn.read_only = True
        # Counts narrowed by row-level security (a seller's login) would look like damage:
        # such a login gets an error saying so instead.
        conn.execute("SET row_security = off")
        _check(conn, report)
    except psycopg.Error as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        hint = ("; run it as the database's owner" if "row-level security" in first
                or "permission denied" in first else "")
        report.problems.append(f"the check could not finish: {first}{hint}")
    finally:
        conn.close()
    return report


def _check(conn: Any, report: CheckReport) -> None:
    from app.db.postgres import MIN_SERVER_VERSION

    version = int(conn.info.server_version)
    if version < MIN_SERVER_VERSION:
        report.problems.append(f"PostgreSQL {version // 10000} is too old; CallDesk needs "
                               f"{MIN_SERVER_VERSION // 10000} or newer")
    tables = [str(r[0]) for r in conn.execute(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
        "ORDER BY tablename").fetchall()]
    if "schema_version" not in tables:
        report.problems.append("this database has no CallDesk schema (no schema_version "
                               "table); open it once with CallDesk to set it up")
        return
    report.schema_version = int(_one(conn, "SELECT coalesce(max(version), 0) "
                                           "FROM schema_version"))
    if report.schema_version > report.latest_version:
        report.problems.append(
            f"schema version {report.schema_version} is newer than this CallDesk "
            f"({report.latest_version})")
    for table in tables:
        if table not in _INTERNAL:
            report.row_counts[table] = int(_one(conn, f'SELECT count(*) FROM "{table}"'))
    report.problems += _constraint_problems(conn)
    report.problems += _counter_problems(conn, report.row_counts, "counter" in tables)
    if "contact" in tables and _has_column(conn, "contact", "search_doc"):
        stale = int(_one(conn, "SELECT count(*) FROM contact WHERE search_doc IS DISTINCT "
                               f"FROM {_SEARCH_DOC}"))
        if stale:
            report.problems.append(f"search index: {stale:,} contacts have a stale entry")
    del report.problems[MAX_PROBLEMS:]


def _has_column(conn: Any, table: str, column: str) -> bool:
    return bool(_one(conn, "SELECT count(*) FROM information_schema.columns WHERE "
                           "table_schema = current_schema() AND table_name = %s "
                           "AND column_name = %s", (table, column)))


def _constraint_problems(conn: Any) -> list[str]:
    problems = [f"index {name} is not valid (a build was interrupted); rebuild it with "
                f"REINDEX INDEX {name}" for (name,) in conn.execute(
                    "SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                    "WHERE c.relnamespace = current_schema()::regnamespace "
                    "AND NOT (i.indisvalid AND i.indisready) ORDER BY 1").fetchall()]
    problems += [f"foreign key {name} on {table} is not checked (NOT VALID)"
                 for table, name in conn.execute(
                     "SELECT conrelid::regclass::text, conname FROM pg_constraint WHERE "
                     "connamespace = current_schema()::regnamespace AND NOT convalidated "
                     "ORDER BY 1, 2").fetchall()]
    problems += [f"trigger {name} on {table} is disabled" for table, name in conn.execute(
        "SELECT c.relname, g.tgname FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid "
        "WHERE NOT g.tgisinternal AND g.tgenabled = 'D' "
        "AND c.relnamespace = current_schema()::regnamespace ORDER BY 1, 2").fetchall()]
    return problems


def _counter_problems(conn: Any, counts: dict[str, int], has_counter: bool) -> list[str]:
    if not has_counter:
        return []
    problems: list[str] = []
    for name, value in conn.execute("SELECT name, value FROM counter ORDER BY name").fetchall():
        actual = counts.get(str(name))
        if actual is not None and actual != int(value):
            problems.append(f"row counter for {name} says {value}, the table has {actual}")
    return problems
