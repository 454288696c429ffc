"""Emails as lists show them: a contact's timeline, the outbox (indexed, limited queries)."""

from __future__ import annotations

from dataclasses import dataclass

from app.db.connection import db

WAITING = ("queued", "sending", "failed", "unknown")


@dataclass(frozen=True)
class EmailRow:
    id: int
    contact_id: int | None
    direction: str  # out | in
    state: str
    when: int  # epoch seconds: sent, received or queued
    from_addr: str
    to_addrs: str
    subject: str
    snippet: str  # the first lines of the text
    attachments: list[str]
    user_id: int | None
    last_error: str
    scheduled_at: int = 0  # "send later": the chosen time (epoch seconds), 0 = none
    next_attempt_at: int = 0
    sent_copy: str = ""  # '', 'saved', or why the copy for the Sent folder failed


_COLUMNS = ("id, contact_id, direction, state, coalesce(sent_at, created_at), from_addr, "
            "to_addrs, subject, body, attachments, user_id, last_error, scheduled_at, "
            "next_attempt_at, sent_copy")


def snippet(body: str, limit: int = 160) -> str:
    lines = [ln.strip() for ln in body.splitlines()
             if ln.strip() and not ln.lstrip().startswith(">")]
    text = " ".join(lines)
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _row(r: tuple[object, ...]) -> EmailRow:
    return EmailRow(int(str(r[0])), None if r[1] is None else int(str(r[1])), str(r[2]),
                    str(r[3]), int(str(r[4])), str(r[5]), str(r[6]), str(r[7]),
                    snippet(str(r[8])), [a for a in str(r[9]).splitlines() if a],
                    None if r[10] is None else int(str(r[10])), str(r[11]), int(str(r[12])),
                    int(str(r[13])), str(r[14]))


def contact_emails(contact_id: int, limit: int = 20) -> tuple[list[EmailRow], int]:
    """The contact's latest emails, sent and received, newest first; and how many there are."""
    rows = db.execute_sql(f"SELECT {_COLUMNS} FROM email_message WHERE contact_id = ? "
                          "ORDER BY created_at DESC, id DESC LIMIT ?",
                          (contact_id, limit)).fetchall()
    total = db.execute_sql("SELECT count(*) FROM email_message WHERE contact_id = ?",
                           (contact_id,)).fetchone()[0]
    return [_row(r) for r in rows], int(total)


def outbox_rows(limit: int = 200) -> list[EmailRow]:
    """Messages not sent yet (waiting, failed, unknown), oldest first."""
    marks = ", ".join("?" * len(WAITING))
    rows = db.execute_sql(f"SELECT {_COLUMNS} FROM email_message WHERE state IN ({marks}) "
                          "ORDER BY created_at, id LIMIT ?", (*WAITING, limit)).fetchall()
    return [_row(r) for r in rows]


def outbox_counts() -> dict[str, int]:
    marks = ", ".join("?" * len(WAITING))
    rows = db.execute_sql(f"SELECT state, count(*) FROM email_message WHERE state IN ({marks}) "
                          "GROUP BY state", WAITING).fetchall()
    return {str(r[0]): int(r[1]) for r in rows}
