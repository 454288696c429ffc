"""Contact detail pane section: the contact's emails, sent and received, beside the calls."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from app.services.contact_types import ContactDetail
from app.services.mail_queries import contact_emails
from app.ui.app_context import AppContext
from app.ui.local_time import minute_text
from app.ui.translations import QT_TRANSLATE_NOOP

LIMIT = 10
_STATE_LABELS = {"queued": QT_TRANSLATE_NOOP("EmailSection", "waiting in the outbox"),
                 "sending": QT_TRANSLATE_NOOP("EmailSection", "being sent"),
                 "failed": QT_TRANSLATE_NOOP("EmailSection", "not sent"),
                 "unknown": QT_TRANSLATE_NOOP("EmailSection",
                                              "send cut off: may not have arrived")}


def _tr(text: str) -> str:
    return QCoreApplication.translate("EmailSection", text)


def emails_section(contact: ContactDetail, ctx: AppContext) -> str:
    from app.db.users import user_names

    rows, total = contact_emails(contact.id, LIMIT)
    link = (f"<a href='calldesk://email/{contact.id}'>{escape(_tr('Write an email'))}</a>"
            " (Ctrl+M)")
    if not rows:
        return (f"<a name='emails'></a><h3>{escape(_tr('Emails'))}</h3><p>{link}</p>"
                f"<p class='k'>{escape(_tr('No emails yet.'))}</p>")
    names = user_names()
    lines = []
    for r in rows:
        arrow = "↙" if r.direction == "in" else "↗"
        who = r.from_addr if r.direction == "in" else names.get(r.user_id or 0, "")
        state = ""
        if r.state == "queued" and r.scheduled_at and not r.last_error:
            state = (f"<br><span class='k'>{escape(_tr('scheduled for %1'))}</span>"
                     .replace("%1", minute_text(r.scheduled_at)))
        elif r.state in _STATE_LABELS:
            detail = f": {r.last_error}" if r.last_error else ""
            state = (f"<br><span class='warn'>{escape(_tr(_STATE_LABELS[r.state]))}"
                     f"{escape(detail)}</span>")
        if r.state == "sent" and r.sent_copy not in ("", "saved"):
            note = _tr("sent, but not copied to your Sent folder")
            state += f"<br><span class='warn'>{escape(note)}: {escape(r.sent_copy)}</span>"
        files = (f"<br><span class='k'>📎 {escape(', '.join(r.attachments))}</span>"
                 if r.attachments else "")
        lines.append(
            f"<tr><td class='k' style='white-space:nowrap'>{minute_text(r.when)}</td>"
            f"<td>{arrow}</td><td><b>{escape(r.subject)}</b> "
            f"<span class='k'>{escape(who)}</span><br>{escape(r.snippet)}{files}{state}"
            "</td></tr>")
    shown = f"{len(rows)} / {total:,}" if total > len(rows) else str(total)
    return (f"<a name='emails'></a><h3>{escape(_tr('Emails'))} "
            f"<span class='k'>({escape(shown)})</span></h3><p>{link}</p>"
            f"<table cellspacing='2'>{''.join(lines)}</table>")
