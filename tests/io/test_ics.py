"""The .ics file parsed back with icalendar, and checked octet by octet against RFC 5545."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from app.services.appointment_export import export_appointment_ics, export_range_ics
from app.services.appointments import AppointmentInput, book_appointment
from app.services.contact_types import ContactInput, PhoneInput
from app.services.contacts import create_contact
from app.services.reps import RepInput, create_rep

KOLKATA = ZoneInfo("Asia/Kolkata")


@pytest.fixture()
def booked(db_path: str) -> list[int]:
    long_name = create_contact(ContactInput(
        first_name="राजेश", last_name="कुमार", company="कुमार इलेक्ट्रिकल्स एंड हार्डवेयर सप्लायर्स",
        phones=[PhoneInput("098111 22334")])).contact_id
    other = create_contact(ContactInput(first_name="Emma", last_name="Clarke")).contact_id
    ravi = create_rep(RepInput("Ravi", email="ravi@example.com", time_zone="Asia/Kolkata"))
    anil = create_rep(RepInput("Anil", email="anil@example.com", time_zone="Asia/Kolkata"))
    return [
        book_appointment(AppointmentInput(
            long_name, ravi, datetime(2026, 6, 2, 10, tzinfo=KOLKATA), 90,
            location="दुकान नं. 5, चांदनी चौक, दिल्ली 110006 " * 3, purpose="Site survey",
            notes="Bring the catalogue; ask about bulk pricing for the Diwali season")),
        book_appointment(AppointmentInput(other, ravi, datetime(2026, 6, 3, 11, tzinfo=KOLKATA),
                                          60)),
        book_appointment(AppointmentInput(other, anil, datetime(2026, 6, 2, 11, tzinfo=KOLKATA),
                                          60)),
    ]


def test_single_invite_parses_back_with_right_times(booked: list[int], tmp_path: Path) -> None:
    target = tmp_path / "one.ics"
    export_appointment_ics(booked[0], target)
    raw = target.read_bytes()
    cal = Calendar.from_ical(raw)
    assert cal["METHOD"] == "REQUEST"
    [event] = cal.walk("VEVENT")
    start = event.decoded("DTSTART")
    assert start == datetime(2026, 6, 2, 4, 30, tzinfo=UTC)  # 10:00 in Kolkata
    assert start.astimezone(KOLKATA).hour == 10
    assert event.decoded("DTEND") - start == (datetime(2026, 1, 1, 1, 30)
                                             - datetime(2026, 1, 1))
    assert "+91 98111 22334" in str(event["DESCRIPTION"]) or "098111 22334" in str(
        event["DESCRIPTION"])
    assert str(event["ATTENDEE"]) == "mailto:ravi@example.com"
    assert "चांदनी चौक" in str(event["LOCATION"])
    assert "DTSTAMP" in event
    assert str(event["UID"]).endswith("@calldesk")


def test_lines_are_crlf_and_folded_at_75_octets(booked: list[int], tmp_path: Path) -> None:
    target = tmp_path / "ravi.ics"
    export_range_ics(target, "Ravi", date(2026, 6, 1), date(2026, 6, 30))
    raw = target.read_bytes()
    assert raw.endswith(b"\r\n")
    assert b"\n" not in raw.replace(b"\r\n", b"")
    lines = raw.split(b"\r\n")[:-1]
    assert max(len(line) for line in lines) <= 75
    assert any(line.startswith(b" ") for line in lines)  # the long location was folded
    for line in lines:
        line.decode("utf-8")  # folding never splits a character


def test_uid_stable_across_exports_and_range_filters_rep(booked: list[int],
                                                          tmp_path: Path) -> None:
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    assert export_range_ics(first, "Ravi", date(2026, 6, 1), date(2026, 6, 2)) == 1
    export_appointment_ics(booked[0], second)
    uid_a = [str(e["UID"]) for e in Calendar.from_ical(first.read_bytes()).walk("VEVENT")]
    uid_b = [str(e["UID"]) for e in Calendar.from_ical(second.read_bytes()).walk("VEVENT")]
    assert uid_a == uid_b
    assert export_range_ics(first, None, date(2026, 6, 2), date(2026, 6, 2)) == 2
    assert export_range_ics(first, "ravi") == 2
