"""A rep's day sheet by email: the same PDF the print path writes, to the rep's own address,
through the outbox like every other message."""

from __future__ import annotations

from datetime import date

from app.services.errors import ValidationError
from app.services.mail_mime import Attachment
from app.services.outbox import OutgoingMail, queue_mail


def email_day_sheet(rep_name: str, day: date, undo_s: int = 0) -> tuple[int, int]:
    """Queue the day sheet of *rep_name* for *day* to the rep; returns (outbox message id,
    appointments on the sheet)."""
    from app.pdf.day_sheet import render_day_sheet
    from app.services.appointment_export import day_sheet
    from app.services.mail_merge import my_name
    from app.services.reps import find_rep

    rep = find_rep(rep_name)
    if not rep.email:
        raise ValidationError("Rep", f"{rep.name} has no email address; add one in "
                              "Appointments ▸ Reps")
    sheet = day_sheet(rep.name, day)
    shown = f"{day:%a %d %b %Y}"
    count = len(sheet.items)
    body = (f"Hello {rep.name},\n\nyour day sheet for {shown} is attached "
            f"({count} appointment{'s' if count != 1 else ''}).\n\n{my_name()}".rstrip() + "\n")
    message_id = queue_mail(OutgoingMail(
        None, rep.email, f"Day sheet {shown}", body,
        [Attachment(f"Day sheet {rep.name} {day.isoformat()}.pdf", "application/pdf",
                    render_day_sheet(sheet))]), undo_s=undo_s)
    return message_id, count
