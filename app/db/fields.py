"""Column types with the project's storage rules: UTC epoch seconds, booleans as 0/1."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from peewee import BigIntegerField, IntegerField


def to_epoch(value: datetime) -> int:
    if value.tzinfo is None:
        raise ValueError("naive datetimes are not stored; attach a time zone first")
    return int(value.timestamp())


def from_epoch(value: int) -> datetime:
    return datetime.fromtimestamp(value, UTC)


def utc_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


class UtcTimestampField(BigIntegerField):  # type: ignore[misc,unused-ignore]
    """An aware datetime stored as whole seconds since the epoch (UTC)."""

    def db_value(self, value: Any) -> int | None:
        if value is None:
            return None
        if isinstance(value, int):
            return value
        return to_epoch(value)

    def python_value(self, value: Any) -> datetime | None:
        return None if value is None else from_epoch(int(value))


class FlagField(IntegerField):  # type: ignore[misc,unused-ignore]
    """A boolean stored as 0/1 on every engine, so raw SQL can say ``active = 1`` anywhere."""

    def db_value(self, value: Any) -> int | None:
        return None if value is None else int(bool(value))

    def python_value(self, value: Any) -> bool | None:
        return None if value is None else bool(value)
