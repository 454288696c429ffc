"""Follow-ups: the Due list (today's and overdue, oldest first), done, and snooze.

A missed follow-up is never lost: it stays open and keeps showing in today's Due list, marked
overdue with its original time, every day until it is done, snoozed or followed by a call.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from app.db.call_list import CallRow, open_follow_up_count, open_follow_ups
from app.db.connection import db
from app.db.fields import from_epoch, to_epoch
from app.db.models import Call
from app.services import clock
from app.services.call_types import FollowUp
from app.services.contact_types import display_name
from app.services.errors import NotFoundError, ValidationError

SNOOZE_HOUR = 9  # "tomorrow" means tomorrow at 9:00 local time
DUE_LIMIT = 500


def day_bounds(now: datetime | None = None) -> tuple[datetime, datetime]:
    """Start of today and start of tomorrow, local time, as aware datetimes."""
    local = (now or clock.now()).astimezone(clock.local_zone())
    start = local.replace(hour=0, minute=0, second=0, microsecond=0)
    end = (start + timedelta(days=1, hours=3)).replace(hour=0)  # safe across DST changes
    return start, end


def _follow_up(row: CallRow, today: int) -> FollowUp:
    due = row.follow_up_at or 0
    return FollowUp(row.id, row.contact_id, display_name(row.first_name, row.last_name,
                    row.company), row.phone, from_epoch(due), due < today, row.outcome_label,
                    row.notes)


def due_follow_ups(now: datetime | None = None, limit: int = DUE_LIMIT,
                   after: FollowUp | None = None) -> list[FollowUp]:
    """Open follow-ups due today or earlier, oldest first; the page after *after* if given."""
    start, end = day_bounds(now)
    today = to_epoch(start)
    key = None if after is None else (to_epoch(after.due_at), after.call_id)
    return [_follow_up(row, today) for row in open_follow_ups(to_epoch(end), limit, key)]


DUE_COUNT_CAP = 1000


def due_count(now: datetime | None = None) -> int:
    """Follow-ups due today or overdue; DUE_COUNT_CAP means "that many or more"."""
    return open_follow_up_count(to_epoch(day_bounds(now)[1]), DUE_COUNT_CAP)


def _update_open(call_id: int, **values: object) -> None:
    with db.atomic():
        row = Call.get_or_none(Call.id == call_id)
        if row is None:
            raise NotFoundError(f"Call {call_id} no longer exists")
        if row.follow_up_at is None:
            raise ValidationError("Follow-up", "this call has no follow-up")
        if row.follow_up_done_at is not None:
            raise ValidationError("Follow-up", "is already done")
        Call.update(**values).where(Call.id == call_id).execute()


def mark_done(call_id: int, now: datetime | None = None) -> None:
    _update_open(call_id, follow_up_done_at=now or clock.now())


def snooze_hour(call_id: int, now: datetime | None = None) -> datetime:
    """Due again one hour from now."""
    when = (now or clock.now()) + timedelta(hours=1)
    _update_open(call_id, follow_up_at=when)
    return when


def snooze_tomorrow(call_id: int, now: datetime | None = None) -> datetime:
    """Due again tomorrow at 9:00 local time."""
    when = tomorrow_at(SNOOZE_HOUR, now)
    _update_open(call_id, follow_up_at=when)
    return when


def tomorrow_at(hour: int, now: datetime | None = None) -> datetime:
    start_tomorrow = day_bounds(now)[1]
    return start_tomorrow.replace(hour=hour)
