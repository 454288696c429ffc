"""iCalendar (RFC 5545) invites for appointments, built with the icalendar library.

Times are written in UTC (the trailing Z form), which every calendar program converts to its
own local time; no VTIMEZONE is needed. Lines end in CRLF and are folded at 75 octets.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from icalendar import Calendar, Event, vCalAddress, vText

PRODID = "-//CallDesk//Appointments//EN"
_STATUS = {"scheduled": "CONFIRMED", "confirmed": "CONFIRMED", "completed": "CONFIRMED",
           "no_show": "CONFIRMED", "cancelled": "CANCELLED", "rescheduled": "CANCELLED"}


@dataclass(frozen=True)
class IcsEvent:
    uid: str
    starts_at: int  # epoch seconds
    ends_at: int
    summary: str
    location: str
    description: str
    status: str
    created_at: int
    updated_at: int
    rep_name: str
    rep_email: str
    organizer_email: str


def _utc(epoch: int) -> datetime:
    return datetime.fromtimestamp(epoch, UTC)


def build_calendar(events: Sequence[IcsEvent], stamp: datetime | None = None) -> bytes:
    """One VCALENDAR with METHOD:REQUEST holding a VEVENT per appointment."""
    now = (stamp or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "REQUEST")
    for item in events:
        event = Event()
        event.add("uid", item.uid)
        event.add("dtstamp", now)
        event.add("dtstart", _utc(item.starts_at))
        event.add("dtend", _utc(item.ends_at))
        event.add("created", _utc(item.created_at))
        event.add("last-modified", _utc(item.updated_at))
        # Grows whenever the appointment changes, so calendars take the newer copy.
        event.add("sequence", max(0, item.updated_at - item.created_at))
        event.add("summary", item.summary)
        if item.location:
            event.add("location", item.location)
        event.add("description", item.description)
        event.add("status", _STATUS.get(item.status, "CONFIRMED"))
        organizer = vCalAddress(f"mailto:{item.organizer_email}")
        organizer.params["cn"] = vText("CallDesk")
        event.add("organizer", organizer)
        if item.rep_email:
            event.add("attendee", _attendee(item.rep_email, item.rep_name))
        cal.add_component(event)
    data: bytes = cal.to_ical()
    return data


def _attendee(email: str, name: str) -> vCalAddress:
    """A required attendee asked to answer (RSVP), as every invitation CallDesk writes has."""
    attendee = vCalAddress(f"mailto:{email}")
    if name:
        attendee.params["cn"] = vText(name)
    attendee.params["role"] = vText("REQ-PARTICIPANT")
    attendee.params["partstat"] = vText("NEEDS-ACTION")
    attendee.params["rsvp"] = vText("TRUE")
    return attendee


@dataclass(frozen=True)
class Person:
    name: str
    email: str


def build_itip(item: IcsEvent, method: str, sequence: int, organizer: Person,
               attendees: Sequence[Person], stamp: datetime | None = None) -> bytes:
    """One iTIP message (RFC 5546) for one appointment: METHOD:REQUEST to invite or update
    (SEQUENCE grows with each change), METHOD:CANCEL to call it off. The UID stays the
    appointment's, so calendars replace their copy instead of adding another."""
    if method not in ("REQUEST", "CANCEL"):
        raise ValueError(f"unknown iTIP method {method}")
    now = (stamp or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", method)
    event = Event()
    event.add("uid", item.uid)
    event.add("dtstamp", now)
    event.add("dtstart", _utc(item.starts_at))
    event.add("dtend", _utc(item.ends_at))
    event.add("sequence", sequence)
    event.add("summary", item.summary)
    if item.location:
        event.add("location", item.location)
    event.add("description", item.description)
    event.add("status", "CANCELLED" if method == "CANCEL" else "CONFIRMED")
    who = vCalAddress(f"mailto:{organizer.email}")
    who.params["cn"] = vText(organizer.name or organizer.email)
    event.add("organizer", who)
    for person in attendees:
        event.add("attendee", _attendee(person.email, person.name))
    cal.add_component(event)
    data: bytes = cal.to_ical()
    return data


@dataclass(frozen=True)
class ItipReply:
    uid: str
    attendee: str  # the address that answered
    partstat: str  # ACCEPTED | DECLINED | TENTATIVE | …
    sequence: int


def parse_itip_reply(data: bytes | str) -> list[ItipReply]:
    """The answers in an iTIP METHOD:REPLY calendar; [] for anything else or unreadable text."""
    try:
        cal = Calendar.from_ical(data)
    except ValueError:
        return []
    if str(cal.get("method", "")).upper() != "REPLY":
        return []
    found = []
    for event in cal.walk("VEVENT"):
        attendees = event.get("attendee", [])
        for attendee in attendees if isinstance(attendees, list) else [attendees]:
            address = str(attendee)
            address = address[7:] if address.lower().startswith("mailto:") else address
            partstat = str(getattr(attendee, "params", {}).get("PARTSTAT", "")).upper()
            found.append(ItipReply(str(event.get("uid", "")), address.strip(), partstat,
                                   int(event.get("sequence", 0))))
    return found
