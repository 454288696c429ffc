"""Book, move and track appointments for field reps; every rule checked inside one transaction."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from app.db.appointment_queries import (
    MAX_LENGTH_S,
    ListRow,
    busy_for_rep,
    contact_rows,
)
from app.db.connection import db
from app.db.fields import utc_now
from app.db.models import Appointment, Call, Contact
from app.services.errors import NotFoundError, ValidationError
from app.services.reps import RepInfo, get_rep
from app.services.scheduling import (
    Busy,
    Slot,
    find_clash,
    free_slots,
    local_midnight,
    within_working_hours,
    working_windows,
)
from app.services.text_checks import check_text

STATUSES = ("scheduled", "confirmed", "completed", "no_show", "cancelled", "rescheduled")
OPEN_STATUSES = ("scheduled", "confirmed")
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "scheduled": ("confirmed", "completed", "no_show", "cancelled", "rescheduled"),
    "confirmed": ("completed", "no_show", "cancelled", "rescheduled"),
    "completed": (),
    "no_show": (),
    "cancelled": (),
    "rescheduled": (),
}
OUTCOMES = ("sale", "quote_requested", "follow_up", "not_interested", "other")
TEXT_LIMIT = 100_000


class ClashError(ValidationError):
    """The time overlaps another appointment of the same rep (travel buffer included)."""

    def __init__(self, clash: Busy) -> None:
        when = datetime.fromtimestamp(clash.starts_at).astimezone()
        end = datetime.fromtimestamp(clash.ends_at).astimezone()
        super().__init__("Start", (
            f"clashes with {clash.customer} on {when:%a %d %b %Y} "
            f"{when:%H:%M}–{end:%H:%M} (travel buffer included)"))
        self.clash = clash


class OutOfHoursError(ValidationError):
    """Outside the rep's working hours and no reason to book anyway was given."""


@dataclass
class AppointmentInput:
    contact_id: int
    rep_id: int
    starts_at: datetime  # aware
    length_min: int
    location: str = ""
    purpose: str = ""
    notes: str = ""
    call_id: int | None = None
    override_reason: str = ""  # required to book outside working hours


@dataclass(frozen=True)
class AppointmentDetail:
    id: int
    contact_id: int
    rep_id: int
    call_id: int | None
    starts_at: datetime
    ends_at: datetime
    location: str
    purpose: str
    notes: str
    status: str
    outcome: str
    override_reason: str
    uid: str

    @property
    def length_min(self) -> int:
        return int((self.ends_at - self.starts_at).total_seconds() // 60)


def _check_time(rep: RepInfo, start: int, end: int, override_reason: str,
                exclude_id: int | None) -> str:
    """Raise on a clash or unexplained out-of-hours time; returns the reason to store."""
    busy = [Busy(b.id, b.starts_at, b.ends_at, b.customer)
            for b in busy_for_rep(rep.id, start - rep.buffer_min * 60,
                                  end + rep.buffer_min * 60)]
    clash = find_clash(start, end, rep.buffer_min * 60, busy, exclude_id)
    if clash is not None:
        raise ClashError(clash)
    if within_working_hours(start, end, rep.hours, rep.zone):
        return ""
    reason = override_reason.strip()
    if not reason:
        raise OutOfHoursError(
            "Start", f"outside {rep.name}'s working hours; choose Book anyway and give a reason")
    return reason


def _clean(data: AppointmentInput) -> tuple[RepInfo, int, int]:
    if data.starts_at.tzinfo is None:
        raise ValidationError("Start", "the time has no time zone")
    if not 5 <= data.length_min <= MAX_LENGTH_S // 60:
        raise ValidationError("Length", f"must be 5 to {MAX_LENGTH_S // 60} minutes")
    for label, value in (("Location", data.location), ("Purpose", data.purpose),
                         ("Notes", data.notes), ("Reason", data.override_reason)):
        check_text(label, value, TEXT_LIMIT)
    if Contact.get_or_none(Contact.id == data.contact_id) is None:
        raise ValidationError("Contact", "choose a contact")
    if data.call_id is not None and Call.get_or_none(Call.id == data.call_id) is None:
        raise ValidationError("Call", f"call {data.call_id} no longer exists")
    try:
        rep = get_rep(data.rep_id)
    except NotFoundError as exc:
        raise ValidationError("Rep", "choose a rep") from exc
    start = int(data.starts_at.timestamp())
    return rep, start, start + data.length_min * 60


def contact_address(contact_id: int) -> str:
    """The contact's address on one line: the default location of a visit."""
    row = Contact.get_or_none(Contact.id == contact_id)
    if row is None:
        return ""
    locality = " ".join(p for p in (row.postal_code, row.city) if p)
    parts = [row.street, locality, row.region, row.country]
    return ", ".join(" ".join(p.split()) for p in parts if p.strip())


def book_appointment(data: AppointmentInput) -> int:
    """Book a visit; an empty location becomes the contact's address."""
    with db.atomic():
        rep, start, end = _clean(data)
        if not rep.active:
            raise ValidationError("Rep", f"{rep.name} is not active")
        reason = _check_time(rep, start, end, data.override_reason, None)
        now = utc_now()
        row = Appointment.create(
            contact=data.contact_id, rep=rep.id, call=data.call_id, starts_at=start,
            ends_at=end,
            location=data.location.strip() or contact_address(data.contact_id),
            purpose=data.purpose.strip(), notes=data.notes, status="scheduled",
            override_reason=reason, uid=f"{uuid.uuid4()}@calldesk", created_at=now, updated_at=now)
    return int(row.id)


def _open(appointment_id: int) -> Appointment:
    row = Appointment.get_or_none(Appointment.id == appointment_id)
    if row is None:
        raise NotFoundError(f"appointment {appointment_id} no longer exists")
    assert isinstance(row, Appointment)
    return row


def update_appointment(appointment_id: int, data: AppointmentInput) -> None:
    with db.atomic():
        row = _open(appointment_id)
        rep, start, end = _clean(data)
        if row.status not in OPEN_STATUSES and (
                start != int(row.starts_at.timestamp()) or rep.id != row.rep_id):
            raise ValidationError("Start", f"a {row.status} appointment cannot be moved")
        unchanged = (start == int(row.starts_at.timestamp())
                     and end == int(row.ends_at.timestamp()) and rep.id == row.rep_id)
        if unchanged and row.status not in OPEN_STATUSES:
            reason = row.override_reason  # history: its time is no longer checked
        else:
            reason = _check_time(rep, start, end, data.override_reason, appointment_id)
        Appointment.update(
            contact=data.contact_id, rep=rep.id, call=data.call_id, starts_at=start,
            ends_at=end, location=data.location.strip(), purpose=data.purpose.strip(),
            notes=data.notes, override_reason=reason, updated_at=utc_now(),
        ).where(Appointment.id == appointment_id).execute()


def move_appointment(appointment_id: int, starts_at: datetime, rep_id: int | None = None,
                     override_reason: str = "") -> None:
    """Move (and optionally hand to another rep) keeping the length; same checks as booking."""
    detail = get_appointment(appointment_id)
    update_appointment(appointment_id, AppointmentInput(
        detail.contact_id, rep_id if rep_id is not None else detail.rep_id, starts_at,
        detail.length_min, detail.location, detail.purpose, detail.notes, detail.call_id,
        override_reason or detail.override_reason))


def set_status(appointment_id: int, status: str, outcome: str = "") -> None:
    if status not in STATUSES:
        raise ValidationError("Status", f"'{status}' is not one of {', '.join(STATUSES)}")
    with db.atomic():
        row = _open(appointment_id)
        if status != row.status and status not in TRANSITIONS[row.status]:
            raise ValidationError(
                "Status", f"a {row.status} appointment cannot become {status}")
        if status == "completed" and outcome not in OUTCOMES:
            raise ValidationError("Outcome", "choose what came of the appointment")
        Appointment.update(status=status, outcome=outcome if status == "completed" else "",
                           updated_at=utc_now()).where(Appointment.id == row.id).execute()


def get_appointment(appointment_id: int) -> AppointmentDetail:
    row = _open(appointment_id)
    return AppointmentDetail(
        row.id, row.contact_id, row.rep_id, row.call_id, row.starts_at, row.ends_at,
        row.location, row.purpose, row.notes, row.status, row.outcome, row.override_reason,
        row.uid)


def rep_free_slots(rep_id: int, day: date, min_length_min: int = 0,
                   exclude_id: int | None = None) -> list[Slot]:
    """Free periods in the rep's working hours on *day* (in the rep's zone)."""
    rep = get_rep(rep_id)
    zone = rep.zone
    start = local_midnight(day, zone)
    end = local_midnight(day + timedelta(days=1), zone)
    buffer_s = rep.buffer_min * 60
    busy = [Busy(b.id, b.starts_at, b.ends_at, b.customer)
            for b in busy_for_rep(rep_id, start - buffer_s, end + buffer_s)
            if b.id != exclude_id]
    return free_slots(working_windows(day, rep.hours, zone), busy, buffer_s,
                      min_length_min * 60)


def contact_appointments(contact_id: int, limit: int = 10) -> tuple[list[ListRow],
                                                                       list[ListRow]]:
    return contact_rows(contact_id, int(utc_now().timestamp()), limit)
