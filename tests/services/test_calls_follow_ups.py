"""The Due list: today's and overdue follow-ups, oldest first; done and snooze."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from app.services import clock
from app.services.call_types import CallInput
from app.services.calls import log_call
from app.services.errors import ValidationError
from app.services.follow_ups import (
    due_count,
    due_follow_ups,
    mark_done,
    snooze_hour,
    snooze_tomorrow,
)
from tests.services.call_helpers import make_contact

KOLKATA = ZoneInfo("Asia/Kolkata")
# 10 March 2026, 15:00 in Kolkata
NOW = datetime(2026, 3, 10, 15, 0, tzinfo=KOLKATA).astimezone(UTC)


@pytest.fixture(autouse=True)
def _kolkata(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clock, "local_zone", lambda: KOLKATA)


def _follow_up(name: str, due: datetime, made: datetime | None = None) -> int:
    cid = make_contact(name, "+919876500000")
    started = made or due - timedelta(days=3)
    return log_call(CallInput(cid, "call_back", started, next_step="follow_up",
                              follow_up_at=due), now=started).call_id


def test_due_list_has_today_and_overdue_oldest_first(db_path: str) -> None:
    last_week = _follow_up("Old", datetime(2026, 3, 3, 11, 0, tzinfo=KOLKATA))
    this_morning = _follow_up("Morning", datetime(2026, 3, 10, 9, 0, tzinfo=KOLKATA))
    tonight = _follow_up("Tonight", datetime(2026, 3, 10, 23, 30, tzinfo=KOLKATA))
    _follow_up("Tomorrow", datetime(2026, 3, 11, 0, 30, tzinfo=KOLKATA))
    due = due_follow_ups(NOW)
    assert [d.call_id for d in due] == [last_week, this_morning, tonight]
    assert [d.overdue for d in due] == [True, False, False]
    assert due_count(NOW) == 3


def test_missed_follow_up_rolls_over_to_the_next_day(db_path: str) -> None:
    missed = _follow_up("Missed", datetime(2026, 3, 10, 11, 0, tzinfo=KOLKATA))
    next_day = NOW + timedelta(days=1)
    due = due_follow_ups(next_day)
    assert [d.call_id for d in due] == [missed] and due[0].overdue
    # still there a week later, with its original time
    later = due_follow_ups(NOW + timedelta(days=7))
    assert later[0].due_at == datetime(2026, 3, 10, 11, 0, tzinfo=KOLKATA)


def test_done_leaves_the_list(db_path: str) -> None:
    call_id = _follow_up("Done", datetime(2026, 3, 10, 11, 0, tzinfo=KOLKATA))
    mark_done(call_id, NOW)
    assert due_follow_ups(NOW) == [] and due_count(NOW) == 0
    with pytest.raises(ValidationError, match="already done"):
        mark_done(call_id, NOW)


def test_snooze_hour_and_tomorrow(db_path: str) -> None:
    call_id = _follow_up("Snooze", datetime(2026, 3, 10, 11, 0, tzinfo=KOLKATA))
    assert snooze_hour(call_id, NOW) == NOW + timedelta(hours=1)
    assert due_follow_ups(NOW)[0].due_at == NOW + timedelta(hours=1)
    when = snooze_tomorrow(call_id, NOW)
    assert when == datetime(2026, 3, 11, 9, 0, tzinfo=KOLKATA)
    assert due_follow_ups(NOW) == []
    assert [d.call_id for d in due_follow_ups(NOW + timedelta(days=1))] == [call_id]
