"""Version 3: row counters kept by triggers, so the UI never runs COUNT(*) over a big table."""

_TABLES = ("contact", "call", "appointment", "quote")


def _triggers(table: str) -> str:
    return f"""
INSERT INTO counter (name, value) SELECT '{table}', count(*) FROM {table};
CREATE TRIGGER counter_{table}_insert AFTER INSERT ON {table} BEGIN
    UPDATE counter SET value = value + 1 WHERE name = '{table}';
END;
CREATE TRIGGER counter_{table}_delete AFTER DELETE ON {table} BEGIN
    UPDATE counter SET value = value - 1 WHERE name = '{table}';
END;
"""


SQL = "CREATE TABLE counter (name TEXT PRIMARY KEY, value INTEGER NOT NULL);\n" + "".join(
    _triggers(t) for t in _TABLES
)


def _pg_triggers(table: str) -> str:
    return f"""
INSERT INTO counter (name, value) SELECT '{table}', count(*) FROM {table};
CREATE TRIGGER counter_{table}_insert AFTER INSERT ON {table}
    REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION counter_add();
CREATE TRIGGER counter_{table}_delete AFTER DELETE ON {table}
    REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION counter_add();
"""


# PostgreSQL: statement-level triggers with transition tables, so a bulk insert or COPY of a
# million rows bumps each counter once instead of a million times.
POSTGRES = """
CREATE TABLE counter (name TEXT PRIMARY KEY, value BIGINT NOT NULL);
CREATE FUNCTION counter_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE counter
        SET value = value + (CASE WHEN TG_OP = 'INSERT' THEN 1 ELSE -1 END)
            * (SELECT count(*) FROM changed_rows)
        WHERE name = TG_TABLE_NAME;
    RETURN NULL;
END $$;
""" + "".join(_pg_triggers(t) for t in _TABLES)
