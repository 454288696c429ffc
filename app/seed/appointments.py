"""Seed reps and appointments in bulk: executemany in one transaction, no overlaps per rep.

Each rep's diary is filled day by day inside office hours (wall clock in the rep's zone),
every appointment starting at least the travel buffer after the previous one ends, and after
whatever that rep already had, so seeding twice never creates a clash either.
"""

from __future__ import annotations

import json
import random
import time
import uuid
from datetime import date, timedelta
from typing import Any

from app.db import raw
from app.db.connection import db
from app.services.scheduling import WEEKDAYS, resolve_zone, wall_clock

REP_NAMES = ("Ravi Kumar", "Anita Desai", "Sanjay Mehta", "राजेश वर्मा", "Emma Clarke",
             "Tom Walker", "Meera Nair", "Lukas Weber", "प्रिया जोशी", "Omar Khan")
COLORS = ("#2563eb", "#16a34a", "#d97706", "#9333ea", "#dc2626", "#0891b2", "#db2777",
          "#65a30d", "#7c3aed", "#ea580c")
PURPOSES = ("Site survey", "Product demo", "Measure up", "Quote follow-up", "Installation check",
            "Contract signing", "Service visit", "First meeting")
OUTCOMES = ("sale", "quote_requested", "follow_up", "not_interested")
_HOURS = json.dumps({"tz": "", **{d: ([["09:00", "17:00"]] if d not in ("sat", "sun") else [])
                                  for d in WEEKDAYS}})
_INSERT = (
    "INSERT INTO appointment (contact_id, rep_id, starts_at, ends_at, location, purpose, notes, "
    "status, outcome, override_reason, uid, created_at, updated_at) "
    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"
)
_BATCH = 20_000
_PER_DAY = 3  # visits an office day holds on average here


def ensure_reps(count: int) -> list[tuple[int, int]]:
    """Make sure at least *count* reps exist; returns (id, buffer seconds) of the first *count*."""
    conn = raw.connection()
    have = conn.execute("SELECT count(*) FROM rep").fetchone()[0]
    now = int(time.time())
    rows = []
    for index in range(have, count):
        base = REP_NAMES[index % len(REP_NAMES)]
        name = base if index < len(REP_NAMES) else f"{base} {index // len(REP_NAMES) + 1}"
        email = f"rep{index + 1}@example.com"
        rows.append((name, email, COLORS[index % len(COLORS)], _HOURS, 60, 15, now))
    conn.executemany("INSERT INTO rep (name, email, color, working_hours, default_length_min, "
                     "buffer_min, created_at) VALUES (?,?,?,?,?,?,?)", rows)
    return [(int(r[0]), int(r[1]) * 60) for r in conn.execute(
        "SELECT id, buffer_min FROM rep WHERE active = 1 ORDER BY id LIMIT ?", (count,))]


def _status(rng: random.Random, past: bool) -> tuple[str, str]:
    roll = rng.random()
    if past:
        if roll < 0.7:
            return "completed", rng.choice(OUTCOMES)
        return ("no_show", "") if roll < 0.85 else ("cancelled", "")
    if roll < 0.6:
        return "scheduled", ""
    return ("confirmed", "") if roll < 0.92 else ("cancelled", "")


def seed_appointments(count: int, reps: int = 5, seed: int = 1) -> int:
    """Add *count* appointments spread over *reps* reps (created when missing)."""
    if count <= 0 and reps <= 0:
        return 0
    rng = random.Random(seed)
    conn = raw.connection()
    zone = resolve_zone("")
    now = int(time.time())
    added = 0
    with db.atomic():
        rep_rows = ensure_reps(max(reps, 1))
        if count <= 0:
            return 0
        people = conn.execute(
            "SELECT id, trim(street || ', ' || city, ', ') FROM contact "
            "ORDER BY random() LIMIT 20000").fetchall()
        if not people:
            raise ValueError("there are no contacts to book appointments with; seed contacts")
        per_rep = -(-count // len(rep_rows))
        days_needed = per_rep // _PER_DAY * 7 // 5 + 7
        batch: list[tuple[Any, ...]] = []
        for rep_id, buffer_s in rep_rows:
            last_end = conn.execute("SELECT max(ends_at) FROM appointment WHERE rep_id = ?",
                                    (rep_id,)).fetchone()[0] or 0
            day = date.today() - timedelta(days=days_needed // 2)
            todo = min(per_rep, count - added)
            while todo > 0:
                if day.weekday() < 5:
                    minute = 9 * 60 + rng.choice((0, 0, 15, 30))
                    while todo > 0:
                        length = rng.choice((30, 45, 60, 60, 90))
                        if minute + length > 17 * 60:
                            break
                        start = wall_clock(day, minute, zone)
                        end = start + length * 60
                        if start >= last_end + buffer_s:
                            contact_id, address = rng.choice(people)
                            status, outcome = _status(rng, end < now)
                            created = min(start, now) - rng.randrange(86400, 30 * 86400)
                            batch.append((contact_id, rep_id, start, end, address,
                                          rng.choice(PURPOSES), "", status, outcome, "",
                                          f"{uuid.UUID(int=rng.getrandbits(128))}@calldesk",
                                          created, created))
                            todo -= 1
                            added += 1
                            last_end = end
                        minute += length + buffer_s // 60 + rng.choice((0, 0, 15, 30, 60))
                    if len(batch) >= _BATCH:
                        conn.executemany(_INSERT, batch)
                        batch.clear()
                day += timedelta(days=1)
        conn.executemany(_INSERT, batch)
    return added


def seed_demo_appointments() -> None:
    """Three reps and a believable current week, booked through the services like a person."""
    from datetime import datetime

    from app.services.appointments import AppointmentInput, book_appointment, set_status
    from app.services.reps import RepInput, create_rep

    reps = [
        create_rep(RepInput("Ravi Kumar", "+91 98200 11111", "ravi@example.com", "Mumbai West",
                            "#2563eb", buffer_min=15)),
        create_rep(RepInput("Anita Desai", "+91 98200 22222", "anita@example.com", "Pune",
                            "#16a34a", default_length_min=45, buffer_min=30)),
        create_rep(RepInput("राजेश वर्मा", "+91 98200 33333", "rajesh@example.com", "Delhi NCR",
                            "#d97706", buffer_min=20)),
    ]
    contacts = [int(r[0]) for r in raw.connection().execute(
        "SELECT id FROM contact ORDER BY id LIMIT 12")]
    zone = resolve_zone("")
    monday = date.today() - timedelta(days=date.today().weekday())
    plan = [  # (rep index, weekday, hour, minute, length, contact index, purpose)
        (0, 0, 9, 30, 60, 0, "Bulk pricing demo"), (0, 0, 11, 30, 45, 3, "Measure up"),
        (0, 1, 10, 0, 90, 1, "Site survey"), (0, 2, 14, 0, 60, 4, "Contract signing"),
        (0, 3, 9, 0, 60, 5, "First meeting"), (0, 4, 15, 0, 60, 6, "Service visit"),
        (1, 0, 10, 0, 45, 2, "Product demo"), (1, 1, 13, 0, 60, 7, "Quote follow-up"),
        (1, 2, 9, 30, 45, 8, "Measure up"), (1, 3, 11, 0, 60, 0, "Installation check"),
        (2, 0, 14, 0, 60, 1, "पहली मुलाक़ात"), (2, 1, 9, 0, 60, 9, "Site survey"),
        (2, 2, 11, 0, 90, 10, "Product demo"), (2, 4, 10, 0, 60, 11, "Quote follow-up"),
    ]
    booked: list[int] = []
    for rep_index, weekday, hour, minute, length, who, purpose in plan:
        day = monday + timedelta(days=weekday)
        start = datetime.fromtimestamp(wall_clock(day, hour * 60 + minute, zone), zone)
        booked.append(book_appointment(AppointmentInput(
            contacts[who % len(contacts)], reps[rep_index], start, length,
            purpose=purpose, notes="Customer asked for the new catalogue." if who == 0 else "")))
    set_status(booked[0], "confirmed")
    set_status(booked[6], "confirmed")
    set_status(booked[1], "completed", "quote_requested")
