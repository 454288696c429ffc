"""Contact detail pane section: the contact's latest quotes with totals, and quote links."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from app.services.contact_types import ContactDetail
from app.ui.app_context import AppContext
from app.ui.status_names import status_name

SHOWN = 10


def _tr(text: str) -> str:
    return QCoreApplication.translate("ContactDetail", text)


def quotes_section(contact: ContactDetail, ctx: AppContext) -> str:
    # Quotes (and babel, through money formatting) load with the first contact shown, not
    # at startup.
    from app.services.quotes import contact_quotes, suggest_addons

    quotes = contact_quotes(contact.id, SHOWN)
    if quotes:  # babel loads only when there is money to show, not at startup
        from app.services.money import format_money, locale_for_region
        from app.ui.translations import interface_language

        locale = locale_for_region(ctx.home_region, interface_language())
    links = [f"<a href='calldesk://quote/new/{contact.id}'>{escape(_tr('New quote'))}</a>"]
    if quotes and suggest_addons(contact.id):
        links.append(f"<a href='calldesk://quote/upsell/{contact.id}'>"
                     f"{escape(_tr('Suggest add-ons'))}</a>")
    rows = "".join(
        f"<tr><td><a href='calldesk://quote/{q.id}'>{escape(q.number)}</a></td>"
        f"<td>{escape(q.issued_on)}</td><td class='{'warn' if q.status == 'expired' else 'k'}'>"
        f"{escape(status_name(q.status))}</td>"
        f"<td align='right'>{escape(format_money(q.total_minor, q.currency, locale))}</td></tr>"
        for q in quotes)
    body = (f"<table cellspacing='4'>{rows}</table>" if rows
            else f"<p class='k'>{escape(_tr('No quotes yet.'))}</p>")
    return f"<h3>{escape(_tr('Quotes'))}</h3>{body}<p>{' · '.join(links)}</p>"
