"""The "no reply in N days" rule: an email sent to a contact that has had no answer (no email
from them, no call logged since) for N days puts the contact in the Due list, to call.

``awaiting_reply`` marks the one email of each contact that waits (set when it is sent; the
triggers of migration v009 clear it on a call or a reply); the partial index on it
(sent_at, contact_id) makes the Due list a range read of just the waiting emails."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from app.db.connection import db
from app.services import clock
from app.services.contact_types import display_name
from app.services.errors import ValidationError
from app.services.settings import get_setting, set_setting

KEY = "no_reply_days"
DEFAULT_DAYS = 3
MAX_DAYS = 365
COUNT_CAP = 1000


@dataclass(frozen=True)
class NoReply:
    email_id: int
    contact_id: int
    name: str
    phone: str
    subject: str
    sent_at: datetime


def no_reply_days() -> int:
    text = get_setting(KEY, str(DEFAULT_DAYS))
    return int(text) if text.isdigit() else DEFAULT_DAYS


def set_no_reply_days(days: int) -> None:
    if not 0 <= days <= MAX_DAYS:
        raise ValidationError("No reply after", f"enter 0 (off) to {MAX_DAYS} days")
    set_setting(KEY, str(days))


def _cutoff(now: datetime | None) -> int | None:
    days = no_reply_days()
    if days == 0:
        return None
    return int((now or clock.now()).timestamp()) - days * 86400


_WAITING = ("FROM email_message m JOIN contact c ON c.id = m.contact_id "
            "WHERE m.awaiting_reply = 1 AND m.sent_at <= ?")


def due_no_replies(now: datetime | None = None, limit: int = 50) -> list[NoReply]:
    """Contacts whose email has waited N days for an answer, the longest waiting first."""
    cutoff = _cutoff(now)
    if cutoff is None:
        return []
    rows = db.execute_sql(
        "SELECT m.id, m.contact_id, c.first_name, c.last_name, c.company, c.primary_phone, "
        f"m.subject, m.sent_at {_WAITING} ORDER BY m.sent_at, m.id LIMIT ?",
        (cutoff, limit)).fetchall()
    return [NoReply(int(r[0]), int(r[1]), display_name(str(r[2]), str(r[3]), str(r[4])),
                    str(r[5]), str(r[6]), datetime.fromtimestamp(int(r[7]), UTC))
            for r in rows]


def no_reply_count(now: datetime | None = None, cap: int = COUNT_CAP) -> int:
    cutoff = _cutoff(now)
    if cutoff is None:
        return 0
    row = db.execute_sql(f"SELECT count(*) FROM (SELECT 1 {_WAITING} LIMIT ?) AS w",
                         (cutoff, cap)).fetchone()
    return int(row[0])


def dismiss(email_id: int) -> None:
    """Done without a call: the email no longer waits for an answer."""
    with db.atomic():
        db.execute_sql("UPDATE email_message SET awaiting_reply = 0 WHERE id = ?", (email_id,))
