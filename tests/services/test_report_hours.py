"""Activity per hour: calls per seller per local hour of day, counted by hand (report_data),
in a zone half an hour off UTC and across a clock change."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from app.services import clock
from app.services.report_periods import Period
from app.services.reports import ReportFilter, drill_down, hours_report
from tests.services.report_data import INDIA, MARCH, _call, _contact, seed_march


@pytest.fixture()
def ids(db_path: str, monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    monkeypatch.setattr(clock, "local_zone", lambda: INDIA)
    return seed_march()


def _rows(f: ReportFilter) -> list[tuple[int, str, int, int, int, int, int]]:
    return [(r.hour, r.seller, r.calls, r.dials, r.connects, r.talk_s, r.average_s)
            for r in hours_report(f)]


def test_calls_per_seller_per_local_hour(ids) -> None:
    # India is UTC+5:30: the 00:30 call of March 1 is 19:00 UTC the day before.
    assert _rows(ReportFilter(Period(*MARCH))) == [
        (0, "Owner", 1, 1, 0, 5, 5),
        (10, "Owner", 2, 1, 1, 520, 260),
        (11, "Owner", 2, 2, 0, 30, 15),
        (12, "Owner", 1, 1, 1, 300, 300),
        (14, "Meera", 1, 1, 0, 10, 10),
        (15, "Meera", 1, 1, 1, 200, 200),
    ]
    assert _rows(ReportFilter(Period(*MARCH), seller=ids["meera"])) == [
        (14, "Meera", 1, 1, 0, 10, 10), (15, "Meera", 1, 1, 1, 200, 200)]
    assert _rows(ReportFilter(Period(*MARCH), source="fair")) == [
        (0, "Owner", 1, 1, 0, 5, 5), (14, "Meera", 1, 1, 0, 10, 10),
        (15, "Meera", 1, 1, 1, 200, 200)]


def test_an_hour_drills_down_to_its_dials(ids) -> None:
    rows = drill_down(ReportFilter(Period(*MARCH)), "hour_dials", 11)
    assert sorted(r.detail for r in rows) == ["no_answer", "voicemail"]
    assert drill_down(ReportFilter(Period(*MARCH)), "hour_dials", 13) == []


def test_hours_follow_the_clock_when_it_changes(db_path, monkeypatch) -> None:
    """Berlin moves from 02:00 to 03:00 on 29 March 2026."""
    berlin = ZoneInfo("Europe/Berlin")
    monkeypatch.setattr(clock, "local_zone", lambda: berlin)

    def when(d: int, h: int, m: int) -> int:
        return int(datetime(2026, 3, d, h, m, tzinfo=berlin).timestamp())

    person = _contact("Eve", "", "", "lead", when(28, 9, 0))
    for day, hour, minute in ((28, 1, 30), (29, 1, 30), (29, 3, 30), (30, 3, 30),
                              (30, 23, 59)):
        _call(person, when(day, hour, minute), "no_answer", 1, None)
    report = hours_report(ReportFilter(Period(date(2026, 3, 28), date(2026, 3, 30))))
    assert [(r.hour, r.calls) for r in report] == [(1, 2), (3, 2), (23, 1)]
