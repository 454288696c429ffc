"""A rep's answer to an invitation (iTIP METHOD:REPLY, RFC 5546): recorded on the appointment's
invitation, and an acceptance confirms a scheduled appointment. An answer to an older version
of the invitation (a lower SEQUENCE) is kept out: the rep has not seen the change yet."""

from __future__ import annotations

import time
from email.message import EmailMessage

from app.db.connection import db
from app.io.ics import ItipReply, parse_itip_reply


def calendar_replies(msg: EmailMessage) -> list[ItipReply]:
    found: list[ItipReply] = []
    for part in msg.walk():
        if part.get_content_type() in ("text/calendar", "application/ics"):
            try:
                payload = part.get_payload(decode=True)
            except (LookupError, ValueError):
                continue
            if isinstance(payload, bytes):
                found.extend(parse_itip_reply(payload))
    return found


def apply_replies(replies: list[ItipReply]) -> int | None:
    """Record the answers; returns the contact of the appointment answered, if any."""
    contact_id = None
    for reply in replies:
        row = db.execute_sql(
            "SELECT a.id, a.contact_id, a.status, i.sequence FROM appointment a "
            "JOIN appointment_invite i ON i.appointment_id = a.id WHERE a.uid = ?",
            (reply.uid,)).fetchone()
        if row is None:
            continue
        appointment_id, contact_id, status, sequence = (int(row[0]), int(row[1]), str(row[2]),
                                                        int(row[3]))
        if reply.sequence < sequence or not reply.partstat:
            continue
        db.execute_sql("UPDATE appointment_invite SET reply = ?, replied_by = ?, replied_at = ? "
                       "WHERE appointment_id = ?",
                       (reply.partstat, reply.attendee, int(time.time()), appointment_id))
        if reply.partstat == "ACCEPTED" and status == "scheduled":
            from app.services.appointments import set_status

            set_status(appointment_id, "confirmed")
    return contact_id


def invitation_reply(appointment_id: int) -> tuple[str, str]:
    """(answer, who) for the latest invitation; ('', '') before any answer."""
    row = db.execute_sql("SELECT reply, replied_by FROM appointment_invite "
                         "WHERE appointment_id = ?", (appointment_id,)).fetchone()
    return ("", "") if row is None else (str(row[0]), str(row[1]))
