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
    conn = db.connection()
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
    conn = db.connection()
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
