"""Errors a person can read: each names the field (or row) it is about."""

from __future__ import annotations

from datetime import datetime


class ValidationError(ValueError):
    """Input that cannot be saved. ``field`` names the input it is about."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class KeptForQuotesError(ValueError):
    """A contact with numbered quotes is never deleted: numbers must stay without gaps, and
    each quote keeps the customer it was made for."""

    def __init__(self, name: str, count: int, numbers: list[str]) -> None:
        shown = ", ".join(numbers) + (", …" if count > len(numbers) else "")
        super().__init__(f"{name} has {count} numbered quote(s) ({shown}) and cannot be "
                         "deleted; mark the contact inactive instead")
        self.count = count
        self.numbers = numbers


class NotFoundError(LookupError):
    """The record asked for no longer exists (deleted elsewhere, or never did)."""


class EditConflict(Exception):
    """Someone else saved the record after it was opened; nothing was saved. ``current`` is
    the record as it is now (with its row version), ``changed_by`` who saved it."""

    def __init__(self, current: object, changed_by: str, changed_at: datetime) -> None:
        super().__init__(f"changed by {changed_by} at {changed_at:%Y-%m-%d %H:%M} UTC")
        self.current = current
        self.changed_by = changed_by
        self.changed_at = changed_at
