"""Contact detail pane section: call links, the next follow-up and the latest calls."""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import QCoreApplication

from app.services.calls import call_history, next_follow_up
from app.services.contact_types import ContactDetail
from app.services.users import user_names_with_unrecorded
from app.ui.app_context import AppContext
from app.ui.call_table_model import duration_text
from app.ui.local_time import minute_text
from app.ui.outcome_names import outcome_name

HISTORY_LIMIT = 20


def _tr(text: str) -> str:
    return QCoreApplication.translate("CallHistory", text)


def calls_section(contact: ContactDetail, ctx: AppContext) -> str:
    rows, total = call_history(contact.id, HISTORY_LIMIT)
    links = (f"<a href='calldesk://call/{contact.id}'>{escape(_tr('Call now'))}</a> (Ctrl+L)"
             f" · <a href='calldesk://calls/{contact.id}'>{escape(_tr('All calls'))}</a>")
    follow = next_follow_up(contact.id)
    follow_html = ""
    if follow is not None:
        local = follow.astimezone()
        overdue = local < datetime.now().astimezone()
        css = " class='warn'" if overdue else ""
        label = _tr("Next follow-up (overdue)") if overdue else _tr("Next follow-up")
        follow_html = (f"<p{css}>{escape(label)}: "
                       f"{escape(local.strftime('%Y-%m-%d %H:%M'))}</p>")
    if not rows:
        return (f"<h3>{escape(_tr('Calls'))}</h3><p>{links}</p>{follow_html}"
                f"<p class='k'>{escape(_tr('No calls yet.'))}</p>")
    shown = (_tr("latest %1 of %2").replace("%1", str(len(rows))).replace("%2", f"{total:,}")
             if total > len(rows) else str(total))
    names = user_names_with_unrecorded()
    team = len(names) > 2  # more than the owner: say who made each call
    lines = []
    for r in rows:
        when = minute_text(r.started_at)
        arrow = "↙" if r.direction == "in" else "↗"
        note = escape(" ".join(r.notes.split())[:120])
        lines.append(f"<tr><td class='k' style='white-space:nowrap'>{when}</td><td>{arrow}</td>"
                     f"<td style='white-space:nowrap'>{escape(outcome_name(r.outcome_label))}</td>"
                     f"<td>{duration_text(r.duration_s)}</td>"
                     + (f"<td class='k'>{escape(names.get(r.user_id, ''))}</td>" if team else "")
                     + "</tr>")
        if note:  # its own full-width row: a narrow cell broke words in the middle
            lines.append(f"<tr><td></td><td colspan='{4 if team else 3}'>{note}</td></tr>")
    return (f"<h3>{escape(_tr('Calls'))} <span class='k'>({escape(shown)})</span></h3>"
            f"<p>{links}</p>{follow_html}<table cellspacing='2'>{''.join(lines)}</table>")
