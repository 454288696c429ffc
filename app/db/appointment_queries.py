"""Raw, indexed queries over appointments; each names the index it walks.

appointment_rep_starts (rep_id, starts_at), appointment_starts (starts_at),
appointment_contact_starts (contact_id, starts_at).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.db.connection import db
from app.db.keyset import given_conditions, keyset_page
from app.db.users import made_by

# Longest appointment the services accept; bounds "ends after X" lookups to an index range.
MAX_LENGTH_S = 24 * 3600
INACTIVE_STATUSES = ("cancelled", "rescheduled")

_NAME = ("CASE WHEN trim(c.first_name || ' ' || c.last_name) <> '' "
         "THEN trim(c.first_name || ' ' || c.last_name) ELSE c.company END")


@dataclass(frozen=True)
class BusyRow:
    id: int
    starts_at: int
    ends_at: int
    customer: str


@dataclass(frozen=True)
class CalendarRow:
    id: int
    rep_id: int
    contact_id: int
    starts_at: int
    ends_at: int
    status: str
    customer: str
    company: str
    purpose: str
    color: str


@dataclass(frozen=True)
class ListRow:
    id: int
    starts_at: int
    ends_at: int
    rep_name: str
    customer: str
    company: str
    status: str
    purpose: str
    location: str
    key: tuple[int, int]
    user_id: int | None = None  # who booked it; None: the owner (single-user file)


@dataclass(frozen=True)
class SheetRow:
    id: int
    starts_at: int
    ends_at: int
    customer: str
    company: str
    location: str
    phone: str
    purpose: str
    notes: str
    status: str


def busy_for_rep(rep_id: int, start: int, end: int) -> list[BusyRow]:
    """Appointments of one rep that still hold time and touch [start, end)."""
    sql = (f"SELECT a.id, a.starts_at, a.ends_at, {_NAME} FROM appointment a "
           "JOIN contact c ON c.id = a.contact_id "
           "WHERE a.rep_id = ? AND a.starts_at < ? AND a.starts_at > ? AND a.ends_at > ? "
           "AND a.status NOT IN ('cancelled', 'rescheduled') ORDER BY a.starts_at")
    rows = db.execute_sql(sql, (rep_id, end, start - MAX_LENGTH_S, start)).fetchall()
    return [BusyRow(*row) for row in rows]


def calendar_rows(start: int, end: int, rep_ids: list[int] | None) -> list[CalendarRow]:
    """Blocks to draw for [start, end): one indexed range query (per rep index when given)."""
    where = "a.starts_at < ? AND a.starts_at > ? AND a.ends_at > ?"
    params: list[object] = [end, start - MAX_LENGTH_S, start]
    if rep_ids is not None:
        if not rep_ids:
            return []
        where = f"a.rep_id IN ({','.join('?' * len(rep_ids))}) AND " + where
        params = [*rep_ids, *params]
    sql = (f"SELECT a.id, a.rep_id, a.contact_id, a.starts_at, a.ends_at, a.status, {_NAME}, "
           "c.company, a.purpose, r.color FROM appointment a "
           "JOIN contact c ON c.id = a.contact_id JOIN rep r ON r.id = a.rep_id "
           f"WHERE {where} ORDER BY a.starts_at, a.id")
    return [CalendarRow(*row) for row in db.execute_sql(sql, params).fetchall()]


@dataclass(frozen=True)
class ListFilter:
    rep_id: int | None = None
    status: str = ""
    start: int | None = None  # epoch seconds, inclusive
    end: int | None = None  # exclusive
    user_id: int | None = None  # booked by this user; None: by anyone


def list_page(flt: ListFilter, after: tuple[object, ...] | None, limit: int) -> list[ListRow]:
    """A page of the appointment list ordered by (starts_at, id), keyset after *after*.

    With a rep it walks appointment_rep_starts, otherwise appointment_starts."""
    where, params = given_conditions(
        ("a.rep_id = ?", flt.rep_id), ("a.status = ?", flt.status),
        ("a.starts_at >= ?", flt.start), ("a.starts_at < ?", flt.end))
    if flt.user_id is not None:
        condition, values = made_by("a.user_id", flt.user_id)
        where.append(condition)
        params.extend(values)
    select = (f"SELECT a.id, a.starts_at, a.ends_at, r.name, {_NAME}, c.company, a.status, "
              "a.purpose, a.location, a.user_id FROM appointment a "
              "JOIN contact c ON c.id = a.contact_id JOIN rep r ON r.id = a.rep_id")
    sql, params = keyset_page(select, where, params, ("a.starts_at", "a.id"), False, after, limit)
    return [_list_row(row) for row in db.execute_sql(sql, params)]


def _list_row(row: tuple[Any, ...]) -> ListRow:
    return ListRow(int(row[0]), int(row[1]), int(row[2]), str(row[3]), str(row[4]), str(row[5]),
                   str(row[6]), str(row[7]), str(row[8]), key=(int(row[1]), int(row[0])),
                   user_id=None if row[9] is None else int(row[9]))


def sheet_rows(rep_id: int, start: int, end: int) -> list[SheetRow]:
    """One rep's appointments starting in [start, end), in order, with the customer's phone."""
    sql = (f"SELECT a.id, a.starts_at, a.ends_at, {_NAME}, c.company, a.location, "
           "c.primary_phone, a.purpose, a.notes, a.status FROM appointment a "
           "JOIN contact c ON c.id = a.contact_id "
           "WHERE a.rep_id = ? AND a.starts_at >= ? AND a.starts_at < ? "
           "ORDER BY a.starts_at, a.id")
    return [SheetRow(*row) for row in db.execute_sql(sql, (rep_id, start, end)).fetchall()]


def rep_range_ids(rep_id: int | None, start: int | None, end: int | None) -> list[int]:
    """Ids of appointments (of one rep, or all) starting in [start, end), in time order."""
    where, params = given_conditions(
        ("rep_id = ?", rep_id), ("starts_at >= ?", start), ("starts_at < ?", end))
    sql = "SELECT id FROM appointment"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY starts_at, id"
    return [int(row[0]) for row in db.execute_sql(sql, params).fetchall()]


def contact_rows(contact_id: int, now: int, limit: int) -> tuple[list[ListRow], list[ListRow]]:
    """(upcoming soonest first, past latest first) appointments of one contact."""
    base = (f"SELECT a.id, a.starts_at, a.ends_at, r.name, {_NAME}, c.company, a.status, "
            "a.purpose, a.location, a.user_id FROM appointment a "
            "JOIN contact c ON c.id = a.contact_id JOIN rep r ON r.id = a.rep_id "
            "WHERE a.contact_id = ? ")
    upcoming = db.execute_sql(base + "AND a.starts_at >= ? ORDER BY a.starts_at LIMIT ?",
                              (contact_id, now, limit)).fetchall()
    past = db.execute_sql(base + "AND a.starts_at < ? ORDER BY a.starts_at DESC LIMIT ?",
                          (contact_id, now, limit)).fetchall()
    return [_list_row(r) for r in upcoming], [_list_row(r) for r in past]
