"""Version 10: report summaries, kept by the same transaction that writes the rows.

- call_summary: calls per half hour of UTC time (slot = started_at / 1800), seller (0: no
  user), direction and outcome (outgoing calls only), with their talk time. Every zone
  whose offset is a whole half hour (all but a few, e.g. Nepal) starts its days and hours
  on a slot boundary, so per day and per hour figures sum slots instead of reading every
  call.
- contact_summary: contacts per half hour of created_at, seller, source and status.
- call_day_summary, contact_day_summary: the same per whole UTC day, for totals over long
  periods (the funnel's dials and connects, sources): whole days from these, the first and
  last part-days from the half-hour slots.
- email_message_received: inbound emails by time, for Today's "email replies waiting".
- Covering indexes for the appointment and quote figures (hand-off, quotes, upsell), so a
  period's rows are read from the index alone instead of one table visit each.

Triggers keep them: on SQLite one row at a time; on PostgreSQL once per statement, from
its transition tables, so a bulk insert or a cascade of deletes is summed once (as the
database owner, like the row counters: a seller writes calls, never the summaries). A slot
whose count falls to 0 is removed, so a summary always equals a recount.
"""

from typing import Any

SLOT = 1800
Cols = tuple[tuple[str, str], ...]  # (summary column, SQL over the row as {r})

DAY = 86400


def _call_spec(summary: str, length: int) -> tuple[Any, ...]:
    return ("call", summary,
            (("slot", f"{{r}}.started_at / {length}"), ("user_id", "coalesce({r}.user_id, 0)"),
             ("direction", "coalesce({r}.direction, '')"),
             # Only outgoing calls need their outcome (dials, connects): incoming ones share
             # a row.
             ("outcome",
              "CASE WHEN {r}.direction = 'out' THEN coalesce({r}.outcome, '') ELSE '' END")),
            (("calls", "1"), ("talk_s", "coalesce({r}.duration_s, 0)")),
            ("started_at", "user_id", "direction", "outcome", "duration_s"))


def _contact_spec(summary: str, length: int) -> tuple[Any, ...]:
    return ("contact", summary,
            (("slot", f"{{r}}.created_at / {length}"), ("user_id", "coalesce({r}.user_id, 0)"),
             ("source", "coalesce({r}.source, '')"), ("status", "coalesce({r}.status, '')")),
            (("contacts", "1"),),
            ("created_at", "user_id", "source", "status"))


# table, summary, key columns (summary name, SQL over the row), summed (name, SQL over row),
# the row's columns that change what is counted. The day summaries (whole UTC days) answer
# a long period's totals; its first and last part-days come from the half-hour slots.
_SPECS: tuple[tuple[Any, ...], ...] = (
    _call_spec("call_summary", SLOT), _call_spec("call_day_summary", DAY),
    _contact_spec("contact_summary", SLOT), _contact_spec("contact_day_summary", DAY),
)


def _table_sql(summary: str, keys: Cols, sums: Cols, integer: str) -> str:
    columns = [f"{name} {integer if name in ('slot', 'user_id') else 'TEXT'} NOT NULL"
               for name, _ in keys] + [f"{name} {integer} NOT NULL" for name, _ in sums]
    return (f"CREATE TABLE {summary} ({', '.join(columns)}, "
            f"PRIMARY KEY ({', '.join(n for n, _ in keys)}))")


def _fill_sql(table: str, summary: str, keys: Cols, sums: Cols) -> str:
    key_sql = ", ".join(sql.format(r=table) for _, sql in keys)
    sum_sql = ", ".join(f"sum({sql.format(r=table)})" for _, sql in sums)
    groups = ", ".join(str(i + 1) for i in range(len(keys)))
    return (f"INSERT INTO {summary} SELECT {key_sql}, {sum_sql} FROM {table} "
            f"GROUP BY {groups}")


def fill_sql(summary: str) -> str:
    """SQL that recounts *summary* from its table's rows (into an empty summary)."""
    spec = next(s for s in _SPECS if s[1] == summary)
    return _fill_sql(spec[0], spec[1], spec[2], spec[3])


def summary_tables() -> tuple[tuple[str, str], ...]:
    """(table, summary) pairs."""
    return tuple((s[0], s[1]) for s in _SPECS)


def _sqlite_triggers(table: str, summary: str, keys: Cols, sums: Cols,
                     watched: tuple[str, ...]) -> str:
    names = ", ".join(n for n, _ in keys)
    sum_names = ", ".join(n for n, _ in sums)

    def add(r: str) -> str:
        values = ", ".join(sql.format(r=r) for _, sql in (*keys, *sums))
        updates = ", ".join(f"{n} = {n} + excluded.{n}" for n, _ in sums)
        return (f"INSERT INTO {summary} ({names}, {sum_names}) VALUES ({values}) "
                f"ON CONFLICT ({names}) DO UPDATE SET {updates};")

    def remove(r: str) -> str:
        where = " AND ".join(f"{n} = {sql.format(r=r)}" for n, sql in keys)
        updates = ", ".join(f"{n} = {n} - {sql.format(r=r)}" for n, sql in sums)
        first = sums[0][0]
        return (f"UPDATE {summary} SET {updates} WHERE {where}; "
                f"DELETE FROM {summary} WHERE {where} AND {first} = 0;")

    changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in watched)
    return f"""
CREATE TRIGGER summary_{summary}_insert AFTER INSERT ON {table} BEGIN {add("NEW")} END;
CREATE TRIGGER summary_{summary}_delete AFTER DELETE ON {table} BEGIN {remove("OLD")} END;
CREATE TRIGGER summary_{summary}_update AFTER UPDATE OF {", ".join(watched)} ON {table}
    WHEN {changed} BEGIN {remove("OLD")} {add("NEW")} END;
"""


def _pg_function(table: str, summary: str, keys: Cols, sums: Cols) -> str:
    names = ", ".join(n for n, _ in keys)
    sum_names = ", ".join(n for n, _ in sums)
    first = sums[0][0]

    def rows(source: str, sign: str) -> str:
        values = ", ".join(f"{sql.format(r='r')} AS {n}" for n, sql in keys)
        summed = ", ".join(f"{sign}{sql.format(r='r')} AS {n}" for n, sql in sums)
        return f"SELECT {values}, {summed} FROM {source} r"

    def apply(parts: str) -> str:
        totals = ", ".join(f"sum({n})" for n, _ in sums)
        nonzero = " OR ".join(f"sum({n}) <> 0" for n, _ in sums)
        updates = ", ".join(f"{n} = s.{n} + excluded.{n}" for n, _ in sums)
        return (f"INSERT INTO {summary} AS s ({names}, {sum_names}) "
                f"SELECT {names}, {totals} FROM ({parts}) AS d GROUP BY {names} "
                f"HAVING {nonzero} ORDER BY {names} "
                f"ON CONFLICT ({names}) DO UPDATE SET {updates};")

    key_of_old = ", ".join(sql.format(r="r") for _, sql in keys)
    prune = (f"DELETE FROM {summary} s WHERE s.{first} = 0 AND ({names}) IN "
             f"(SELECT {key_of_old} FROM old_rows r);")
    return f"""
CREATE FUNCTION summary_{summary}_apply() RETURNS trigger LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        {apply(rows("new_rows", ""))}
    ELSIF TG_OP = 'DELETE' THEN
        {apply(rows("old_rows", "-"))}
        {prune}
    ELSE
        {apply(rows("new_rows", "") + " UNION ALL " + rows("old_rows", "-"))}
        {prune}
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER summary_{summary}_insert AFTER INSERT ON {table}
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION summary_{summary}_apply();
CREATE TRIGGER summary_{summary}_delete AFTER DELETE ON {table}
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
    EXECUTE FUNCTION summary_{summary}_apply();
CREATE TRIGGER summary_{summary}_update AFTER UPDATE ON {table}
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION summary_{summary}_apply();
"""


_EMAIL_INDEX = ("CREATE INDEX email_message_received ON email_message (direction, created_at);\n")
_COVERING = """
CREATE INDEX appointment_report ON appointment (created_at, user_id, rep_id, status, contact_id,
                                                starts_at);
CREATE INDEX quote_report_issued ON quote (issued_on, status, valid_until, currency,
                                           total_minor, user_id, contact_id);
CREATE INDEX quote_report_decided ON quote (decided_at, status, sent_at, currency, total_minor,
                                            user_id, contact_id);
CREATE INDEX quote_contact_decided ON quote (contact_id, status, decided_at);
CREATE INDEX quote_line_report ON quote_line (quote_id, optional, product_id, line_total_minor);
"""

SQL = _EMAIL_INDEX + _COVERING + "".join(
    f"{_table_sql(summary, keys, sums, 'INTEGER')} WITHOUT ROWID;\n"
    f"{_fill_sql(table, summary, keys, sums)};\n"
    + _sqlite_triggers(table, summary, keys, sums, watched)
    for table, summary, keys, sums, watched in _SPECS)

POSTGRES = _EMAIL_INDEX + _COVERING + "".join(
    f"{_table_sql(summary, keys, sums, 'BIGINT')};\n"
    f"{_fill_sql(table, summary, keys, sums)};\n"
    + _pg_function(table, summary, keys, sums)
    for table, summary, keys, sums, _ in _SPECS)
