"""A few emails on the first demo contacts, for the screenshots: a quote sent with its PDF, the
customer's reply, and one message waiting after a failed attempt. Never used on a real
database (nothing here could be sent: the scratch database has no mail account)."""

from __future__ import annotations

import time

from app.db import raw
from app.db.connection import db


def _tomorrow_nine(now: int) -> int:
    from datetime import datetime, timedelta

    local = datetime.fromtimestamp(now).astimezone() + timedelta(days=1)
    return int(local.replace(hour=9, minute=0, second=0, microsecond=0).timestamp())


def seed_demo_mail() -> int:
    # The contact the Contacts tab shows first, so its timeline is in the picture.
    row = db.execute_sql("SELECT id, primary_email, first_name FROM contact "
                         "WHERE primary_email <> '' ORDER BY name_key, id LIMIT 1").fetchone()
    if row is None:
        return 0
    contact_id, address, first = int(row[0]), str(row[1]), str(row[2])
    found = db.execute_sql("SELECT id, number FROM quote WHERE contact_id = ? ORDER BY id "
                           "LIMIT 1", (contact_id,)).fetchone()
    quote_id = None if found is None else int(found[0])
    number = "Q-0001" if found is None else str(found[1])
    from app.services.first_start import set_owner_name

    set_owner_name("Anil Deshpande")
    now = int(time.time())
    me = "Anil Deshpande <anil@suryacooling.example>"
    rows = [
        ("out", "sent", "<demo-1@suryacooling.example>", "", me, address,
         f"Quotation {number}", f"Dear {first},\n\nPlease find attached our quotation "
         f"{number}. It is valid for 30 days.\n\nKind regards,\nAnil Deshpande",
         f"Quotation {number}.pdf" if quote_id else "", quote_id, "", now - 3 * 86400),
        ("in", "received", "<reply-1@sharmatraders.example>", "<demo-1@suryacooling.example>",
         address, me, f"Re: Quotation {number}",
         "Thank you, Anil. Can you do the same price for 12 units if we order this month?",
         "", None, "", now - 2 * 86400),
        ("out", "queued", "<demo-2@suryacooling.example>", "<reply-1@sharmatraders.example>",
         me, address, f"Re: Quotation {number}",
         f"Dear {first},\n\nYes: for 12 units ordered this month the price holds.",
         "", None, "Connection: smtp.suryacooling.example:587 did not answer within 20 s",
         now - 3600),
        ("out", "queued", "<demo-3@suryacooling.example>", "", me, address,
         "Installation schedule", f"Dear {first},\n\nthe team can install on Monday at "
         "10:00. Shall we confirm?", "", None, "", now - 600),
    ]
    with db.atomic():
        scheduled = _tomorrow_nine(now)
        for (direction, state, message_id, reply_to, sender, to, subject, body, files, quote,
             error, when) in rows:
            later = state == "queued" and not error  # "send later": tomorrow 9:00
            raw.insert_id(
                "INSERT INTO email_message (contact_id, direction, state, message_id, "
                "in_reply_to, from_addr, to_addrs, subject, body, attachments, quote_id, "
                "last_error, attempts, next_attempt_at, created_at, sent_at, scheduled_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (contact_id, direction, state, message_id, reply_to, sender, to, subject,
                 body, files, quote, error, 1 if error else 0,
                 now + 10**9 if error else scheduled if later else 0,
                 when, None if state == "queued" else when, scheduled if later else 0))
    return len(rows)
