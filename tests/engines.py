"""What the tests look at inside a database, on either engine: its schema objects and the
health of its search index."""

from __future__ import annotations

from app.db.connection import db, is_postgres


def schema_objects() -> list[tuple[object, ...]]:
    """Every index and trigger with its definition, sorted: equal before and after an
    operation means the operation put back everything it dropped."""
    if is_postgres():
        rows = db.execute_sql(
            "SELECT 'index', indexname, indexdef FROM pg_indexes WHERE schemaname = "
            "current_schema() UNION ALL SELECT 'trigger', tgname, "
            "pg_get_triggerdef(oid) FROM pg_trigger WHERE NOT tgisinternal "
            "ORDER BY 2").fetchall()
    else:
        rows = db.execute_sql("SELECT type, name, sql FROM sqlite_master WHERE type IN "
                              "('index', 'trigger') ORDER BY name").fetchall()
    return [tuple(r) for r in rows]


def check_search_index() -> None:
    """Raises when the search index disagrees with the rows it indexes."""
    if is_postgres():
        stale = db.execute_sql(
            "SELECT count(*) FROM contact WHERE search_doc IS DISTINCT FROM "
            "(SELECT to_tsvector('simple', calldesk_fold(concat_ws(' ', first_name, last_name, "
            "company, city, translate(primary_email, '@.', '  '), "
            "translate(other_emails, '@.,;', '    '), notes, tags))))").fetchone()[0]
        assert stale == 0, f"{stale} contacts have a stale search entry"
        return
    # FTS5 compares each index with its content table (rank 1) and raises on a difference.
    db.execute_sql("INSERT INTO contact_fts (contact_fts, rank) VALUES ('integrity-check', 1)")
    db.execute_sql("INSERT INTO phone_fts (phone_fts, rank) VALUES ('integrity-check', 1)")
