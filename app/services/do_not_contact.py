"""Do not email: a contact who asked not to be contacted by email is never sent one, whether
the message is addressed to the contact or just to one of the contact's addresses."""

from __future__ import annotations

from collections.abc import Sequence
from email.utils import parseaddr

from app.db.connection import db
from app.services.contact_types import display_name
from app.services.errors import ValidationError

_NAME = "c.first_name, c.last_name, c.company"


def _reason(names: list[str]) -> str:
    shown = ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
    return (f"{shown} asked not to be emailed (Do not email is ticked on the contact)"
            if len(names) == 1 else f"{shown} asked not to be emailed (Do not email is "
            "ticked on those contacts)")


def blocked_names(contact_id: int | None, addresses: Sequence[str]) -> list[str]:
    """The do-not-email contacts this message would reach: *contact_id* itself, and the owners
    of *addresses* (found through the email_address_key index)."""
    names: dict[int, str] = {}
    if contact_id is not None:
        row = db.execute_sql(f"SELECT c.id, {_NAME} FROM contact c WHERE c.id = ? "
                             "AND c.do_not_contact = 1", (contact_id,)).fetchone()
        if row is not None:
            names[int(row[0])] = display_name(str(row[1]), str(row[2]), str(row[3]))
    keys = sorted({parseaddr(a)[1].strip().casefold() for a in addresses if a.strip()})
    if keys:
        marks = ", ".join("?" * len(keys))
        for row in db.execute_sql(
                f"SELECT c.id, {_NAME} FROM email e JOIN contact c ON c.id = e.contact_id "
                f"WHERE e.address_key IN ({marks}) AND c.do_not_contact = 1", keys).fetchall():
            names[int(row[0])] = display_name(str(row[1]), str(row[2]), str(row[3]))
    return sorted(names.values())


def refuse_do_not_contact(contact_id: int | None, addresses: Sequence[str],
                          field: str = "To") -> None:
    names = blocked_names(contact_id, addresses)
    if names:
        raise ValidationError(field, _reason(names))


def is_do_not_contact(contact_id: int) -> bool:
    row = db.execute_sql("SELECT do_not_contact FROM contact WHERE id = ?",
                         (contact_id,)).fetchone()
    return row is not None and bool(row[0])
