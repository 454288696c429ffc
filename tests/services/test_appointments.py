"""Booking rules through the services: clashes per rep, buffer, cancelled, hours, status."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from app.db.fields import utc_now
from app.db.models import Appointment, Call
from app.services.appointments import (
    AppointmentInput,
    ClashError,
    OutOfHoursError,
    book_appointment,
    get_appointment,
    move_appointment,
    rep_free_slots,
    set_status,
)
from app.services.contact_types import ContactInput
from app.services.contacts import create_contact
from app.services.errors import ValidationError
from app.services.reps import RepInput, create_rep, find_rep, get_rep, update_rep

KOLKATA = ZoneInfo("Asia/Kolkata")
DAY = date(2026, 6, 2)  # a Tuesday


def when(hour: int, minute: int = 0, day: date = DAY) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=KOLKATA)


@pytest.fixture()
def setup(db_path: str) -> dict[str, int]:
    priya = create_contact(ContactInput(first_name="Priya", last_name="Sharma")).contact_id
    john = create_contact(ContactInput(first_name="John", last_name="Miller")).contact_id
    ravi = create_rep(RepInput("Ravi", time_zone="Asia/Kolkata", buffer_min=15))
    anil = create_rep(RepInput("Anil", time_zone="Asia/Kolkata", buffer_min=15))
    return {"priya": priya, "john": john, "ravi": ravi, "anil": anil}


def book(s: dict[str, int], rep: str, start: datetime, length: int = 60, who: str = "priya",
         **kw: object) -> int:
    return book_appointment(AppointmentInput(s[who], s[rep], start, length, **kw))  # type: ignore[arg-type]


def test_clash_names_the_other_appointment(setup: dict[str, int]) -> None:
    book(setup, "ravi", when(10))
    with pytest.raises(ClashError) as info:
        book(setup, "ravi", when(10, 30), who="john")
    assert "Priya Sharma" in info.value.message
    assert info.value.field == "Start"
    assert Appointment.select().count() == 1


def test_buffer_counts_and_touching_with_buffer_is_fine(setup: dict[str, int]) -> None:
    book(setup, "ravi", when(12))  # 12:00-13:00, buffer 15
    with pytest.raises(ClashError):
        book(setup, "ravi", when(13))  # touches the end: the rep needs travel time
    with pytest.raises(ClashError):
        book(setup, "ravi", when(10, 50))  # ends 11:50, within the buffer before 12:00
    book(setup, "ravi", when(13, 15))
    book(setup, "ravi", when(10, 15), length=90)  # ends 11:45 exactly: fine
    assert Appointment.select().count() == 3


def test_touching_edges_without_buffer(setup: dict[str, int]) -> None:
    rep = get_rep(setup["ravi"]).to_input()
    rep.buffer_min = 0
    update_rep(setup["ravi"], rep)
    book(setup, "ravi", when(10))
    book(setup, "ravi", when(11))
    book(setup, "ravi", when(9))
    assert Appointment.select().count() == 3


def test_different_reps_never_clash(setup: dict[str, int]) -> None:
    book(setup, "ravi", when(10))
    book(setup, "anil", when(10))
    assert Appointment.select().count() == 2


def test_cancelled_and_rescheduled_do_not_block(setup: dict[str, int]) -> None:
    first = book(setup, "ravi", when(10))
    second = book(setup, "ravi", when(14))
    set_status(first, "cancelled")
    set_status(second, "rescheduled")
    book(setup, "ravi", when(10), who="john")
    book(setup, "ravi", when(14), who="john")


def test_out_of_hours_needs_a_reason_which_is_stored(setup: dict[str, int]) -> None:
    with pytest.raises(OutOfHoursError, match="working hours"):
        book(setup, "ravi", when(18))
    with pytest.raises(OutOfHoursError):
        book(setup, "ravi", when(10, day=date(2026, 6, 7)))  # Sunday
    appt = book(setup, "ravi", when(18), override_reason="Customer only free after work")
    assert get_appointment(appt).override_reason == "Customer only free after work"
    inside = book(setup, "ravi", when(9), override_reason="not needed")
    assert get_appointment(inside).override_reason == ""


def test_remembers_the_call(setup: dict[str, int]) -> None:
    now = utc_now()
    call = Call.create(contact=setup["priya"], direction="out", started_at=now,
                       outcome="appointment_set", created_at=now)
    appt = book(setup, "ravi", when(10), call_id=call.id)
    assert get_appointment(appt).call_id == call.id


def test_status_flow(setup: dict[str, int]) -> None:
    appt = book(setup, "ravi", when(10))
    with pytest.raises(ValidationError, match="Outcome"):
        set_status(appt, "completed")
    set_status(appt, "confirmed")
    with pytest.raises(ValidationError, match="cannot become scheduled"):
        set_status(appt, "scheduled")
    set_status(appt, "completed", "quote_requested")
    detail = get_appointment(appt)
    assert (detail.status, detail.outcome) == ("completed", "quote_requested")
    with pytest.raises(ValidationError, match="completed appointment cannot become cancelled"):
        set_status(appt, "cancelled")


def test_move_uses_the_same_checks(setup: dict[str, int]) -> None:
    a = book(setup, "ravi", when(10))
    b = book(setup, "ravi", when(13), who="john")
    with pytest.raises(ClashError, match="John Miller"):
        move_appointment(a, when(12, 30))
    assert get_appointment(a).starts_at == when(10)
    move_appointment(a, when(14, 15))
    assert get_appointment(a).starts_at == when(14, 15)
    move_appointment(b, when(10), rep_id=setup["anil"])
    assert get_appointment(b).rep_id == setup["anil"]


def test_free_slots_for_a_day(setup: dict[str, int]) -> None:
    book(setup, "ravi", when(10))
    slots = rep_free_slots(setup["ravi"], DAY)
    shown = [(datetime.fromtimestamp(s.starts_at, KOLKATA).strftime("%H:%M"),
              datetime.fromtimestamp(s.ends_at, KOLKATA).strftime("%H:%M")) for s in slots]
    assert shown == [("09:00", "09:45"), ("11:15", "17:00")]
    assert rep_free_slots(setup["ravi"], DAY + timedelta(days=5)) == []  # Sunday


def test_rep_validation_and_lookup(setup: dict[str, int]) -> None:
    with pytest.raises(ValidationError, match="already a rep"):
        create_rep(RepInput("ravi ".upper().strip().capitalize()))
    with pytest.raises(ValidationError, match="Time zone"):
        create_rep(RepInput("Zed", time_zone="Mars/Base"))
    with pytest.raises(ValidationError, match="Colour"):
        create_rep(RepInput("Zed", color="blue"))
    assert find_rep("RAVI").id == setup["ravi"]
    with pytest.raises(ValidationError, match="Anil, Ravi"):
        find_rep("Nobody")


def test_completed_appointment_notes_editable_but_not_movable(setup: dict[str, int]) -> None:
    from app.services.appointments import update_appointment

    appt = book(setup, "ravi", when(10))
    set_status(appt, "completed", "sale")
    rep = get_rep(setup["ravi"]).to_input()
    rep.hours = {d: [] for d in rep.hours}  # the rep's hours change later
    update_rep(setup["ravi"], rep)
    update_appointment(appt, AppointmentInput(setup["priya"], setup["ravi"], when(10), 60,
                                              notes="Signed for 40 units"))
    assert get_appointment(appt).notes == "Signed for 40 units"
    with pytest.raises(ValidationError, match="cannot be moved"):
        move_appointment(appt, when(11))


def test_booking_on_dst_days_uses_the_reps_wall_clock(db_path: str) -> None:
    ny = ZoneInfo("America/New_York")
    who = create_contact(ContactInput(first_name="Ann", last_name="Lee")).contact_id
    rep = create_rep(RepInput("Nick", time_zone="America/New_York", buffer_min=0))
    hours = get_rep(rep).to_input()
    hours.hours["sun"] = [(9 * 60, 17 * 60)]
    update_rep(rep, hours)
    spring = datetime(2026, 3, 8, 9, tzinfo=ny)  # first day of EDT
    book_appointment(AppointmentInput(who, rep, spring, 60))
    with pytest.raises(OutOfHoursError):  # 08:30 EDT is 12:30 UTC, before the day starts
        book_appointment(AppointmentInput(who, rep, datetime(2026, 3, 8, 8, 30, tzinfo=ny), 30))
    late = datetime(2026, 3, 8, 16, tzinfo=ny)
    book_appointment(AppointmentInput(who, rep, late, 60))  # ends 17:00 EDT exactly
    fall = datetime(2026, 11, 1, 16, tzinfo=ny)  # first day of EST again
    book_appointment(AppointmentInput(who, rep, fall, 60))
    slots = rep_free_slots(rep, date(2026, 3, 8))
    shown = [(datetime.fromtimestamp(s.starts_at, ny).strftime("%H:%M"),
              datetime.fromtimestamp(s.ends_at, ny).strftime("%H:%M")) for s in slots]
    assert shown == [("10:00", "16:00")]
