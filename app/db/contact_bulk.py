"""Bulk SQL for contact imports, their undo, and exports: batched duplicate lookups through the
phone_e164 / email_address_key indexes, executemany inserts, and the import_batch journal."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from app.db import raw
from app.db.connection import is_postgres

CONTACT_COLUMNS = (
    "first_name", "last_name", "name_key", "company", "title", "street", "city", "region",
    "postal_code", "country", "status", "source", "tags", "notes", "do_not_call",
    "primary_phone", "primary_email", "other_emails",
)
PHONE_COLUMNS = ("e164", "raw", "label", "extension", "is_primary", "digits")
EMAIL_COLUMNS = ("address", "address_key", "label", "is_primary")
_CHUNK = 500  # bound parameters per IN (...) lookup

_INSERT_PHONE = (f"INSERT INTO phone (contact_id, {', '.join(PHONE_COLUMNS)}) "
                 f"VALUES ({', '.join('?' * (len(PHONE_COLUMNS) + 1))})")
_INSERT_EMAIL = (f"INSERT INTO email (contact_id, {', '.join(EMAIL_COLUMNS)}) "
                 f"VALUES ({', '.join('?' * (len(EMAIL_COLUMNS) + 1))})")
_UPDATE_CONTACT = (f"UPDATE contact SET {', '.join(c + ' = ?' for c in CONTACT_COLUMNS)}, "
                   "updated_at = ? WHERE id = ?")

Row = tuple[Any, ...]


def _conn() -> raw.RawConnection:
    return raw.connection()


def _chunks(items: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start:start + _CHUNK]


def _owners(sql: str, keys: Iterable[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    unique = sorted(set(keys))
    for chunk in _chunks(unique):
        marks = ", ".join("?" * len(chunk))
        for key, contact_id in _conn().execute(sql.format(marks), list(chunk)):
            found.setdefault(str(key), int(contact_id))
    return found


def phone_key(e164: str, extension: str = "") -> str:
    """What makes two phones the same: the number and the extension (one switchboard number
    with extensions 12 and 14 reaches two people)."""
    return f"{e164};ext={extension}" if extension else e164


def phone_owners(keys: Iterable[str]) -> dict[str, int]:
    """phone_key -> the (lowest-id) contact that already has that number and extension."""
    wanted = set(keys)
    numbers = sorted({key.partition(";ext=")[0] for key in wanted})
    found: dict[str, int] = {}
    for chunk in _chunks(numbers):
        marks = ", ".join("?" * len(chunk))
        rows = _conn().execute(
            f"SELECT e164, extension, min(contact_id) FROM phone WHERE e164 IN ({marks}) "
            "GROUP BY e164, extension", list(chunk))
        for e164, extension, contact_id in rows:
            key = phone_key(str(e164), str(extension))
            if key in wanted:
                found.setdefault(key, int(contact_id))
    return found


def email_owners(keys: Iterable[str]) -> dict[str, int]:
    """Case-folded address -> the (lowest-id) contact that already has it."""
    return _owners("SELECT address_key, min(contact_id) FROM email WHERE address_key IN ({}) "
                   "GROUP BY address_key", keys)


def contact_snapshots(ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    """Every stored column of these contacts with their phones and emails, JSON-ready."""
    result: dict[int, dict[str, Any]] = {}
    conn = _conn()
    for chunk in _chunks(list(ids)):
        marks = ", ".join("?" * len(chunk))
        cursor = conn.execute(f"SELECT * FROM contact WHERE id IN ({marks})", list(chunk))
        names = [d[0] for d in cursor.description]
        for row in cursor:
            values = dict(zip(names, row, strict=True))
            result[int(values["id"])] = {"contact": values, "phones": [], "emails": []}
        for table, columns in (("phone", PHONE_COLUMNS), ("email", EMAIL_COLUMNS)):
            sql = (f"SELECT contact_id, {', '.join(columns)} FROM {table} "
                   f"WHERE contact_id IN ({marks}) ORDER BY id")
            for row in conn.execute(sql, list(chunk)):
                item = dict(zip(columns, row[1:], strict=True))
                result[int(row[0])][table + "s"].append(item)
    return result


def reserve_contact_ids(count: int) -> list[int]:
    """Ids for *count* new contacts. On SQLite the import holds the write lock, so the next
    ids after the largest are free; on a server other people insert at the same time, so the
    ids come from the table's identity sequence."""
    if count <= 0:
        return []
    if is_postgres():
        rows = _conn().execute(
            "SELECT nextval(pg_get_serial_sequence('contact', 'id')) "
            "FROM generate_series(1, ?)", (count,)).fetchall()
        return [int(r[0]) for r in rows]
    first = int(_conn().execute("SELECT coalesce(max(id), 0) + 1 FROM contact").fetchone()[0])
    return list(range(first, first + count))


def next_phone_id() -> int:
    return int(_conn().execute("SELECT coalesce(max(id), 0) + 1 FROM phone").fetchone()[0])


def insert_contacts(contacts: list[Row], phones: list[Row], emails: list[Row]) -> None:
    raw.copy_rows("contact", ("id", *CONTACT_COLUMNS, "created_at", "updated_at"), contacts)
    raw.copy_rows("phone", ("contact_id", *PHONE_COLUMNS), phones)
    raw.copy_rows("email", ("contact_id", *EMAIL_COLUMNS), emails)


def replace_contact(contact_id: int, values: Row, updated_at: int, phones: list[Row],
                    emails: list[Row]) -> None:
    """Overwrite one contact's columns (in CONTACT_COLUMNS order) and its phones/emails."""
    conn = _conn()
    conn.execute(_UPDATE_CONTACT, (*values, updated_at, contact_id))
    conn.execute("DELETE FROM phone WHERE contact_id = ?", (contact_id,))
    conn.execute("DELETE FROM email WHERE contact_id = ?", (contact_id,))
    conn.executemany(_INSERT_PHONE, [(contact_id, *p) for p in phones])
    conn.executemany(_INSERT_EMAIL, [(contact_id, *e) for e in emails])


def begin_batch(source: str, started_at: int) -> int:
    return raw.insert_id("INSERT INTO import_batch (source, started_at) VALUES (?, ?)",
                         (source, started_at))


def finish_batch(batch_id: int, finished_at: int, summary: dict[str, Any]) -> None:
    _conn().execute("UPDATE import_batch SET finished_at = ?, summary_json = ? WHERE id = ?",
                    (finished_at, json.dumps(summary, ensure_ascii=False), batch_id))


def record_changes(batch_id: int, changes: Iterable[tuple[int, str, str]]) -> None:
    """(contact id, 'added' | 'merged', before_json) rows of one import."""
    raw.copy_rows("import_change", ("batch_id", "contact_id", "action", "before_json"),
                  ((batch_id, cid, action, before) for cid, action, before in changes))


def latest_open_batch() -> tuple[int, str, int, str] | None:
    """(id, source, finished_at, summary_json) of the newest finished, not undone import."""
    row = _conn().execute(
        "SELECT id, source, finished_at, summary_json FROM import_batch "
        "WHERE finished_at IS NOT NULL AND undone_at IS NULL ORDER BY id DESC LIMIT 1"
    ).fetchone()
    return None if row is None else (int(row[0]), str(row[1]), int(row[2]), str(row[3]))


def count_added(batch_id: int) -> int:
    return int(_conn().execute(
        "SELECT count(*) FROM import_change WHERE batch_id = ? AND action = 'added'",
        (batch_id,)).fetchone()[0])


_HAS_NUMBERED_QUOTE = ("EXISTS (SELECT 1 FROM quote WHERE quote.contact_id = contact.id "
                       "AND quote.number IS NOT NULL)")


def delete_added(batch_id: int) -> int:
    """Delete the contacts the import added, except those that have numbered quotes since
    (a numbered quote is never erased); returns how many were deleted."""
    cursor = _conn().execute(
        "DELETE FROM contact WHERE id IN (SELECT contact_id FROM import_change "
        f"WHERE batch_id = ? AND action = 'added') AND NOT {_HAS_NUMBERED_QUOTE}", (batch_id,))
    return int(cursor.rowcount)


def added_with_quotes(batch_id: int) -> int:
    """Contacts the import added that have numbered quotes now (undo keeps them)."""
    return int(_conn().execute(
        "SELECT count(*) FROM contact WHERE id IN (SELECT contact_id FROM import_change "
        f"WHERE batch_id = ? AND action = 'added') AND {_HAS_NUMBERED_QUOTE}",
        (batch_id,)).fetchone()[0])


def merged_before(batch_id: int) -> list[tuple[int, str]]:
    """Snapshots of merged contacts, newest first: restoring them in this order leaves each
    contact as it was before the first merge of the import."""
    return [(int(r[0]), str(r[1])) for r in _conn().execute(
        "SELECT contact_id, before_json FROM import_change "
        "WHERE batch_id = ? AND action = 'merged' ORDER BY id DESC", (batch_id,))]


def contact_exists(contact_id: int) -> bool:
    return _conn().execute("SELECT 1 FROM contact WHERE id = ?",
                           (contact_id,)).fetchone() is not None


def mark_undone(batch_id: int, undone_at: int) -> None:
    _conn().execute("UPDATE import_batch SET undone_at = ? WHERE id = ?", (undone_at, batch_id))


@contextmanager
def contact_counter_paused() -> Iterator[None]:
    """For bulk writes inside a transaction: the per-row counter trigger is dropped and put
    back afterwards; call sync_contact_counter() before leaving. (PostgreSQL's counter
    triggers fire once per statement, so there is nothing to pause.)"""
    if is_postgres():
        yield
        return
    conn = _conn()
    row = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                       "AND name = 'counter_contact_insert'").fetchone()
    if row is not None:
        conn.execute('DROP TRIGGER "counter_contact_insert"')
    yield
    if row is not None:
        conn.execute(row[0])


def sync_contact_counter() -> None:
    if is_postgres():
        return  # kept exact by the statement triggers, also under concurrent writers
    _conn().execute("UPDATE counter SET value = (SELECT count(*) FROM contact) "
                    "WHERE name = 'contact'")


@contextmanager
def contact_indexes_suspended() -> Iterator[None]:
    """For bulk loads inside a transaction that at least double the contacts: drop the
    contact table's secondary indexes and build each once at the end. (Phone and email
    indexes stay: duplicate lookups need them.) On PostgreSQL the indexes stay: other people
    keep searching while the import runs."""
    if is_postgres():
        yield
        return
    conn = _conn()
    indexes = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        "AND tbl_name = 'contact'").fetchall()
    for name, _ in indexes:
        conn.execute(f'DROP INDEX "{name}"')
    yield
    for _, sql in indexes:
        conn.execute(sql)


def contact_total() -> int:
    row = _conn().execute("SELECT value FROM counter WHERE name = 'contact'").fetchone()
    return int(row[0]) if row else 0


def most_children() -> tuple[int, int]:
    """The most phones and the most emails any one contact has (CSV export columns)."""
    conn = _conn()
    phones = conn.execute("SELECT max(n) FROM (SELECT count(*) AS n FROM phone "
                          "GROUP BY contact_id) AS per_contact").fetchone()[0]
    emails = conn.execute("SELECT max(n) FROM (SELECT count(*) AS n FROM email "
                          "GROUP BY contact_id) AS per_contact").fetchone()[0]
    return int(phones or 0), int(emails or 0)
