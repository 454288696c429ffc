"""Appointment invitations as iTIP email (RFC 6047): the rep, and optionally the customer, get
METHOD:REQUEST with the appointment's stable UID; each change of time, place or rep bumps
SEQUENCE; a cancelled appointment sends METHOD:CANCEL. What each invitation said is kept in
appointment_invite, so the next one knows whether anything changed."""

from __future__ import annotations

import time

from app.db.connection import db
from app.io.ics import Person, build_itip
from app.services.appointment_export import ics_events
from app.services.errors import NotFoundError, ValidationError
from app.services.mail_account import require_account
from app.services.mail_merge import appointment_values, my_name
from app.services.mail_mime import CalendarPart
from app.services.outbox import OutgoingMail, queue_mail

CANCELLING = ("cancelled", "rescheduled")


def _next(appointment_id: int, method: str, state: tuple[int, int, str, int]) -> int:
    row = db.execute_sql("SELECT sequence, method, starts_at, ends_at, location, rep_id "
                         "FROM appointment_invite WHERE appointment_id = ?",
                         (appointment_id,)).fetchone()
    if row is None:
        if method == "CANCEL":
            raise ValidationError("Invitation", "no invitation was sent for this appointment, "
                                  "so there is none to cancel")
        return 0
    same = (str(row[1]), int(row[2]), int(row[3]), str(row[4]), int(row[5])) == (method, *state)
    return int(row[0]) if same else int(row[0]) + 1


def invite(appointment_id: int, include_customer: bool = False) -> int:
    """Queue the invitation (or its update, or its cancellation); returns the message id."""
    account = require_account()
    with db.atomic():
        row = db.execute_sql(
            "SELECT a.status, a.starts_at, a.ends_at, a.location, a.rep_id, a.contact_id, "
            "r.name, r.email, c.primary_email, c.first_name, c.last_name, c.company "
            "FROM appointment a JOIN rep r ON r.id = a.rep_id "
            "JOIN contact c ON c.id = a.contact_id WHERE a.id = ?",
            (appointment_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"appointment {appointment_id} no longer exists")
        status, starts, ends, location, rep_id, contact_id = row[:6]
        rep_name, rep_email, customer_email = str(row[6]), str(row[7]), str(row[8] or "")
        if not rep_email:
            raise ValidationError("Rep email", f"{rep_name} has no email address; add it in "
                                  "Appointments ▸ Reps")
        attendees = [Person(rep_name, rep_email)]
        if include_customer:
            if not customer_email:
                raise ValidationError("Customer email", "the customer has no email address")
            from app.services.contact_types import display_name

            attendees.append(Person(display_name(row[9], row[10], row[11]), customer_email))
        method = "CANCEL" if status in CANCELLING else "REQUEST"
        state = (int(starts), int(ends), str(location or ""), int(rep_id))
        sequence = _next(appointment_id, method, state)
        [event] = ics_events([appointment_id])
        ics = build_itip(event, method, sequence, Person(my_name(), account.sender), attendees)
        values = appointment_values(appointment_id)
        verb = "Cancelled" if method == "CANCEL" else ("Updated" if sequence else "Invitation")
        subject = f"{verb}: {event.summary} – {values['appointment_time']}"
        body = "\n".join([event.description, "", f"When: {values['appointment_time']}",
                          f"Where: {location or '-'}", f"Rep: {rep_name}", "",
                          my_name()]).strip() + "\n"
        message_id = queue_mail(OutgoingMail(
            int(contact_id), ", ".join(p.email for p in attendees), subject, body,
            calendar=CalendarPart(method, ics), appointment_id=appointment_id))
        db.execute_sql(
            "INSERT INTO appointment_invite (appointment_id, sequence, method, starts_at, "
            "ends_at, location, rep_id, sent_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (appointment_id) DO UPDATE SET sequence = excluded.sequence, "
            "method = excluded.method, starts_at = excluded.starts_at, "
            "ends_at = excluded.ends_at, location = excluded.location, "
            "rep_id = excluded.rep_id, sent_at = excluded.sent_at, "
            "reply = CASE WHEN appointment_invite.sequence = excluded.sequence "
            "THEN appointment_invite.reply ELSE '' END",
            (appointment_id, sequence, method, *state, int(time.time())))
    return message_id
