"""The contact detail pane's appointments: upcoming and past, with a link to book another."""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import QCoreApplication

from app.db.appointment_queries import ListRow
from app.services.appointments import contact_appointments
from app.services.contact_types import ContactDetail
from app.ui.app_context import AppContext
from app.ui.local_time import day_text
from app.ui.status_names import status_name


def _tr(text: str) -> str:
    return QCoreApplication.translate("ContactDetail", text)


def _line(row: ListRow) -> str:
    start = datetime.fromtimestamp(row.starts_at)
    what = f" – {escape(row.purpose)}" if row.purpose else ""
    status = escape(status_name(row.status))
    when = day_text(start, "ddd dd MMM yyyy HH:mm")
    return (f"<li><a href='calldesk://appointment/{row.id}'>{when}</a>"
            f" · {escape(row.rep_name)}{what} <span class='k'>({status})</span></li>")


def appointments_section(contact: ContactDetail, ctx: AppContext) -> str:
    upcoming, past = contact_appointments(contact.id, limit=5)
    book = f"<a href='calldesk://book/{contact.id}'>{escape(_tr('Book an appointment…'))}</a>"
    parts = [f"<h3>{escape(_tr('Appointments'))}</h3><p>{book}</p>"]
    if upcoming:
        parts.append(f"<p class='k'>{escape(_tr('Upcoming'))}</p><ul>"
                     + "".join(_line(r) for r in upcoming) + "</ul>")
    if past:
        parts.append(f"<p class='k'>{escape(_tr('Past'))}</p><ul>"
                     + "".join(_line(r) for r in past) + "</ul>")
    if not upcoming and not past:
        parts.append(f"<p class='k'>{escape(_tr('No appointments yet.'))}</p>")
    return "".join(parts)
