"""Report figures: each is one aggregate query over an indexed range, on either engine.

Periods are half-open epoch ranges [start, end). Call and contact figures sum the half-hour
slots of call_summary and contact_summary (v010) when they can: when the period's days and
hours start on slot boundaries and no filter needs the rows' contact (tag; for calls also
source and status). Otherwise, and for the other figures, the indexes walked: call_report
(started_at and every column read, so the call table itself is never visited),
appointment_created, appointment_starts, quote_sent, quote_decided, contact_created_source
(all in v008_reports). Filters on the contact join contact by its primary key.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.db.connection import db
from app.db.dialect import unindexed
from app.db.migrations.v010_report_summaries import DAY, SLOT

Params = list[Any]


@dataclass(frozen=True)
class Scope:
    """Which rows a report counts: the period and the filters. seller is an app_user id;
    rows without a user (written before team mode) belong to owner_id."""

    start: int
    end: int
    seller: int | None = None
    owner_id: int = 1
    rep_id: int | None = None
    source: str = ""
    tag: str = ""
    status: str = ""
    # How "per day" splits the period into local days: segments (until epoch, base epoch,
    # base day, day length s); in a segment, day = base day + (t - base) // length. A day
    # whose clock changes (23 or 25 hours long) is a segment of its own.
    days: tuple[tuple[int, int, int, int], ...] = field(default=((0, 0, 0, 86400),))
    # How "per hour" finds the local hour of day: (until epoch, UTC offset s) runs.
    offsets: tuple[tuple[int, int], ...] = field(default=((0, 0),))


def _contact_conditions(scope: Scope, alias: str) -> tuple[list[str], Params]:
    """Conditions on a contact (source and tag any case, status exact)."""
    where: list[str] = []
    params: Params = []
    if scope.source:
        where.append(f"lower({alias}.source) = lower(?)")
        params.append(scope.source)
    if scope.tag:
        where.append(f"lower(', ' || {alias}.tags || ',') LIKE lower(?)")  # tags: "a, b, c"
        params.append(f"%, {scope.tag},%")
    if scope.status:
        where.append(f"{alias}.status = ?")
        params.append(scope.status)
    return where, params


def contact_filter(scope: Scope, contact_col: str) -> tuple[str, Params]:
    """AND the row's contact is one the contact filters pick, when any is set. The matching
    contacts are found once (one pass over contact), not looked up row by row: about six
    times faster over a quarter of calls."""
    where, params = _contact_conditions(scope, "k")
    if not where:
        return "", []
    return (f" AND {contact_col} IN (SELECT k.id FROM contact k WHERE "
            + " AND ".join(where) + ")", params)


def seller_filter(scope: Scope, alias: str) -> tuple[str, Params]:
    if scope.seller is None:
        return "", []
    return f" AND coalesce({alias}.user_id, ?) = ?", [scope.owner_id, scope.seller]


def _rep(scope: Scope, alias: str) -> tuple[str, Params]:
    if scope.rep_id is None:
        return "", []
    return f" AND {alias}.rep_id = ?", [scope.rep_id]


def where_calls(scope: Scope) -> tuple[str, Params]:
    """Calls started in the period (alias c), with the seller and contact filters."""
    seller, sp = seller_filter(scope, "c")
    contact, cp = contact_filter(scope, "c.contact_id")
    return (f"c.started_at >= ? AND c.started_at < ?{seller}{contact}",
            [scope.start, scope.end, *sp, *cp])


def where_appointments(scope: Scope, column: str) -> tuple[str, Params]:
    """Appointments (alias a) whose *column* (created_at: booked; starts_at: held) is in the
    period, booked by the seller, for the rep, with the contact filters."""
    seller, sp = seller_filter(scope, "a")
    rep, rp = _rep(scope, "a")
    contact, cp = contact_filter(scope, "a.contact_id")
    return (f"a.{column} >= ? AND a.{column} < ?{seller}{rep}{contact}",
            [scope.start, scope.end, *sp, *rp, *cp])


def where_quotes(scope: Scope, column: str) -> tuple[str, Params]:
    """Quotes (alias q) whose *column* (sent_at, decided_at) is in the period."""
    seller, sp = seller_filter(scope, "q")
    contact, cp = contact_filter(scope, "q.contact_id")
    return (f"q.{column} >= ? AND q.{column} < ?{seller}{contact}",
            [scope.start, scope.end, *sp, *cp])


def accepted() -> str:
    """AND-able: the quote (alias q) is accepted. Kept off the status index, so the period's
    index (decided_at) drives the query instead of every accepted quote ever."""
    return f"{unindexed('q.status')} = 'accepted'"


def where_contacts(scope: Scope) -> tuple[str, Params]:
    """Contacts (alias k) added in the period by the seller, with the contact filters."""
    seller, sp = seller_filter(scope, "k")
    where, params = _contact_conditions(scope, "k")
    return (" AND ".join([f"k.created_at >= ? AND k.created_at < ?{seller}", *where]),
            [scope.start, scope.end, *sp, *params])


def slots_fit(scope: Scope) -> bool:
    """Whether every boundary of the period, its days and its hours is a slot boundary (true
    in every zone whose offset is a whole half hour)."""
    marks = [scope.start, scope.end, *(x for seg in scope.days for x in (seg[0], seg[1],
                                                                          seg[3])),
             *(x for seg in scope.offsets for x in seg)]
    return all(m % SLOT == 0 for m in marks)


def summed_calls(scope: Scope) -> bool:
    return slots_fit(scope) and not (scope.source or scope.tag or scope.status)


def summary_seller(scope: Scope) -> tuple[str, Params]:
    """AND the summary row (alias s, user_id 0 = no user) is the seller's."""
    if scope.seller is None:
        return "", []
    if scope.seller == scope.owner_id:
        return " AND s.user_id IN (0, ?)", [scope.seller]
    return " AND s.user_id = ?", [scope.seller]


def where_slots(scope: Scope) -> tuple[str, Params]:
    seller, sp = summary_seller(scope)
    return f"s.slot >= ? AND s.slot < ?{seller}", [scope.start // SLOT, scope.end // SLOT, *sp]


def summed_rows(scope: Scope, slots: str, days: str, columns: str, extra: str = "",
                extra_params: Params | None = None) -> tuple[str, Params]:
    """A UNION ALL of *columns* (over alias s) from the rows of the period: the whole UTC
    days inside it from the day summary *days*, the part-days at either end from the
    half-hour summary *slots*. For totals over the period, not per local day."""
    seller, sp = summary_seller(scope)
    first_day, last_day = -(-scope.start // DAY), scope.end // DAY
    parts: list[tuple[str, int, int]] = []
    if first_day < last_day:
        parts += [(days, first_day, last_day),
                  (slots, scope.start // SLOT, first_day * DAY // SLOT),
                  (slots, last_day * DAY // SLOT, scope.end // SLOT)]
    else:
        parts.append((slots, scope.start // SLOT, scope.end // SLOT))
    sql: list[str] = []
    params: Params = []
    for table, low, high in parts:
        if low < high:
            sql.append(f"SELECT {columns} FROM {table} s WHERE s.slot >= ? AND s.slot < ?"
                       f"{seller}{extra}")
            params += [low, high, *sp, *(extra_params or [])]
    if not sql:  # an empty period
        sql.append(f"SELECT {columns} FROM {slots} s WHERE 1 = 0")
    return " UNION ALL ".join(sql), params


REACHED = "c.outcome IN (SELECT code FROM call_outcome WHERE reached = 1)"
SUMMED_REACHED = "s.outcome IN (SELECT code FROM call_outcome WHERE reached = 1)"
# The same test row by row: lets a drill-down walk calls newest first and stop at its limit
# (the IN form makes SQLite read calls by outcome and sort them all).
REACHED_EACH = ("EXISTS (SELECT 1 FROM call_outcome o WHERE o.code = c.outcome "
                "AND o.reached = 1)")


@dataclass(frozen=True)
class FunnelCounts:
    dials: int
    connects: int
    booked: int
    held: int
    quotes_sent: int
    won: int


def _dials_sql(scope: Scope) -> tuple[str, Params]:
    """A one-row query of (dials, connects)."""
    if summed_calls(scope):
        rows, params = summed_rows(
            scope, "call_summary", "call_day_summary",
            f"s.calls AS n, CASE WHEN {SUMMED_REACHED} THEN s.calls ELSE 0 END AS reached",
            " AND s.direction = 'out'")
        return ("SELECT coalesce(sum(t.n), 0) AS dials, coalesce(sum(t.reached), 0) AS connects "
                f"FROM ({rows}) AS t", params)
    calls, cp = where_calls(scope)
    return ("SELECT count(*) AS dials, coalesce(sum(CASE WHEN "
            f"{REACHED} THEN 1 ELSE 0 END), 0) AS connects FROM call c WHERE {calls} "
            "AND c.direction = 'out'", cp)


def funnel(scope: Scope) -> FunnelCounts:
    dials, cp = _dials_sql(scope)
    booked, bp = where_appointments(scope, "created_at")
    held, hp = where_appointments(scope, "starts_at")
    sent, sp = where_quotes(scope, "sent_at")
    won, wp = where_quotes(scope, "decided_at")
    row = db.execute_sql(
        "SELECT d.dials, d.connects, "
        f"(SELECT count(*) FROM appointment a WHERE {booked}), "
        f"(SELECT count(*) FROM appointment a WHERE {held} AND a.status = 'completed'), "
        f"(SELECT count(*) FROM quote q WHERE {sent}), "
        f"(SELECT count(*) FROM quote q WHERE {won} AND {accepted()}) "
        f"FROM ({dials}) AS d",
        (*bp, *hp, *sp, *wp, *cp)).fetchone()
    return FunnelCounts(*(int(v) for v in row))


def local_day(column: str, scope: Scope) -> tuple[str, Params]:
    """SQL for the local day (0 = the period's first) of an epoch column."""
    *head, (_, base, day, length) = scope.days
    cases: list[str] = []
    params: Params = []
    for until, b, d, n in head:
        cases.append(f"WHEN {column} < ? THEN ? + ({column} - ?) / ?")
        params.extend((until, d, b, n))
    last = f"? + ({column} - ?) / ?"
    params.extend((day, base, length))
    if not cases:
        return f"({last})", params
    return f"(CASE {' '.join(cases)} ELSE {last} END)", params


def local_hour(column: str, scope: Scope) -> tuple[str, Params]:
    """SQL for the local hour of day (0-23) of an epoch column."""
    *head, (_, offset) = scope.offsets
    cases: list[str] = []
    params: Params = []
    for until, off in head:
        cases.append(f"WHEN {column} < ? THEN ({column} + ?) % 86400 / 3600")
        params.extend((until, off))
    last = f"({column} + ?) % 86400 / 3600"
    params.append(offset)
    if not cases:
        return f"({last})", params
    return f"(CASE {' '.join(cases)} ELSE {last} END)", params


@dataclass(frozen=True)
class ActivityRow:
    seller: int
    day: int  # local day of the period, 0 = its first
    calls: int
    dials: int
    connects: int
    talk_s: int


def _summed_activity(scope: Scope, bucket: str, bucket_params: Params) -> list[ActivityRow]:
    """Activity rows from call_summary, per seller and *bucket* (SQL over x.slot). The inner
    query walks the summary's key in order (slot, seller), so it aggregates as it reads and
    hands the outer grouping one row per slot and seller instead of every summary row."""
    slots, params = where_slots(scope)
    rows = db.execute_sql(
        f"SELECT CASE WHEN x.user_id = 0 THEN ? ELSE x.user_id END AS seller, {bucket} AS b, "
        "sum(x.calls), sum(x.dials), sum(x.connects), sum(x.talk_s) FROM (SELECT s.slot, "
        "s.user_id, sum(s.calls) AS calls, "
        "sum(CASE WHEN s.direction = 'out' THEN s.calls ELSE 0 END) AS dials, "
        f"sum(CASE WHEN s.direction = 'out' AND {SUMMED_REACHED} THEN s.calls ELSE 0 END) "
        f"AS connects, sum(s.talk_s) AS talk_s FROM call_summary s WHERE {slots} "
        "GROUP BY s.slot, s.user_id) AS x GROUP BY 1, 2 ORDER BY 2, 1",
        (scope.owner_id, *bucket_params, *params)).fetchall()
    return [ActivityRow(*(int(v) for v in r)) for r in rows]


def activity(scope: Scope) -> list[ActivityRow]:
    return _activity(scope, local_day)


def activity_by_hour(scope: Scope) -> list[ActivityRow]:
    """As activity, per seller per local hour of day (ActivityRow.day holds the hour)."""
    return _activity(scope, local_hour)


def _activity(scope: Scope, bucket: Callable[[str, Scope], tuple[str, Params]]
              ) -> list[ActivityRow]:
    """Calls per seller per *bucket* (local day or hour) of each call's start."""
    if summed_calls(scope):
        return _summed_activity(scope, *bucket(f"x.slot * {SLOT}", scope))
    calls, cp = where_calls(scope)
    slot, sp = bucket("c.started_at", scope)
    rows = db.execute_sql(
        f"SELECT coalesce(c.user_id, ?) AS seller, {slot} AS slot, count(*), "
        "sum(CASE WHEN c.direction = 'out' THEN 1 ELSE 0 END), "
        f"sum(CASE WHEN c.direction = 'out' AND {REACHED} THEN 1 ELSE 0 END), "
        f"sum(c.duration_s) FROM call c WHERE {calls} "
        "GROUP BY 1, 2 ORDER BY 2, 1", (scope.owner_id, *sp, *cp)).fetchall()
    return [ActivityRow(*(int(v) for v in r)) for r in rows]


@dataclass(frozen=True)
class HandoffRow:
    caller: int
    rep_id: int
    booked: int
    held: int
    no_show: int
    cancelled: int
    sold: int


# Sold: the contact accepted a quote on or after the appointment's start.
SOLD = ("EXISTS (SELECT 1 FROM quote s WHERE s.contact_id = a.contact_id AND "
        "s.status = 'accepted' AND s.decided_at >= a.starts_at)")


def handoff(scope: Scope) -> list[HandoffRow]:
    booked, bp = where_appointments(scope, "created_at")
    rows = db.execute_sql(
        "SELECT coalesce(a.user_id, ?), a.rep_id, count(*), "
        "sum(CASE WHEN a.status = 'completed' THEN 1 ELSE 0 END), "
        "sum(CASE WHEN a.status = 'no_show' THEN 1 ELSE 0 END), "
        "sum(CASE WHEN a.status = 'cancelled' THEN 1 ELSE 0 END), "
        f"sum(CASE WHEN {SOLD} THEN 1 ELSE 0 END) "
        f"FROM appointment a WHERE {booked} GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2",
        (scope.owner_id, *bp)).fetchall()
    return [HandoffRow(*(int(v) for v in r)) for r in rows]


@dataclass(frozen=True)
class SourceRow:
    source: str
    leads: int
    customers: int


def source_leads(scope: Scope) -> list[SourceRow]:
    """Contacts added in the period per source, and how many of them are customers now."""
    if slots_fit(scope) and not scope.tag:
        extra, extra_params = "", []
        if scope.source:
            extra += " AND lower(s.source) = lower(?)"
            extra_params.append(scope.source)
        if scope.status:
            extra += " AND s.status = ?"
            extra_params.append(scope.status)
        summed, params = summed_rows(
            scope, "contact_summary", "contact_day_summary",
            "s.source, s.contacts AS n, CASE WHEN s.status = 'customer' THEN s.contacts "
            "ELSE 0 END AS customers", extra, extra_params)
        rows = db.execute_sql(
            f"SELECT t.source, sum(t.n), sum(t.customers) FROM ({summed}) AS t "
            "GROUP BY t.source ORDER BY 2 DESC, 1", params).fetchall()
        return [SourceRow(str(r[0]), int(r[1]), int(r[2])) for r in rows]
    where, params = where_contacts(scope)
    rows = db.execute_sql(
        "SELECT k.source, count(*), sum(CASE WHEN k.status = 'customer' THEN 1 ELSE 0 END) "
        f"FROM contact k WHERE {where} GROUP BY k.source ORDER BY 2 DESC, 1",
        params).fetchall()
    return [SourceRow(str(r[0]), int(r[1]), int(r[2])) for r in rows]


def source_revenue(scope: Scope) -> list[tuple[str, str, int]]:
    """(source, currency, total minor units) of quotes accepted in the period."""
    won, params = where_quotes(scope, "decided_at")
    rows = db.execute_sql(
        "SELECT k.source, q.currency, sum(q.total_minor) FROM quote q "
        f"JOIN contact k ON k.id = q.contact_id WHERE {won} AND {accepted()} "
        "GROUP BY k.source, q.currency ORDER BY 3 DESC", params).fetchall()
    return [(str(r[0]), str(r[1]), int(r[2])) for r in rows]
