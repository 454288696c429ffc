"""Small builders shared by the call tests."""

from __future__ import annotations

from datetime import UTC, datetime

from app.services.contact_types import ContactInput, PhoneInput
from app.services.contacts import create_contact

NOON_UTC = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


def make_contact(name: str, phone: str = "", status: str = "lead", **extra: object) -> int:
    phones = [PhoneInput(phone)] if phone else []
    data = ContactInput(first_name=name, status=status, phones=phones, **extra)  # type: ignore[arg-type]
    return create_contact(data).contact_id
