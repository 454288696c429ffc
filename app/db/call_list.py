"""Raw queries behind the call views: the call log (keyset pages), open follow-ups, a contact's
call history and call-queue candidates. Every query walks an index and stops at a LIMIT."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.db.connection import db
from app.db.dialect import indexed_by, unindexed
from app.db.keyset import given_conditions, keyset_after, keyset_order, keyset_page
from app.db.search import contacts_with_digits, plan_contact_search
from app.db.users import made_by

# Sort key -> leading column(s). `call.id` is appended so every key is unique. Only columns with
# an index behind them can be sorted: call_started (started_at, id), call_outcome_started
# (outcome, started_at [, rowid]).
CALL_SORT_COLUMNS: dict[str, tuple[str, ...]] = {
    "when": ("call.started_at",),
    "outcome": ("call.outcome", "call.started_at"),
}


@dataclass(frozen=True)
class CallQuery:
    text: str = ""
    contact_id: int | None = None
    outcome: str = ""
    direction: str = ""  # '', 'in' or 'out'
    start: int | None = None  # epoch seconds, inclusive
    end: int | None = None  # epoch seconds, exclusive
    sort: str = "when"
    descending: bool = True
    user_id: int | None = None  # the calls one user logged ("my calls"); None: anyone's


@dataclass(frozen=True)
class CallRow:
    id: int
    contact_id: int
    first_name: str
    last_name: str
    company: str
    phone: str
    direction: str
    started_at: int
    duration_s: int
    outcome: str
    outcome_label: str
    follow_up_at: int | None
    follow_up_done_at: int | None
    notes: str
    key: tuple[object, ...]
    user_id: int | None = None  # who logged it; None: the owner (single-user file)


_CALL_SELECT = (
    "SELECT call.id, call.contact_id, contact.first_name, contact.last_name, contact.company, "
    "call.phone, call.direction, call.started_at, call.duration_s, call.outcome, "
    "coalesce(call_outcome.label, call.outcome), call.follow_up_at, call.follow_up_done_at, "
    "substr(call.notes, 1, 300), call.user_id"
)
_CALL_FROM = (
    " FROM call JOIN contact ON contact.id = call.contact_id "
    "LEFT JOIN call_outcome ON call_outcome.code = call.outcome"
)


DENSE_CALL_CONTACTS = 5_000  # measured at 1M contacts / 5M calls: the break-even is ~6,000


def _matches_more_than(subquery: str, params: list[object], limit: int) -> bool:
    probe = f"SELECT count(*) FROM ({subquery} LIMIT {limit + 1}) AS capped"
    return int(db.execute_sql(probe, params).fetchone()[0]) > limit


def calls_page_sql(
    query: CallQuery, after: tuple[object, ...] | None, limit: int
) -> tuple[str, list[object]]:
    columns = (*CALL_SORT_COLUMNS[query.sort], "call.id")
    where, params = given_conditions(
        ("call.contact_id = ?", query.contact_id), ("call.outcome = ?", query.outcome),
        ("call.direction = ?", query.direction), ("call.started_at >= ?", query.start),
        ("call.started_at < ?", query.end))
    if query.user_id is not None:
        condition, values = made_by("call.user_id", query.user_id)  # index call_user_started
        where.append(condition)
        params.extend(values)
    search = plan_contact_search(query.text) if query.contact_id is None else None
    if search:
        # Many matching contacts: walk the sort index and test membership instead. Each
        # contact brings several calls, so this pays off from fewer matches than for contacts.
        dense = search.dense or _matches_more_than(search.subquery, search.params,
                                                   DENSE_CALL_CONTACTS)
        column = unindexed("call.contact_id") if dense else "call.contact_id"
        where.append(f"{column} IN ({search.subquery})")
        params.extend(search.params)
    select = f"{_CALL_SELECT}, {', '.join(columns)}{_CALL_FROM}"
    return keyset_page(select, where, params, columns, query.descending, after, limit)


def _call_row(row: tuple[Any, ...], width: int) -> CallRow:
    return CallRow(
        int(row[0]), int(row[1]), str(row[2]), str(row[3]), str(row[4]), str(row[5]),
        str(row[6]), int(row[7]), int(row[8]), str(row[9]), str(row[10]),
        None if row[11] is None else int(row[11]),
        None if row[12] is None else int(row[12]),
        str(row[13]), key=tuple(row[15 : 15 + width]),
        user_id=None if row[14] is None else int(row[14]),
    )


def fetch_calls(
    query: CallQuery, after: tuple[object, ...] | None = None, limit: int = 200
) -> list[CallRow]:
    sql, params = calls_page_sql(query, after, limit)
    width = len(CALL_SORT_COLUMNS[query.sort]) + 1
    return [_call_row(r, width) for r in db.execute_sql(sql, params).fetchall()]


def contact_call_history(contact_id: int, limit: int) -> list[CallRow]:
    """The latest calls of one contact (index call_contact_started)."""
    return fetch_calls(CallQuery(contact_id=contact_id), None, limit)


def contact_call_count(contact_id: int, cap: int) -> int:
    """How many calls the contact has, counted up to *cap* (enough for "20 of 1,000+")."""
    sql = "SELECT count(*) FROM (SELECT 1 FROM call WHERE contact_id = ? LIMIT ?) AS capped"
    return int(db.execute_sql(sql, [contact_id, cap]).fetchone()[0])


# -- follow-ups ---------------------------------------------------------------------------
# All of these walk the partial index call_follow_up_open.
_OPEN = "call.follow_up_at IS NOT NULL AND call.follow_up_done_at IS NULL"


def open_follow_ups(before: int, limit: int,
                    after: tuple[object, ...] | None = None) -> list[CallRow]:
    """Open follow-ups due before *before*, oldest first; *after* is the key of the last row
    of the previous page."""
    sql, params = keyset_page(f"{_CALL_SELECT}, call.follow_up_at, call.id{_CALL_FROM}",
                              [_OPEN, "call.follow_up_at < ?"], [before],
                              ("call.follow_up_at", "call.id"), False, after, limit)
    return [_call_row(r, 2) for r in db.execute_sql(sql, params).fetchall()]


def open_follow_up_count(before: int, cap: int) -> int:
    """Open follow-ups due before *before*, counted up to *cap* (bounded work for the status
    bar, however many there are)."""
    sql = (f"SELECT count(*) FROM (SELECT 1 FROM call WHERE {_OPEN} AND call.follow_up_at < ? "
           "LIMIT ?) AS capped")
    return int(db.execute_sql(sql, [before, cap]).fetchone()[0])


def next_open_follow_up(contact_id: int) -> int | None:
    """The contact's earliest open follow-up time (index call_contact_started)."""
    sql = f"SELECT min(call.follow_up_at) FROM call WHERE contact_id = ? AND {_OPEN}"
    row = db.execute_sql(sql, [contact_id]).fetchone()
    return None if row is None or row[0] is None else int(row[0])


# -- call queue ---------------------------------------------------------------------------
@dataclass(frozen=True)
class QueueSql:
    """Filter parts already turned into SQL by the queue service. ``range_where`` holds only
    conditions on last_contacted_at (answerable from the index alone); ``where`` the rest."""

    range_where: list[str]
    range_params: list[object]
    where: list[str]
    params: list[object]
    # The index to drive the query: the queue order itself, or contact_city when a city is
    # asked for (its matches are few enough to sort: 50,000 take about 60 ms); "" for a
    # listed few, found by id.
    index: str = "contact_last_contacted"

    @property
    def windowed(self) -> bool:
        return self.index == "contact_last_contacted"


@dataclass(frozen=True)
class QueueCandidate:
    id: int
    first_name: str
    last_name: str
    company: str
    phone: str
    city: str
    status: str
    last_contacted_at: int

    @property
    def key(self) -> tuple[int, int]:
        return (self.last_contacted_at, self.id)


_QUEUE_KEY = ("last_contacted_at", "id")  # the order of the queue, index contact_last_contacted


def queue_window_end(
    filters: QueueSql, after: tuple[int, int] | None, size: int
) -> tuple[int, int] | None:
    """The key *size* entries past *after* in queue order, read from the index alone (no
    table rows), or None when fewer remain. Bounds how many rows one candidate query tests."""
    where = list(filters.range_where)
    params = list(filters.range_params)
    if after is not None:
        where.append(keyset_after(_QUEUE_KEY, False))
        params.extend(after)
    sql = ("SELECT last_contacted_at, id FROM contact "
           + indexed_by("contact_last_contacted")
           + (" WHERE " + " AND ".join(where) if where else "")
           + f" ORDER BY {keyset_order(_QUEUE_KEY, False)} LIMIT 1 OFFSET ?")
    row = db.execute_sql(sql, [*params, size - 1]).fetchone()
    return None if row is None else (int(row[0]), int(row[1]))


def queue_candidates(
    filters: QueueSql, after: tuple[int, int] | None, until: tuple[int, int] | None, limit: int
) -> list[QueueCandidate]:
    """Callable contacts matching *filters* with keys in (after, until], least recently
    contacted first, walking the index contact_last_contacted (last_contacted_at, id)."""
    where = ["do_not_call = 0", "primary_phone <> ''", *filters.where]
    params = list(filters.params)
    if until is None:
        where.extend(filters.range_where)
        params.extend(filters.range_params)
    else:
        # Every key up to the window's end already meets range_where (the window was read
        # with it), and SQLite bounds the index walk by one upper limit only: this one.
        where.append("last_contacted_at <= ? AND (last_contacted_at, id) <= (?, ?)")
        params.extend((until[0], *until))
    select = ("SELECT id, first_name, last_name, company, primary_phone, city, status, "
              f"last_contacted_at FROM contact "
              f"{indexed_by(filters.index) if filters.index else ''}")
    sql, params = keyset_page(select, where, params, _QUEUE_KEY, False, after, limit)
    return [
        QueueCandidate(int(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]), str(r[5]),
                       str(r[6]), int(r[7]))
        for r in db.execute_sql(sql, params).fetchall()
    ]


# -- inbound matching ---------------------------------------------------------------------
def contacts_with_e164(e164: str, limit: int) -> list[int]:
    """Contacts having exactly this number (index phone_e164)."""
    sql = "SELECT DISTINCT contact_id FROM phone WHERE e164 = ? LIMIT ?"
    return [int(r[0]) for r in db.execute_sql(sql, [e164, limit]).fetchall()]


def contacts_matching_digits(digits: str, limit: int) -> list[int]:
    """Contacts with a number containing *digits* (the trigram phone index)."""
    sql, params = contacts_with_digits(digits, limit)
    return [int(r[0]) for r in db.execute_sql(sql, params).fetchall()]


@dataclass(frozen=True)
class ContactBrief:
    id: int
    first_name: str
    last_name: str
    company: str
    city: str
    primary_phone: str
    status: str
    do_not_call: bool


def contact_briefs(ids: list[int]) -> list[ContactBrief]:
    """Short descriptions of a few contacts, in the order of *ids* (primary-key lookups)."""
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    sql = ("SELECT id, first_name, last_name, company, city, primary_phone, status, do_not_call "
           f"FROM contact WHERE id IN ({marks})")
    found = {
        int(r[0]): ContactBrief(int(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]),
                                str(r[5]), str(r[6]), bool(r[7]))
        for r in db.execute_sql(sql, ids).fetchall()
    }
    return [found[i] for i in ids if i in found]
