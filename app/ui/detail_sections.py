"""Sections of the contact detail pane, each a function (contact, context) -> HTML.

Features add their section here (call history, appointments, quotes) so the pane stays a
plain list of independent pieces, each one indexed query.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QCoreApplication

from app.services.contact_types import ContactDetail, PhoneInfo
from app.services.phones import format_for_display, is_assigned, tel_url
from app.ui.app_context import AppContext
from app.ui.call_history_section import calls_section
from app.ui.status_names import status_name

Section = Callable[[ContactDetail, AppContext], str]


def _tr(text: str) -> str:
    return QCoreApplication.translate("ContactDetail", text)


def _row(label: str, value: str) -> str:
    if not value:
        return ""
    return f"<tr><td class='k'>{escape(label)}</td><td>{value}</td></tr>"


def _phone_html(phone: PhoneInfo, home_region: str) -> str:
    label = f" <span class='k'>{escape(phone.label)}</span>" if phone.label else ""
    if phone.e164 is None:
        flag = escape(_tr("unparsed number, kept as typed"))
        return f"<span class='warn'>{escape(phone.raw)} ⚠ {flag}</span>{label}"
    shown = escape(format_for_display(phone.e164, home_region))
    ext = f" ext. {escape(phone.extension)}" if phone.extension else ""
    href = escape(tel_url(phone.e164, phone.extension))
    flag = ""
    if not is_assigned(phone.e164):
        flag = f" <span class='warn'>⚠ {escape(_tr('not assigned in its country'))}</span>"
    return f"<a href='{href}'>{shown}</a>{ext}{flag}{label}"


def fields_section(contact: ContactDetail, ctx: AppContext) -> str:
    phones = [_phone_html(p, ctx.home_region) for p in contact.phones]
    emails = [f"<a href='mailto:{escape(e.address)}'>{escape(e.address)}</a>"
              for e in contact.emails]
    dnc = f"<p class='warn'>{escape(_tr('Do not call'))}</p>" if contact.do_not_call else ""
    if contact.do_not_contact:
        dnc += f"<p class='warn'>{escape(_tr('Do not email'))}</p>"
    last = (contact.last_contacted_at.astimezone().strftime("%Y-%m-%d %H:%M")
            if contact.last_contacted_at else _tr("never"))
    subtitle = " · ".join(escape(x) for x in (contact.title, contact.company) if x)
    rows = "".join([
        _row(_tr("Phones"), "<br>".join(phones)),
        _row(_tr("Email"), "<br>".join(emails)),
        _row(_tr("Address"), "<br>".join(escape(line) for line in contact.address_lines)),
        _row(_tr("Status"), escape(status_name(contact.status))),
        _row(_tr("Source"), escape(contact.source)),
        _row(_tr("Tags"), escape(", ".join(contact.tags))),
        _row(_tr("Last contacted"), escape(last)),
    ])
    notes = ""
    if contact.notes:
        body = escape(contact.notes).replace("\n", "<br>")
        notes = f"<h3>{escape(_tr('Notes'))}</h3><p>{body}</p>"
    return (f"<h2>{escape(contact.display_name)}</h2><p class='k'>{subtitle}</p>{dnc}"
            f"<table cellspacing='4'>{rows}</table>{notes}")


from app.ui.appointment_section import appointments_section  # noqa: E402
from app.ui.email_section import emails_section  # noqa: E402
from app.ui.quote_detail_section import quotes_section  # noqa: E402

SECTIONS: list[Section] = [
    fields_section, calls_section, emails_section, appointments_section, quotes_section,
]
