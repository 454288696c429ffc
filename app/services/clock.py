"""The one source of "now" for call rules, so tests can move time (monkeypatch ``now``)."""

from __future__ import annotations

from datetime import datetime, tzinfo

from app.db.fields import utc_now


def now() -> datetime:
    """The current time, UTC, whole seconds."""
    return utc_now()


def local_zone() -> tzinfo:
    """The computer's time zone: "today" and "tomorrow 9:00" are the user's own."""
    zone = datetime.now().astimezone().tzinfo
    assert zone is not None
    return zone
