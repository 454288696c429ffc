"""Report periods: today, this week, month, quarter or custom dates, as local days.

Days are the computer's local calendar days (the same zone as "today" everywhere else), and a
period covers whole days: [first day 00:00, day after the last 00:00) local time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from app.services import clock
from app.services.errors import ValidationError

PERIODS = ("today", "week", "month", "quarter", "custom")
MAX_DAYS = 3 * 366  # a custom period longer than this is refused: name smaller ranges


@dataclass(frozen=True)
class Period:
    first: date
    last: date  # inclusive

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1


def period_for(kind: str, today: date | None = None, first: date | None = None,
               last: date | None = None) -> Period:
    day = today or clock.now().astimezone(clock.local_zone()).date()
    if kind == "today":
        return Period(day, day)
    if kind == "week":  # Monday to Sunday
        start = day - timedelta(days=day.weekday())
        return Period(start, start + timedelta(days=6))
    if kind == "month":
        start = day.replace(day=1)
        return Period(start, _next_month(start) - timedelta(days=1))
    if kind == "quarter":
        start = day.replace(month=(day.month - 1) // 3 * 3 + 1, day=1)
        end = _next_month(_next_month(_next_month(start)))
        return Period(start, end - timedelta(days=1))
    if kind == "custom":
        if first is None or last is None:
            raise ValidationError("Period", "choose the first and last day")
        if last < first:
            raise ValidationError("To", "the last day comes before the first")
        if (last - first).days + 1 > MAX_DAYS:
            raise ValidationError("Period", f"at most {MAX_DAYS} days at a time")
        return Period(first, last)
    raise ValidationError("Period", f"'{kind}' is not a period")


def _next_month(day: date) -> date:
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1)


def midnight(day: date, zone: tzinfo | None = None) -> int:
    """Epoch seconds of local 00:00 on *day* (the first instant of that day)."""
    return int(datetime.combine(day, time(0), zone or clock.local_zone()).timestamp())


def bounds(period: Period, zone: tzinfo | None = None) -> tuple[int, int]:
    return midnight(period.first, zone), midnight(period.last + timedelta(days=1), zone)


def day_segments(period: Period, zone: tzinfo | None = None
                 ) -> tuple[tuple[int, int, int, int], ...]:
    """(until, base, base day, length) runs of equal-length local days; see Scope.days."""
    zone = zone or clock.local_zone()
    marks = [midnight(period.first + timedelta(days=i), zone) for i in range(period.days + 1)]
    segments: list[tuple[int, int, int, int]] = []
    base_index = 0
    for i in range(period.days):
        length = marks[i + 1] - marks[i]
        base_length = marks[base_index + 1] - marks[base_index]
        if length != base_length or (length != 86400 and i != base_index):
            segments.append((marks[i], marks[base_index], base_index, base_length))
            base_index = i
    segments.append((marks[-1], marks[base_index], base_index,
                     marks[base_index + 1] - marks[base_index]))
    return tuple(segments)


def offset_segments(period: Period, zone: tzinfo | None = None) -> tuple[tuple[int, int], ...]:
    """(until epoch, UTC offset s) runs of one offset over the period: the local hour of an
    instant t before *until* is (t + offset) mod 1 day, in hours. Each clock change starts a
    run, found to the second."""
    zone = zone or clock.local_zone()
    start, end = bounds(period, zone)

    def offset(t: int) -> int:
        delta = datetime.fromtimestamp(t, zone).utcoffset()
        return int(delta.total_seconds()) if delta is not None else 0

    runs: list[tuple[int, int]] = []
    current = offset(start)
    day = start
    while day < end:
        following = min(day + 86400, end)
        if offset(following) != current:
            low, high = day, following  # offset(low) == current != offset(high)
            while high - low > 1:
                middle = (low + high) // 2
                if offset(middle) == current:
                    low = middle
                else:
                    high = middle
            runs.append((high, current))
            current = offset(high)
        day = following
    runs.append((end, current))
    return tuple(runs)
