"""Gather appointments for .ics invites and day sheets (formats live in app/io, app/pdf)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from app.db.appointment_queries import rep_range_ids, sheet_rows
from app.db.connection import db
from app.db.protected_files import refuse_database_target
from app.io.atomic import write_bytes_atomic
from app.io.ics import IcsEvent, build_calendar
from app.pdf.day_sheet import DaySheet, SheetItem, render_day_sheet
from app.services.errors import NotFoundError, ValidationError
from app.services.phones import format_for_display
from app.services.reps import find_rep
from app.services.scheduling import check_day, local_midnight, resolve_zone
from app.services.settings import default_region, get_setting

STATUS_LABELS = {"scheduled": "Scheduled", "confirmed": "Confirmed", "completed": "Completed",
                 "no_show": "No-show", "cancelled": "Cancelled", "rescheduled": "Rescheduled"}
_CHUNK = 500


def _name(first: str, last: str, company: str) -> str:
    return " ".join(p for p in (first.strip(), last.strip()) if p) or company


def _event(row: tuple[Any, ...], region: str, organizer: str) -> IcsEvent:
    (uid, starts, ends, location, purpose, notes, status, created, updated, first, last,
     company, phone, rep_name, rep_email) = row
    customer = _name(first, last, company)
    shown_phone = format_for_display(phone, region) if phone else ""
    lines = [f"Customer: {customer}"]
    if company and company != customer:
        lines.append(f"Company: {company}")
    if shown_phone:
        lines.append(f"Phone: {shown_phone}")
    if purpose:
        lines.append(f"Purpose: {purpose}")
    if notes:
        lines.append(f"Notes: {notes}")
    summary = f"{purpose} – {customer}" if purpose else f"Visit: {customer}"
    return IcsEvent(uid, starts, ends, summary, location, "\n".join(lines), status, created,
                    updated, rep_name, rep_email, organizer)


def ics_events(ids: list[int]) -> list[IcsEvent]:
    region = default_region()
    organizer = get_setting("organizer_email") or "calendar@calldesk.invalid"
    events: list[IcsEvent] = []
    for first in range(0, len(ids), _CHUNK):
        chunk = ids[first:first + _CHUNK]
        sql = ("SELECT a.uid, a.starts_at, a.ends_at, a.location, a.purpose, a.notes, a.status, "
               "a.created_at, a.updated_at, c.first_name, c.last_name, c.company, "
               "c.primary_phone, r.name, r.email FROM appointment a "
               "JOIN contact c ON c.id = a.contact_id JOIN rep r ON r.id = a.rep_id "
               f"WHERE a.id IN ({','.join('?' * len(chunk))}) ORDER BY a.starts_at, a.id")
        events.extend(_event(row, region, organizer) for row in db.execute_sql(sql, chunk))
    return events


def export_appointment_ics(appointment_id: int, path: str | Path) -> None:
    events = ics_events([appointment_id])
    if not events:
        raise NotFoundError(f"appointment {appointment_id} no longer exists")
    refuse_database_target(path)
    write_bytes_atomic(path, build_calendar(events))


def export_range_ics(path: str | Path, rep_name: str | None = None, first_day: date | None = None,
                     last_day: date | None = None) -> int:
    """Write the appointments of one rep (or all) from first_day to last_day inclusive."""
    if first_day:
        check_day(first_day, "From")
    if last_day:
        check_day(last_day, "To")
    if first_day and last_day and last_day < first_day:
        raise ValidationError("To", "the last day is before the first day")
    rep = find_rep(rep_name) if rep_name else None
    zone = rep.zone if rep else resolve_zone("")
    start = local_midnight(first_day, zone) if first_day else None
    end = local_midnight(last_day + timedelta(days=1), zone) if last_day else None
    ids = rep_range_ids(rep.id if rep else None, start, end)
    refuse_database_target(path)
    write_bytes_atomic(path, build_calendar(ics_events(ids)))
    return len(ids)


def day_sheet(rep_name: str, day: date) -> DaySheet:
    check_day(day)
    rep = find_rep(rep_name)
    zone = rep.zone
    region = default_region()
    rows = sheet_rows(rep.id, local_midnight(day, zone),
                      local_midnight(day + timedelta(days=1), zone))
    items = [
        SheetItem(
            datetime.fromtimestamp(r.starts_at, zone).strftime("%H:%M"),
            datetime.fromtimestamp(r.ends_at, zone).strftime("%H:%M"), r.customer,
            r.company if r.company != r.customer else "", r.location,
            format_for_display(r.phone, region) if r.phone else "", r.purpose, r.notes,
            STATUS_LABELS.get(r.status, r.status))
        for r in rows if r.status not in ("cancelled", "rescheduled")
    ]
    zone_name = rep.time_zone or str(getattr(zone, "key", "")) or "local time"
    phone = format_for_display(rep.phone, region) if rep.phone else ""
    return DaySheet(rep.name, phone, rep.territory, day, zone_name, items)


def write_day_sheet(rep_name: str, day: date, path: str | Path) -> int:
    sheet = day_sheet(rep_name, day)
    refuse_database_target(path)
    write_bytes_atomic(path, render_day_sheet(sheet))
    return len(sheet.items)
