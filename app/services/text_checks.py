"""The rule every text field of every service follows: any Unicode a person can type is stored
exactly; text that cannot be stored faithfully is refused with the field named."""

from __future__ import annotations

from app.services.errors import ValidationError

TEXT_LIMIT = 1_000_000  # characters per field; notes of 100 KB are ordinary


def check_text(label: str, value: str, limit: int = TEXT_LIMIT) -> None:
    """Refuse text that cannot be stored as it was typed: too long, NUL, broken Unicode
    (lone surrogates, as left by decoding a damaged file)."""
    if len(value) > limit:
        raise ValidationError(label, f"is longer than {limit:,} characters")
    if "\x00" in value:
        raise ValidationError(label, "contains a NUL character")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValidationError(
            label, f"contains a broken character (position {exc.start + 1})") from None
