"""The values of the merge fields for one contact, quote or appointment, and the user."""

from __future__ import annotations

from datetime import UTC, date, datetime, tzinfo
from zoneinfo import ZoneInfo

from app.db.connection import db
from app.services.contact_types import display_name
from app.services.errors import NotFoundError
from app.services.money import format_money, locale_for_region
from app.services.settings import default_region


def my_name() -> str:
    """The name of the user at this desk (Settings ▸ General, or their team user)."""
    from app.services.users import current_user

    try:
        return current_user().name
    except LookupError:
        return ""


def customer_zone(e164: str) -> tzinfo:
    """Where the customer's phone rings, when that is one zone; else this computer's zone."""
    from app.services.call_queue import zones_for
    from app.services.clock import local_zone

    zones = zones_for(e164) if e164 else ()
    if len(set(zones)) == 1:
        try:
            return ZoneInfo(zones[0])
        except (KeyError, ValueError):
            pass
    return local_zone()


def appointment_time(starts_at: int, zone: tzinfo) -> str:
    local = datetime.fromtimestamp(starts_at, UTC).astimezone(zone)
    return f"{local:%a %d %b %Y, %H:%M} ({local.tzname()})"


def contact_values(contact_id: int) -> dict[str, str]:
    row = db.execute_sql("SELECT first_name, last_name, company, city, primary_email "
                         "FROM contact WHERE id = ?", (contact_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"contact {contact_id} no longer exists")
    first, last, company, city, email = (str(v or "") for v in row)
    return {"first_name": first, "name": display_name(first, last, company),
            "company": company, "city": city, "my_name": my_name(), "_email": email}


def quote_values(quote_id: int) -> dict[str, str]:
    row = db.execute_sql("SELECT contact_id, number, total_minor, currency, valid_until "
                         "FROM quote WHERE id = ?", (quote_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"quote {quote_id} no longer exists")
    values = contact_values(int(row[0]))
    locale = locale_for_region(default_region())
    values.update(quote_number=str(row[1] or ""),
                  quote_total=format_money(int(row[2]), str(row[3]), locale),
                  valid_until=f"{date.fromisoformat(str(row[4])):%d %b %Y}")
    return values


def appointment_values(appointment_id: int) -> dict[str, str]:
    row = db.execute_sql(
        "SELECT a.contact_id, a.starts_at, a.location, r.name, c.primary_phone "
        "FROM appointment a JOIN rep r ON r.id = a.rep_id JOIN contact c ON c.id = a.contact_id "
        "WHERE a.id = ?", (appointment_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"appointment {appointment_id} no longer exists")
    values = contact_values(int(row[0]))
    values.update(appointment_time=appointment_time(int(row[1]), customer_zone(str(row[4]))),
                  location=str(row[2] or ""), rep=str(row[3]))
    return values
