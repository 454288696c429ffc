"""The Today view's content: what to do now, and today's numbers against the daily targets.

Every part is one small bounded query; the view asks for each when it (re)loads.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from app.db.appointment_queries import INACTIVE_STATUSES, CalendarRow, calendar_rows
from app.db.call_list import queue_candidates
from app.db.fields import to_epoch
from app.db.report_queries import Scope, funnel
from app.db.today_queries import (
    WaitingQuote,
    WaitingReply,
    claimed_by_others,
    sent_quote_count,
    sent_quotes,
    waiting_replies,
)
from app.db.users import current_user
from app.services import clock
from app.services.call_queue import (
    CLAIM_MINUTES,
    callable_now,
    filter_sql,
    list_queues,
    local_hours,
    validate_filter,
)
from app.services.call_types import QueueFilter
from app.services.contact_types import display_name
from app.services.errors import ValidationError
from app.services.follow_ups import day_bounds
from app.services.settings import get_setting, set_settings

TARGET_KEYS = {"dials": "target_dials", "connects": "target_connects",
               "booked": "target_appointments"}
QUEUE_KEY = "today_queue"  # saved queue id whose next leads Today shows; '' = the first
EXPIRING_DAYS = 7
LEADS_SHOWN = 8
QUOTES_SHOWN = 50
REPLIES_SHOWN = 30
REPLY_DAYS = 30  # an email older than this unanswered is no longer "waiting"
MAX_TARGET = 100_000


@dataclass(frozen=True)
class Numbers:
    dials: int
    connects: int
    booked: int
    targets: dict[str, int]  # 0 = no target set


def targets() -> dict[str, int]:
    from app.db.connection import db

    # One read for the three (Today loads them on every refresh).
    keys = list(TARGET_KEYS.values())
    stored = dict(db.execute_sql(
        f"SELECT key, value FROM setting WHERE key IN ({', '.join('?' * len(keys))})",
        keys).fetchall())
    values = {}
    for name, key in TARGET_KEYS.items():
        text = str(stored.get(key, "0"))
        values[name] = int(text) if text.isdigit() else 0
    return values


def set_targets(values: dict[str, int]) -> None:
    for name, value in values.items():
        if name not in TARGET_KEYS:
            raise ValidationError("Target", f"'{name}' has no daily target")
        if not 0 <= value <= MAX_TARGET:
            raise ValidationError(name.capitalize(), f"enter 0 to {MAX_TARGET:,}")
    set_settings({TARGET_KEYS[name]: str(value) for name, value in values.items()})


def todays_numbers(now: datetime | None = None) -> Numbers:
    """The current user's dials, connects and appointments booked since local midnight."""
    start, end = day_bounds(now)
    me = current_user()
    owner = me.id if me.role == "owner" else 0
    counts = funnel(Scope(to_epoch(start), to_epoch(end), seller=me.id, owner_id=owner))
    return Numbers(counts.dials, counts.connects, counts.booked, targets())


def todays_appointments(now: datetime | None = None) -> list[CalendarRow]:
    """Today's visits that are still on, every rep's, in time order."""
    start, end = day_bounds(now)
    return [r for r in calendar_rows(to_epoch(start), to_epoch(end), None)
            if r.status not in INACTIVE_STATUSES and r.starts_at >= to_epoch(start)]


@dataclass(frozen=True)
class WaitingQuotes:
    rows: list[WaitingQuote]
    total: int  # QUOTES_SHOWN + 1 or more means "more than shown"
    today: str  # ISO date: valid_until before it has expired
    expiring_by: str  # ISO date: valid_until up to this day counts as expiring soon


def waiting_quotes(today: date | None = None) -> WaitingQuotes:
    day = today or clock.now().astimezone(clock.local_zone()).date()
    return WaitingQuotes(sent_quotes(QUOTES_SHOWN), sent_quote_count(QUOTES_SHOWN + 1),
                         day.isoformat(), (day + timedelta(days=EXPIRING_DAYS)).isoformat())


def replies_waiting(now: datetime | None = None) -> list[WaitingReply]:
    """Emails from contacts in the last REPLY_DAYS days not yet answered by email or call."""
    current = now or clock.now()
    return waiting_replies(to_epoch(current - timedelta(days=REPLY_DAYS)), REPLIES_SHOWN)


@dataclass(frozen=True)
class TodayLead:
    contact_id: int
    name: str
    phone: str
    city: str
    local_hour: int | None


def default_queue() -> tuple[str, QueueFilter]:
    """The queue chosen for Today (setting), else the first saved one, else all leads."""
    queues = list_queues()
    chosen = get_setting(QUEUE_KEY, "")
    for q in queues:
        if str(q.id) == chosen:
            return q.name, q.filter
    if queues:
        return queues[0].name, queues[0].filter
    return "", QueueFilter(statuses=["lead"])


def next_leads(now: datetime | None = None, count: int = LEADS_SHOWN) -> tuple[str,
                                                                                list[TodayLead]]:
    """The first leads the default queue would hand out now, without claiming them."""
    current = now or clock.now()
    name, f = default_queue()
    sql = filter_sql(validate_filter(f), current)
    candidates = queue_candidates(sql, None, None, count * 4)
    taken = claimed_by_others([c.id for c in candidates], current_user().id,
                              to_epoch(current) - CLAIM_MINUTES * 60)
    leads: list[TodayLead] = []
    for c in candidates:
        hours = local_hours(c.phone, current)
        if c.id in taken or not callable_now(hours):
            continue
        leads.append(TodayLead(c.id, display_name(c.first_name, c.last_name, c.company),
                               c.phone, c.city, hours[0][1] if hours else None))
        if len(leads) == count:
            break
    return name, leads
