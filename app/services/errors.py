"""Errors a person can read: each names the field (or row) it is about."""

from __future__ import annotations


class ValidationError(ValueError):
    """Input that cannot be saved. ``field`` names the input it is about."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class NotFoundError(LookupError):
    """The record asked for no longer exists (deleted elsewhere, or never did)."""
