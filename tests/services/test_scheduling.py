"""Working hours across time zones and DST days; clash and free-slot arithmetic."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from app.services.errors import ValidationError
from app.services.scheduling import (
    Busy,
    Slot,
    find_clash,
    free_slots,
    parse_hours,
    parse_hours_text,
    within_working_hours,
    working_windows,
)

NY = ZoneInfo("America/New_York")
LONDON = ZoneInfo("Europe/London")
HOURS = parse_hours({d: [["09:00", "17:00"]] for d in ("mon", "tue", "wed", "thu", "fri",
                                                       "sat", "sun")})


def at(zone: ZoneInfo, *parts: int) -> int:
    return int(datetime(*parts, tzinfo=zone).timestamp())


def test_working_day_is_wall_clock_on_spring_forward_day() -> None:
    # 2026-03-08: New York moves from EST (UTC-5) to EDT (UTC-4) at 02:00.
    windows = working_windows(date(2026, 3, 8), HOURS, NY)
    assert windows == [Slot(at(NY, 2026, 3, 8, 9), at(NY, 2026, 3, 8, 17))]
    assert datetime.fromtimestamp(windows[0].starts_at, ZoneInfo("UTC")).hour == 13
    before = working_windows(date(2026, 3, 7), HOURS, NY)[0]
    assert datetime.fromtimestamp(before.starts_at, ZoneInfo("UTC")).hour == 14
    assert within_working_hours(at(NY, 2026, 3, 8, 9), at(NY, 2026, 3, 8, 10), HOURS, NY)
    assert not within_working_hours(at(NY, 2026, 3, 8, 8, 30), at(NY, 2026, 3, 8, 9, 30),
                                    HOURS, NY)
    assert not within_working_hours(at(NY, 2026, 3, 8, 16, 30), at(NY, 2026, 3, 8, 17, 30),
                                    HOURS, NY)


def test_working_day_on_fall_back_day() -> None:
    # 2026-10-25: London goes from BST (UTC+1) back to GMT at 02:00.
    start = at(LONDON, 2026, 10, 25, 9)
    assert datetime.fromtimestamp(start, ZoneInfo("UTC")).hour == 9
    assert within_working_hours(start, start + 8 * 3600, HOURS, LONDON)
    assert not within_working_hours(start - 60, start + 3600, HOURS, LONDON)
    day_before = at(LONDON, 2026, 10, 24, 9)
    assert datetime.fromtimestamp(day_before, ZoneInfo("UTC")).hour == 8


def test_day_off_and_split_day() -> None:
    hours = parse_hours({"mon": [["09:00", "12:00"], ["13:00", "17:00"]], "sun": []})
    monday = date(2026, 6, 1)
    assert len(working_windows(monday, hours, LONDON)) == 2
    assert not within_working_hours(at(LONDON, 2026, 6, 1, 11, 30), at(LONDON, 2026, 6, 1, 12, 30),
                                    hours, LONDON)  # spans the lunch break
    assert working_windows(date(2026, 6, 7), hours, LONDON) == []


def test_bad_hours_name_the_day() -> None:
    with pytest.raises(ValidationError, match="tue"):
        parse_hours_text("tue", "17:00-09:00")
    with pytest.raises(ValidationError, match="wed"):
        parse_hours_text("wed", "9-5")
    assert parse_hours_text("thu", "09:00-12:00, 13:00 – 17:30") == [(540, 720), (780, 1050)]


def test_clash_counts_buffer_but_touching_edges_are_fine() -> None:
    other = Busy(1, 10_000, 13_600, "Priya")
    assert find_clash(13_600, 17_200, 0, [other]) is None  # touching
    assert find_clash(6_400, 10_000, 0, [other]) is None  # touching before
    assert find_clash(13_600, 17_200, 900, [other]) == other  # buffer not respected
    assert find_clash(14_500, 18_100, 900, [other]) is None  # exactly the buffer
    assert find_clash(14_499, 18_000, 900, [other]) == other
    assert find_clash(10_000, 13_600, 0, [other], exclude_id=1) is None


def test_free_slots_leave_room_for_buffer() -> None:
    windows = [Slot(0, 8 * 3600)]
    busy = [Busy(1, 3600, 7200, "x")]
    slots = free_slots(windows, busy, 900)
    assert slots == [Slot(0, 2700), Slot(8100, 8 * 3600)]
    assert free_slots(windows, busy, 900, min_length_s=3000) == [Slot(8100, 8 * 3600)]
