"""Garbage in, nothing lost: random text in every text field of book an appointment.

Only a ValidationError naming a field may escape; a refused booking writes nothing; an accepted
one reads back as entered (location and purpose trimmed, an empty location becomes the contact's
address, the reason kept only for a time outside working hours). CALLDESK_SOAK=1 tries more.
"""

from __future__ import annotations

import itertools
import re
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.db.connection import db
from app.db.integrity import full_check
from app.services.appointments import (
    AppointmentInput,
    book_appointment,
    contact_address,
    get_appointment,
)
from app.services.contact_types import ContactInput
from app.services.contacts import create_contact
from app.services.errors import ValidationError
from app.services.reps import RepInput, create_rep, get_rep
from app.services.scheduling import within_working_hours
from tests.unicode_text import PROFILE, clean_text, notes_text, report, rough_text, storable

KOLKATA = ZoneInfo("Asia/Kolkata")
FIRST_DAY = date(2026, 6, 1)
FIELDS = re.compile(r"^(Start|Length|Location|Purpose|Notes|Reason|Contact|Call|Rep)$")


@st.composite
def bookings(draw: st.DrawFn) -> tuple[str, str, str, str, int, int]:
    """(location, purpose, notes, reason, hour, length): text of any kind, mostly sound times."""
    text, notes = draw(st.sampled_from([(rough_text, rough_text), (clean_text, notes_text)]))
    reason = draw(st.one_of(st.just(""), text))
    return (draw(st.one_of(st.just(""), text)), draw(text), draw(notes), reason,
            draw(st.sampled_from([7, 9, 10, 11, 14, 16, 20])),
            draw(st.sampled_from([30, 45, 60, 90, 60, 3, 100_000])))


def test_property_book_appointment_with_random_text(db_path: str,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    tally = {"tried": 0, "saved": 0, "refused": 0}
    contact_id = create_contact(ContactInput(
        first_name="Priya", street="12 MG Road", city="Mumbai", postal_code="400001")).contact_id
    rep = get_rep(create_rep(RepInput("Ravi", time_zone="Asia/Kolkata", buffer_min=15)))
    days = itertools.count()  # a day of its own for every booking: no clashes between them

    @PROFILE
    @given(booking=bookings())
    def run(booking: tuple[str, str, str, str, int, int]) -> None:
        location, purpose, notes, reason, hour, length = booking
        tally["tried"] += 1
        day = FIRST_DAY + timedelta(days=next(days))
        start = datetime(day.year, day.month, day.day, hour, tzinfo=KOLKATA)
        data = AppointmentInput(contact_id, rep.id, start, length, location, purpose, notes,
                                override_reason=reason)
        before = db.execute_sql("SELECT count(*), max(id) FROM appointment").fetchone()
        try:
            appointment_id = book_appointment(data)
        except ValidationError as exc:
            tally["refused"] += 1
            assert FIELDS.match(exc.field), exc.field
            assert db.execute_sql("SELECT count(*), max(id) FROM appointment").fetchone() == before
            return
        tally["saved"] += 1
        saved = get_appointment(appointment_id)
        begins = int(start.timestamp())
        in_hours = within_working_hours(begins, begins + length * 60, rep.hours, rep.zone)
        assert (saved.contact_id, saved.rep_id, saved.starts_at, saved.length_min) == (
            contact_id, rep.id, start, length)
        assert saved.location == (location.strip() or contact_address(contact_id))
        assert (saved.purpose, saved.notes) == (purpose.strip(), notes)
        assert saved.override_reason == ("" if in_hours else reason.strip())
        assert all(storable(t) for t in (saved.location, saved.purpose, saved.notes,
                                         saved.override_reason))

    run()
    assert full_check(db_path).ok, full_check(db_path).problems
    assert tally["saved"] and tally["refused"]
    report(capsys, "book appointment", tally)
