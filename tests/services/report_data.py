"""A small, hand-counted data set for the report tests (March 2026, India time).

Calls (out unless noted), with their sellers and outcomes:
  Mar 1 00:30  D  owner  no_answer  5 s   (19:00 UTC on Feb 28: still March 1 in India)
  Mar 2        A  owner  connected 120 s, no_answer 0 s, sale 300 s
  Mar 2        B  Meera  busy 10 s, call_back 200 s
  Mar 3        C  owner  connected 400 s (incoming), voicemail 30 s
  Feb 15       A  owner  connected (before the period)
  Apr 1 01:30  A  owner  connected (after the period: 20:00 UTC on Mar 31)
Appointments: ap1 A Ravi booked Mar 2 by owner, on Mar 5, completed; ap2 B Ravi booked Mar 3 by
Meera, on Mar 6, no-show; ap3 C Sita booked Mar 4 by owner, on Mar 10, cancelled; ap4 A Sita
booked Feb 20, on Mar 2, completed.
Quotes: q1 A sent Mar 5, accepted Mar 8 (P1 90,000 + its add-on P2 10,000); q2 C sent Mar 12,
declined Mar 20; q3 B sent Mar 15, open; q4 A sent Feb 1, accepted Feb 10; q5 A sent Mar 20,
accepted Mar 25 (P2 20,000).
Contacts A (web, vip, customer), B (fair, lead), C (web, prospect) were added on Mar 1, D (fair)
in February.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from app.db import raw
from app.db.connection import db
from app.db.users import insert_user

INDIA = ZoneInfo("Asia/Kolkata")
MARCH = (date(2026, 3, 1), date(2026, 3, 31))


def at(month: int, day: int, hour: int = 10, minute: int = 0) -> int:
    return int(datetime(2026, month, day, hour, minute, tzinfo=INDIA).timestamp())


def _contact(first: str, source: str, tags: str, status: str, created: int) -> int:
    return raw.insert_id(
        "INSERT INTO contact (first_name, name_key, source, tags, status, primary_phone, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, '+919876543210', ?, ?)",
        (first, first.lower(), source, tags, status, created, created))


def _call(contact: int, when: int, outcome: str, seconds: int, user: int | None,
          direction: str = "out") -> None:
    db.execute_sql(
        "INSERT INTO call (contact_id, phone, direction, started_at, duration_s, outcome, "
        "created_at, user_id) VALUES (?, '+919876543210', ?, ?, ?, ?, ?, ?)",
        (contact, direction, when, seconds, outcome, when, user))


def _rep(name: str) -> int:
    return raw.insert_id("INSERT INTO rep (name, created_at) VALUES (?, 0)", (name,))


def _appointment(contact: int, rep: int, booked: int, starts: int, status: str,
                 user: int | None) -> int:
    return raw.insert_id(
        "INSERT INTO appointment (contact_id, rep_id, starts_at, ends_at, status, uid, "
        "created_at, updated_at, user_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (contact, rep, starts, starts + 3600, status, f"ap{starts}-{rep}", booked, booked, user))


def _quote(n: int, contact: int, status: str, sent: int, decided: int,
           lines: list[tuple[int, int]]) -> int:
    total = sum(amount for _, amount in lines)
    issued = datetime.fromtimestamp(sent, INDIA).date().isoformat()
    qid = raw.insert_id(
        "INSERT INTO quote (number, prefix, seq, contact_id, status, issued_on, valid_until, "
        "currency, subtotal_minor, total_minor, created_at, updated_at, sent_at, decided_at) "
        "VALUES (?, 'Q-', ?, ?, ?, ?, '2026-12-31', 'INR', ?, ?, ?, ?, ?, ?)",
        (f"Q-{n:04d}", n, contact, status, issued, total, total, sent, sent, sent, decided))
    for position, (product, amount) in enumerate(lines, start=1):
        db.execute_sql(
            "INSERT INTO quote_line (quote_id, position, product_id, description, "
            "unit_price_minor, line_total_minor) VALUES (?, ?, ?, 'item', ?, ?)",
            (qid, position, product, amount, amount))
    return qid


def seed_march() -> dict[str, int]:
    """Write the data set; returns the ids the tests name."""
    with db.atomic():
        db.execute_sql("UPDATE app_user SET name = 'Owner' WHERE role = 'owner'")
        meera = insert_user("meera", "Meera", "", "seller", None, 0)
        a = _contact("Asha", "web", "vip, gold", "customer", at(3, 1, 9))
        b = _contact("Bala", "fair", "", "lead", at(3, 1, 9))
        c = _contact("Chitra", "web", "", "prospect", at(3, 1, 9))
        d = _contact("Dev", "fair", "", "lead", at(2, 1, 9))
        _call(d, at(3, 1, 0, 30), "no_answer", 5, None)
        _call(a, at(3, 2, 10), "connected", 120, None)
        _call(a, at(3, 2, 11), "no_answer", 0, None)
        _call(a, at(3, 2, 12), "sale", 300, None)
        _call(b, at(3, 2, 14), "busy", 10, meera)
        _call(b, at(3, 2, 15), "call_back", 200, meera)
        _call(c, at(3, 3, 10), "connected", 400, None, direction="in")
        _call(c, at(3, 3, 11), "voicemail", 30, None)
        _call(a, at(2, 15), "connected", 60, None)
        _call(a, at(4, 1, 1, 30), "connected", 60, None)
        ravi, sita = _rep("Ravi"), _rep("Sita")
        _appointment(a, ravi, at(3, 2), at(3, 5), "completed", None)
        _appointment(b, ravi, at(3, 3), at(3, 6), "no_show", meera)
        _appointment(c, sita, at(3, 4), at(3, 10), "cancelled", None)
        _appointment(a, sita, at(2, 20), at(3, 2, 16), "completed", None)
        p1 = raw.insert_id("INSERT INTO product (sku, name, created_at) VALUES "
                           "('P1', 'Split AC', 0)")
        p2 = raw.insert_id("INSERT INTO product (sku, name, created_at) VALUES "
                           "('P2', 'Warranty', 0)")
        db.execute_sql("INSERT INTO product_addon (product_id, addon_id) VALUES (?, ?)",
                       (p1, p2))
        _quote(1, a, "accepted", at(3, 5), at(3, 8), [(p1, 90_000), (p2, 10_000)])
        _quote(2, c, "declined", at(3, 12), at(3, 20), [(p1, 50_000)])
        _quote(3, b, "sent", at(3, 15), 0, [(p1, 40_000)])
        _quote(4, a, "accepted", at(2, 1), at(2, 10), [(p1, 70_000)])
        _quote(5, a, "accepted", at(3, 20), at(3, 25), [(p2, 20_000)])
    return {"meera": meera, "a": a, "b": b, "c": c, "d": d, "ravi": ravi, "sita": sita}
