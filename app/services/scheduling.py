"""Pure scheduling rules: working hours, time zones, clashes and free slots.

Times are epoch seconds (UTC). Working hours are wall-clock times in the rep's zone, turned into
instants with zoneinfo for each calendar day, so a 09:00–17:00 day stays 09:00–17:00 on the
days daylight-saving time starts or ends (and is 7 or 9 hours long there).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from app.services.errors import ValidationError

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_HHMM = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$|^24:00$")

# weekday -> list of (start minute, end minute) after local midnight
Hours = dict[str, list[tuple[int, int]]]


@dataclass(frozen=True)
class Busy:
    """An appointment that occupies a rep's time."""

    id: int
    starts_at: int
    ends_at: int
    customer: str


@dataclass(frozen=True)
class Slot:
    starts_at: int
    ends_at: int


def parse_hhmm(text: str, field: str = "Working hours") -> int:
    value = text.strip()
    if not _HHMM.match(value):
        raise ValidationError(field, f"'{text}' is not a time like 09:00")
    hours, minutes = value.split(":")
    return int(hours) * 60 + int(minutes)


def format_hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def parse_hours(raw: dict[str, object]) -> Hours:
    """Validate the weekday part of a rep's working-hours JSON: {"mon": [["09:00","17:00"]]}."""
    hours: Hours = {}
    for day in WEEKDAYS:
        spans = raw.get(day, [])
        if not isinstance(spans, list):
            raise ValidationError("Working hours", f"{day}: expected a list of [from, to] pairs")
        parsed: list[tuple[int, int]] = []
        for span in spans:
            if not (isinstance(span, list | tuple) and len(span) == 2):
                raise ValidationError("Working hours", f"{day}: expected [from, to]")
            start = parse_hhmm(str(span[0]), f"Working hours ({day})")
            end = parse_hhmm(str(span[1]), f"Working hours ({day})")
            if end <= start:
                raise ValidationError(
                    "Working hours", f"{day}: {span[0]}–{span[1]} ends before it starts")
            parsed.append((start, end))
        parsed.sort()
        for (_, end_a), (start_b, _) in zip(parsed, parsed[1:], strict=False):
            if start_b < end_a:
                raise ValidationError("Working hours", f"{day}: the periods overlap")
        hours[day] = parsed
    return hours


def hours_to_json(hours: Hours) -> dict[str, list[list[str]]]:
    return {day: [[format_hhmm(s), format_hhmm(e)] for s, e in hours.get(day, [])]
            for day in WEEKDAYS}


def parse_hours_text(day: str, text: str) -> list[tuple[int, int]]:
    """'09:00-13:00, 14:00-18:00' -> [(540, 780), (840, 1080)]; '' -> [] (day off)."""
    spans: list[list[str]] = []
    for part in re.split(r"[,;]", text):
        if not part.strip():
            continue
        bits = re.split(r"\s*[-–]\s*", part.strip())
        if len(bits) != 2:
            raise ValidationError(f"Working hours ({day})",
                                  f"'{part.strip()}' is not a period like 09:00-17:00")
        spans.append(bits)
    return parse_hours({day: spans}).get(day, [])


def hours_text(spans: Sequence[tuple[int, int]]) -> str:
    return ", ".join(f"{format_hhmm(s)}-{format_hhmm(e)}" for s, e in spans)


# -- time zones -----------------------------------------------------------------------------
def machine_zone_name() -> str:
    """The IANA name of this computer's zone ('' when it cannot be told)."""
    env = os.environ.get("TZ", "").lstrip(":")
    if env and _valid_zone(env):
        return env
    try:
        target = str(Path("/etc/localtime").resolve())
    except OSError:
        return ""
    marker = "zoneinfo/"
    if marker in target:
        name = target.split(marker, 1)[1]
        if _valid_zone(name):
            return name
    return ""


def _valid_zone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def validate_zone(name: str) -> str:
    name = name.strip()
    if name and not _valid_zone(name):
        raise ValidationError("Time zone", f"'{name}' is not a known time zone (e.g. Asia/Kolkata)")
    return name


def resolve_zone(name: str) -> tzinfo:
    """The rep's zone; '' means this computer's zone (with its DST rules when known)."""
    if name and _valid_zone(name):
        return ZoneInfo(name)
    machine = machine_zone_name()
    if machine:
        return ZoneInfo(machine)
    local = datetime.now().astimezone().tzinfo
    return local if local is not None else UTC


def all_zone_names() -> list[str]:
    return sorted(available_timezones())


# -- days and hours -------------------------------------------------------------------------
# The days CallDesk works with: wide for any business, and far from the ends of Python's
# datetime (year 1 and 9999), where adding a day or a zone offset overflows.
FIRST_DAY = date(1900, 1, 1)
LAST_DAY = date(2999, 12, 31)


def check_day(day: date, field: str = "Date") -> date:
    if not FIRST_DAY <= day <= LAST_DAY:
        raise ValidationError(field, f"{day.isoformat()} is outside the dates CallDesk works "
                                     f"with ({FIRST_DAY.isoformat()} to {LAST_DAY.isoformat()})")
    return day


def local_midnight(day: date, zone: tzinfo) -> int:
    # LAST_DAY + 1: the end of the last day's range.
    if not FIRST_DAY <= day <= LAST_DAY + timedelta(days=1):
        check_day(day)
    return int(datetime.combine(day, time(0), tzinfo=zone).timestamp())


def wall_clock(day: date, minutes: int, zone: tzinfo) -> int:
    """The instant a wall clock in *zone* shows *minutes* after midnight on *day*.

    Times skipped by a spring-forward gap resolve like zoneinfo does (fold=0, i.e. the offset
    before the change), which places them just after the gap."""
    moment = datetime.combine(day, time(0), tzinfo=zone) + timedelta(minutes=minutes)
    if minutes >= 24 * 60:
        moment = datetime.combine(day + timedelta(days=1), time(0), tzinfo=zone)
    return int(moment.timestamp())


def day_of(instant: int, zone: tzinfo) -> date:
    return datetime.fromtimestamp(instant, zone).date()


def working_windows(day: date, hours: Hours, zone: tzinfo) -> list[Slot]:
    spans = hours.get(WEEKDAYS[day.weekday()], [])
    return [Slot(wall_clock(day, s, zone), wall_clock(day, e, zone)) for s, e in spans]


def within_working_hours(starts_at: int, ends_at: int, hours: Hours, zone: tzinfo) -> bool:
    """True when the whole appointment lies inside one working period of its day."""
    day = day_of(starts_at, zone)
    return any(w.starts_at <= starts_at and ends_at <= w.ends_at
               for w in working_windows(day, hours, zone))


# -- clashes and free time ------------------------------------------------------------------
def find_clash(starts_at: int, ends_at: int, buffer_s: int, others: Iterable[Busy],
               exclude_id: int | None = None) -> Busy | None:
    """The first appointment that overlaps [starts_at, ends_at) widened by the travel buffer.

    Touching is fine: one ending at 10:00 and the next starting at 10:00 + buffer do not clash.
    """
    for other in sorted(others, key=lambda b: b.starts_at):
        if other.id == exclude_id:
            continue
        if starts_at < other.ends_at + buffer_s and other.starts_at < ends_at + buffer_s:
            return other
    return None


def free_slots(windows: Sequence[Slot], busy: Iterable[Busy], buffer_s: int,
               min_length_s: int = 0) -> list[Slot]:
    """Gaps inside *windows* where an appointment of at least *min_length_s* fits."""
    blocked = sorted((b.starts_at - buffer_s, b.ends_at + buffer_s) for b in busy)
    result: list[Slot] = []
    for window in windows:
        cursor = window.starts_at
        for start, end in blocked:
            if end <= cursor or start >= window.ends_at:
                continue
            if start > cursor:
                result.append(Slot(cursor, min(start, window.ends_at)))
            cursor = max(cursor, end)
        if cursor < window.ends_at:
            result.append(Slot(cursor, window.ends_at))
    return [s for s in result if s.ends_at - s.starts_at >= max(min_length_s, 1)]
