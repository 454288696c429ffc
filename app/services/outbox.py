"""The outbox: every message is stored, whole, before any network I/O; a worker sends it later.

``queue_mail`` runs inside the caller's transaction (the quote marked sent, the invitation
recorded): the message and its record commit together or not at all. ``send_due`` is the
worker's step. Before talking to the server it marks the message ``sending`` and commits; after
the server took it, ``sent``. A message found still ``sending`` long after (the program was
killed mid-send) becomes ``unknown``: it may have gone out, so it is never resent unless the
user says so.

A message queued with ``undo_s`` is held that long (not handed to the server) so the user can
take it back (``undo_send``); one with ``send_at`` waits until then ("send later"). Both are
only a later ``next_attempt_at``, so the window's worker and ``mail send-outbox`` respect them.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field

from app.db import raw
from app.db.connection import db
from app.services.do_not_contact import refuse_do_not_contact
from app.services.errors import ValidationError
from app.services.mail_account import check_addresses, require_account
from app.services.mail_errors import MailError
from app.services.mail_mime import (
    MAX_ATTACHMENTS_BYTES,
    Attachment,
    CalendarPart,
    build_mime,
    new_message_id,
)
from app.services.mail_password import get_password
from app.services.text_checks import check_text

BACKOFF_S = (60, 120, 300, 900, 1800, 3600)  # then hourly
STALE_SENDING_S = 15 * 60  # far beyond every timeout of one send
BATCH = 20
UNDO_S = 10  # how long a message sent from the window can still be taken back
MAX_SEND_LATER_S = 366 * 86400


@dataclass
class OutgoingMail:
    contact_id: int | None
    to: str  # as typed: addresses separated by commas
    subject: str
    body: str
    attachments: Sequence[Attachment] = ()
    calendar: CalendarPart | None = None
    quote_id: int | None = None
    appointment_id: int | None = None
    in_reply_to: str = ""
    send_at: int | None = None  # epoch seconds (UTC): "send later"; None = now


@dataclass(frozen=True)
class UndoneMail:
    """What an undone message said, to put back in the compose window."""

    contact_id: int | None
    to: str
    subject: str
    body: str
    quote_id: int | None


@dataclass
class SendReport:
    sent: list[int] = field(default_factory=list)
    waiting: list[tuple[int, str]] = field(default_factory=list)  # (id, reason)
    failed: list[tuple[int, str]] = field(default_factory=list)
    copy_failed: list[tuple[int, str]] = field(default_factory=list)  # sent; no Sent copy


def _now() -> int:
    return int(time.time())


def _check(mail: OutgoingMail, now: int) -> list[str]:
    if mail.send_at is not None and not now < mail.send_at <= now + MAX_SEND_LATER_S:
        raise ValidationError("Send later", "choose a time in the future, within a year"
                              if mail.send_at > now else "that time has passed; choose a "
                              "later one")
    recipients = check_addresses("To", mail.to)
    if not mail.subject.strip():
        raise ValidationError("Subject", "enter a subject")
    check_text("Subject", mail.subject, 998)
    check_text("Message", mail.body, 1_000_000)
    size = sum(len(a.data) for a in mail.attachments)
    if size > MAX_ATTACHMENTS_BYTES:
        raise ValidationError("Attachments", f"they come to {size / 1048576:.1f} MB; the limit "
                              f"is {MAX_ATTACHMENTS_BYTES // 1048576} MB")
    return recipients


def queue_mail(mail: OutgoingMail, user_id: int | None = None, undo_s: int = 0,
               quote_was_draft: bool = False) -> int:
    """Store *mail* in the outbox (in the caller's transaction, if any); returns its id.
    *undo_s*: hold it that many seconds, during which ``undo_send`` takes it back."""
    from app.services.users import current_user

    account = require_account()
    now = _now()
    recipients = _check(mail, now)
    # An invitation goes to the rep about the customer: only the addresses count there.
    refuse_do_not_contact(None if mail.appointment_id else mail.contact_id, recipients)
    message_id = new_message_id(account.sender)
    scheduled = mail.send_at or 0
    due = max(now + undo_s, scheduled)
    mime = build_mime(sender=account.from_addr, to=recipients, subject=mail.subject.strip(),
                      body=mail.body, message_id=message_id, attachments=mail.attachments,
                      calendar=mail.calendar, in_reply_to=mail.in_reply_to, date_epoch=now)
    names = "\n".join(a.filename for a in mail.attachments)
    with db.atomic():
        who = current_user().id if user_id is None else user_id
        return raw.insert_id(
            "INSERT INTO email_message (contact_id, user_id, direction, state, message_id, "
            "in_reply_to, from_addr, to_addrs, subject, body, attachments, mime, quote_id, "
            "appointment_id, next_attempt_at, created_at, scheduled_at, quote_was_draft) "
            "VALUES (?, ?, 'out', 'queued', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (mail.contact_id, who, message_id, mail.in_reply_to, account.from_addr,
             ", ".join(recipients), mail.subject.strip(), mail.body, names, mime,
             mail.quote_id, mail.appointment_id, due, now, scheduled,
             1 if quote_was_draft else 0))


def undo_send(message_id: int) -> UndoneMail:
    """Take back a message not yet handed to the server: it leaves the outbox (a quote it
    marked Sent is a draft again) and what it said is returned for the compose window."""
    with db.atomic():
        row = db.execute_sql("SELECT contact_id, to_addrs, subject, body, quote_id, "
                             "quote_was_draft FROM email_message WHERE id = ? AND "
                             "state = 'queued' AND attempts = 0", (message_id,)).fetchone()
        cursor = db.execute_sql("DELETE FROM email_message WHERE id = ? AND state = 'queued' "
                                "AND attempts = 0", (message_id,))
        if row is None or int(cursor.rowcount) != 1:
            raise ValidationError("Undo", "too late: the message is already being sent")
        quote_id = None if row[4] is None else int(row[4])
        if quote_id is not None and int(row[5]):
            db.execute_sql("UPDATE quote SET status = 'draft', sent_at = NULL "
                           "WHERE id = ? AND status = 'sent'", (quote_id,))
    return UndoneMail(None if row[0] is None else int(row[0]), str(row[1]), str(row[2]),
                      str(row[3]), quote_id)


def seconds_to_next(now: int | None = None) -> int | None:
    """How long until this user's next waiting message is due (0: now); None when none waits."""
    from app.services.users import current_user

    row = db.execute_sql("SELECT min(next_attempt_at) FROM email_message WHERE user_id = ? "
                         "AND state = 'queued'", (current_user().id,)).fetchone()
    if row is None or row[0] is None:
        return None
    return max(0, int(row[0]) - (now or _now()))


def backoff_s(attempts: int) -> int:
    return BACKOFF_S[min(max(attempts, 1), len(BACKOFF_S)) - 1]


def mark_stale_unknown(now: int | None = None) -> int:
    """Sends cut off mid-way (the program was killed) become 'unknown'; returns how many."""
    limit = (now or _now()) - STALE_SENDING_S
    with db.atomic():
        cursor = db.execute_sql(
            "UPDATE email_message SET state = 'unknown', last_error = ? "
            "WHERE state = 'sending' AND claimed_at < ?",
            ("the send was cut off; it may or may not have arrived", limit))
    return int(cursor.rowcount)


def _claim(message_id: int, now: int) -> bool:
    with db.atomic():
        cursor = db.execute_sql(
            "UPDATE email_message SET state = 'sending', claimed_at = ?, "
            "attempts = attempts + 1 WHERE id = ? AND state = 'queued'", (now, message_id))
    return int(cursor.rowcount) == 1


def _finish(message_id: int, state: str, error: str, next_at: int, sent_at: int | None) -> None:
    with db.atomic():
        db.execute_sql("UPDATE email_message SET state = ?, last_error = ?, next_attempt_at = ?, "
                       "sent_at = ? WHERE id = ?", (state, error, next_at, sent_at, message_id))


def _mark_sent(message_id: int, note: str) -> None:
    """Sent; an email to a contact (not an invitation, which goes to the rep) now waits for
    their answer, in place of any earlier one (the Due list's "no reply" rule)."""
    with db.atomic():
        db.execute_sql("UPDATE email_message SET state = 'sent', last_error = ?, "
                       "next_attempt_at = 0, sent_at = ?, awaiting_reply = CASE WHEN "
                       "contact_id IS NOT NULL AND appointment_id IS NULL THEN 1 ELSE 0 END "
                       "WHERE id = ?", (note, _now(), message_id))
        db.execute_sql("UPDATE email_message SET awaiting_reply = 0 WHERE awaiting_reply = 1 "
                       "AND contact_id = (SELECT contact_id FROM email_message WHERE id = ?) "
                       "AND id <> ?", (message_id, message_id))


def due_ids(now: int, limit: int = BATCH) -> list[int]:
    """This user's messages that are due: each goes out through its own user's mailbox."""
    from app.services.users import current_user

    return [int(r[0]) for r in db.execute_sql(
        "SELECT id FROM email_message WHERE user_id = ? AND state = 'queued' "
        "AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?",
        (current_user().id, now, limit)).fetchall()]


def send_due(now: int | None = None, timeout: float | None = None) -> SendReport:
    """Send what is due, one server session for the batch. Never raises for a mail failure:
    each message's outcome is stored on it (and returned)."""
    from app.services import smtp_client
    from app.services.mail_account import load_account

    report = SendReport()
    at = now or _now()
    account = load_account()
    if account is None:
        return report  # nothing can have been queued
    if db.execute_sql("SELECT 1 FROM email_message WHERE state = 'sending' AND claimed_at < ? "
                      "LIMIT 1", (at - STALE_SENDING_S,)).fetchone() is not None:
        mark_stale_unknown(at)
    ids = due_ids(at)
    if not ids:
        return report
    password = get_password(account)
    if account.user and password is None:
        # Nobody has given the password yet: the messages wait, no attempt is counted.
        reason = ("Password: enter the mail password (Mail ▸ Send waiting email now), or set "
                  "CALLDESK_MAIL_PASSWORD")
        _postpone_rest([0, *ids], 0, reason, at, report)
        return report
    server = None
    try:
        for message_id in ids:
            if not _claim(message_id, at):
                continue  # another worker has it
            row = db.execute_sql("SELECT to_addrs, mime, attempts FROM email_message "
                                 "WHERE id = ?", (message_id,)).fetchone()
            recipients = [r.strip() for r in str(row[0]).split(",") if r.strip()]
            try:
                if server is None:
                    server = smtp_client.connect(
                        account, password,
                        smtp_client.TIMEOUT_S if timeout is None else timeout)
                refused = smtp_client.send(server, account.sender, recipients,
                                           str(row[1]).encode("ascii"))
            except MailError as exc:
                if exc.transient:
                    _finish(message_id, "queued", str(exc), at + backoff_s(int(row[2])), None)
                    report.waiting.append((message_id, str(exc)))
                else:
                    _finish(message_id, "failed", str(exc), 0, None)
                    report.failed.append((message_id, str(exc)))
                if exc.stage in ("dns", "connect", "tls", "login", "password"):
                    _postpone_rest(ids, message_id, str(exc), at, report)
                    break
                if exc.stage == "send" and server is not None:
                    server.close()  # the session is broken; the next message opens another
                    server = None
                continue
            note = f"refused by the server: {', '.join(refused)}" if refused else ""
            _mark_sent(message_id, note)
            report.sent.append(message_id)
    finally:
        if server is not None:
            smtp_client.quit_server(server)
    if report.sent and account.has_imap:
        from app.services.mail_sent_copy import SAVED, save_copies

        copies = save_copies(account, password, report.sent,
                             smtp_client.TIMEOUT_S if timeout is None else timeout)
        report.copy_failed = [(i, why) for i, why in copies.items() if why != SAVED]
    return report


def _postpone_rest(ids: list[int], failed_id: int, reason: str, at: int,
                   report: SendReport) -> None:
    """The server cannot be reached at all: the rest of the batch waits with the same reason
    (unclaimed, so not counted as attempts)."""
    rest = ids[ids.index(failed_id) + 1:]
    for message_id in rest:
        with db.atomic():
            db.execute_sql("UPDATE email_message SET last_error = ? WHERE id = ? "
                           "AND state = 'queued'", (reason, message_id))
        report.waiting.append((message_id, reason))


def retry(message_id: int) -> None:
    """The user asks to send a failed or unknown message (again) now."""
    with db.atomic():
        cursor = db.execute_sql(
            "UPDATE email_message SET state = 'queued', next_attempt_at = 0, last_error = '' "
            "WHERE id = ? AND state IN ('queued', 'failed', 'unknown')", (message_id,))
        if int(cursor.rowcount) != 1:
            raise ValidationError("Message", "only a waiting, failed or unknown message can "
                                  "be sent again")


def discard(message_id: int) -> None:
    """Take a message out of the outbox before it is sent (it stays nowhere)."""
    with db.atomic():
        cursor = db.execute_sql(
            "DELETE FROM email_message WHERE id = ? AND state IN ('queued', 'failed', "
            "'unknown')", (message_id,))
        if int(cursor.rowcount) != 1:
            raise ValidationError("Message", "a message being sent or already sent stays")
