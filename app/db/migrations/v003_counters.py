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
