"""Log a call: validate it, write it, and move the contact on (status, last contacted, open
follow-ups) in one transaction.

Status rule: an outcome may name a status (call_outcome.sets_status). Statuses rank
lead < prospect < customer; a call only ever moves a contact *up* that ladder, so a customer
who takes a "Connected" call stays a customer and a prospect never drops back to lead.
"inactive" (from e.g. "Not interested") applies to leads and prospects only; a customer who is
not interested in one offer is still a customer. A call that reaches an inactive contact with
an outcome naming lead, prospect or customer brings them back to that status. Only the
latest call moves the status: a call logged after the fact that is older than the contact's
last contact is recorded, but leaves the status as it is.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from app.db.call_list import (
    CallRow,
    contact_call_count,
    contact_call_history,
    next_open_follow_up,
)
from app.db.connection import db
from app.db.fields import from_epoch, to_epoch
from app.db.models import Call, CallOutcome, Contact
from app.services import clock
from app.services.call_types import DIRECTIONS, NEXT_STEPS, CallInput, LoggedCall
from app.services.errors import NotFoundError, ValidationError
from app.services.text_checks import check_text

STATUS_RANK = {"lead": 0, "prospect": 1, "customer": 2}
NOTES_LIMIT = 100_000
REASON_LIMIT = 500
MAX_DURATION_S = 24 * 3600
CLOCK_SLACK = timedelta(minutes=1)  # a call "now" may carry a start a few seconds ahead
_DURATION = re.compile(r"^\s*(-)?\s*(?:(\d+):)?(\d+)(?::(\d{1,2}))?\s*$")


def status_after_call(current: str, sets_status: str | None) -> str:
    """The contact's status after a call whose outcome names *sets_status* (see module doc)."""
    if not sets_status or sets_status == current:
        return current
    if sets_status == "inactive":
        return current if current == "customer" else "inactive"
    if current == "inactive":
        return sets_status
    if STATUS_RANK.get(sets_status, -1) > STATUS_RANK.get(current, -1):
        return sets_status
    return current


def parse_duration(text: str) -> int:
    """'90' (seconds), '4:30' (minutes:seconds) or '1:02:03' -> seconds. Negative values are
    read (so the refusal can name them) and refused by validate_call."""
    cleaned = text.strip()
    if not cleaned:
        return 0
    match = _DURATION.match(cleaned)
    if not match:
        raise ValidationError("Duration", f"'{cleaned}' is not a duration; use seconds or m:ss")
    sign, first, second, third = match.groups()
    if third is not None:  # h:mm:ss
        seconds = int(first or 0) * 3600 + int(second) * 60 + int(third)
    elif first is not None:  # m:ss
        seconds = int(first) * 60 + int(second)
    else:
        seconds = int(second)
    return -seconds if sign else seconds


def validate_call(data: CallInput, now: datetime | None = None) -> None:
    """Raise ValidationError naming the first field that cannot be saved."""
    current = now or clock.now()
    if data.started_at.tzinfo is None:
        raise ValidationError("When", "has no time zone")
    if data.started_at > current + CLOCK_SLACK:
        shown = data.started_at.astimezone().strftime("%Y-%m-%d %H:%M")
        raise ValidationError("When", f"{shown} is in the future; a call is logged after it "
                              "happened")
    if data.duration_s < 0:
        raise ValidationError("Duration", "cannot be negative")
    if data.duration_s > MAX_DURATION_S:
        raise ValidationError("Duration", "is longer than 24 hours")
    if data.direction not in DIRECTIONS:
        raise ValidationError("Direction", f"'{data.direction}' is not 'in' or 'out'")
    if not data.outcome:
        raise ValidationError("Outcome", "choose how the call went")
    check_text("Outcome", data.outcome)
    check_text("Phone", data.phone)
    check_text("Notes", data.notes, NOTES_LIMIT)
    if data.next_step not in NEXT_STEPS:
        raise ValidationError("Next step", "choose a follow-up, an appointment, a quote, or "
                              "none with a reason")
    if data.next_step == "follow_up":
        if data.follow_up_at is None:
            raise ValidationError("Follow-up", "enter the date and time to follow up")
        if data.follow_up_at.tzinfo is None:
            raise ValidationError("Follow-up", "has no time zone")
        if data.follow_up_at <= data.started_at:
            raise ValidationError("Follow-up", "must be after the call")
    if data.next_step == "none":
        reason = data.next_step_reason.strip()
        if not reason:
            raise ValidationError("Reason", "say why there is no next step")
        check_text("Reason", reason, REASON_LIMIT)


def log_call(data: CallInput, now: datetime | None = None) -> LoggedCall:
    """Write the call, update the contact and close its open follow-ups, atomically."""
    current = now or clock.now()
    validate_call(data, current)
    started = to_epoch(data.started_at)
    with db.atomic():
        outcome = CallOutcome.get_or_none(CallOutcome.code == data.outcome)
        if outcome is None:
            raise ValidationError("Outcome", f"'{data.outcome}' is not a known outcome")
        contact = Contact.get_or_none(Contact.id == data.contact_id)
        if contact is None:
            raise NotFoundError(f"Contact {data.contact_id} no longer exists")
        follow_up = (to_epoch(data.follow_up_at)
                     if data.next_step == "follow_up" and data.follow_up_at else None)
        # This call is the follow-up of any earlier open one (older than this call).
        (Call.update(follow_up_done_at=current)
         .where((Call.contact == data.contact_id) & Call.follow_up_at.is_null(False)
                & Call.follow_up_done_at.is_null(True) & (Call.started_at <= started))
         .execute())
        call_id = Call.insert(
            contact=data.contact_id, phone=data.phone or contact.primary_phone,
            direction=data.direction, started_at=started, duration_s=data.duration_s,
            outcome=data.outcome,
            notes=data.notes, next_step=data.next_step,
            next_step_reason=data.next_step_reason.strip() if data.next_step == "none" else "",
            follow_up_at=follow_up, follow_up_done_at=None, created_at=current,
        ).execute()
        # A call logged after the fact that is older than the last contact tells nothing new
        # about where the contact stands now: it leaves the status alone.
        latest = started >= contact.last_contacted_at
        new_status = (status_after_call(contact.status, outcome.sets_status) if latest
                      else contact.status)
        values: dict[object, object] = {}
        if new_status != contact.status:
            values[Contact.status] = new_status
        if started > contact.last_contacted_at:
            values[Contact.last_contacted_at] = started
        if values:
            values[Contact.updated_at] = current
            Contact.update(values).where(Contact.id == data.contact_id).execute()
    return LoggedCall(int(call_id), data.contact_id, contact.status, new_status)


def default_follow_up(now: datetime | None = None) -> datetime:
    """Tomorrow at 10:00 local time: the follow-up offered when nothing else is picked."""
    current = (now or clock.now()).astimezone(clock.local_zone())
    return (current + timedelta(days=1)).replace(hour=10, minute=0, second=0, microsecond=0)


def call_history(contact_id: int, limit: int = 20) -> tuple[list[CallRow], int]:
    """The contact's latest calls (newest first) and how many there are (counted to 10,000)."""
    return contact_call_history(contact_id, limit), contact_call_count(contact_id, 10_000)


def next_follow_up(contact_id: int) -> datetime | None:
    value = next_open_follow_up(contact_id)
    return None if value is None else from_epoch(value)
