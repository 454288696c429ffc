"""The rows behind a report figure, for its drill-down list: the same conditions as the figure,
newest first, one bounded page (the figure's own index drives the walk)."""

from __future__ import annotations

from dataclasses import dataclass

from app.db.connection import db
from app.db.report_queries import (
    REACHED_EACH,
    SOLD,
    Params,
    Scope,
    local_hour,
    where_appointments,
    where_calls,
    where_contacts,
    where_quotes,
)

_NAME = ("CASE WHEN trim(k.first_name || ' ' || k.last_name) <> '' "
         "THEN trim(k.first_name || ' ' || k.last_name) ELSE k.company END")
DRILL_LIMIT = 500

# figure -> (kind of row, SQL selecting id, contact_id, time, name, detail; WHERE builder)
CALLS, APPOINTMENTS, QUOTES, CONTACTS = "call", "appointment", "quote", "contact"


@dataclass(frozen=True)
class DrillRow:
    kind: str  # call, appointment, quote or contact: what a double-click opens
    id: int
    contact_id: int
    at: int  # epoch seconds
    name: str
    detail: str


def _calls(scope: Scope, extra: str) -> tuple[str, Params]:
    where, params = where_calls(scope)
    return (f"SELECT c.id, c.contact_id, c.started_at, {_NAME}, c.outcome FROM call c "
            f"JOIN contact k ON k.id = c.contact_id WHERE {where} AND c.direction = 'out'"
            f"{extra} ORDER BY c.started_at DESC, c.id DESC", params)


def _appointments(scope: Scope, column: str, extra: str) -> tuple[str, Params]:
    where, params = where_appointments(scope, column)
    return (f"SELECT a.id, a.contact_id, a.{column}, {_NAME}, a.status FROM appointment a "
            f"JOIN contact k ON k.id = a.contact_id WHERE {where}{extra} "
            f"ORDER BY a.{column} DESC, a.id DESC", params)


def _quotes(scope: Scope, column: str, extra: str) -> tuple[str, Params]:
    where, params = where_quotes(scope, column)
    return (f"SELECT q.id, q.contact_id, q.{column}, {_NAME}, "
            "coalesce(q.number, '') || ' ' || q.status FROM quote q "
            f"JOIN contact k ON k.id = q.contact_id WHERE {where}{extra} "
            f"ORDER BY q.{column} DESC, q.id DESC", params)


def _contacts(scope: Scope, extra: str, extra_params: Params) -> tuple[str, Params]:
    where, params = where_contacts(scope)
    return (f"SELECT k.id, k.id, k.created_at, {_NAME}, k.status FROM contact k "
            f"WHERE {where}{extra} ORDER BY k.created_at DESC, k.id DESC",
            [*params, *extra_params])


def drill_rows(scope: Scope, figure: str, arg: object = None,
               limit: int = DRILL_LIMIT) -> list[DrillRow]:
    """Rows behind *figure*: dials, connects, booked, held, quotes_sent, won (funnel steps);
    hour_dials (arg: the local hour); source_leads / source_customers (arg: the source);
    handoff_booked / handoff_held / handoff_sold (arg: (caller id, rep id))."""
    kind, (sql, params) = _figure_sql(scope, figure, arg)
    rows = db.execute_sql(f"{sql} LIMIT ?", (*params, limit)).fetchall()
    return [DrillRow(kind, int(r[0]), int(r[1]), int(r[2] or 0), str(r[3]), str(r[4]))
            for r in rows]


def _figure_sql(scope: Scope, figure: str, arg: object) -> tuple[str, tuple[str, Params]]:
    if figure == "dials":
        return CALLS, _calls(scope, "")
    if figure == "connects":
        return CALLS, _calls(scope, f" AND {REACHED_EACH}")
    if figure == "hour_dials":  # arg: the local hour of day
        hour, hour_params = local_hour("c.started_at", scope)
        sql, params = _calls(scope, f" AND {hour} = ?")
        return CALLS, (sql, [*params, *hour_params, int(str(arg))])
    if figure == "booked":
        return APPOINTMENTS, _appointments(scope, "created_at", "")
    if figure == "held":
        return APPOINTMENTS, _appointments(scope, "starts_at", " AND a.status = 'completed'")
    if figure == "quotes_sent":
        return QUOTES, _quotes(scope, "sent_at", "")
    if figure == "won":
        return QUOTES, _quotes(scope, "decided_at", " AND q.status = 'accepted'")
    if figure in ("source_leads", "source_customers"):
        extra = " AND k.source = ?" + (" AND k.status = 'customer'"
                                       if figure == "source_customers" else "")
        return CONTACTS, _contacts(scope, extra, [str(arg)])
    if figure in ("handoff_booked", "handoff_held", "handoff_sold") and isinstance(arg, tuple):
        caller, rep = arg
        extra = {"handoff_booked": "", "handoff_held": " AND a.status = 'completed'",
                 "handoff_sold": f" AND {SOLD}"}[figure]
        sql, params = _appointments(scope, "created_at",
                                    f" AND coalesce(a.user_id, {int(scope.owner_id)}) = "
                                    f"{int(caller)} AND a.rep_id = {int(rep)}{extra}")
        return APPOINTMENTS, (sql, params)
    raise ValueError(f"no drill-down for {figure!r}")
