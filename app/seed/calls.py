"""Seed calls for existing contacts in bulk: one transaction, executemany, the call indexes
rebuilt once at the end instead of being kept up row by row."""

from __future__ import annotations

import random
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from app.db import raw
from app.db.connection import db, is_postgres

_CALL_SQL = (
    "INSERT INTO call (contact_id, phone, direction, started_at, duration_s, outcome, notes, "
    "next_step, next_step_reason, follow_up_at, follow_up_done_at, created_at) "
    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"
)
# (code, weight, next step)
_OUTCOMES = (
    ("connected", 18, "follow_up"), ("no_answer", 25, "follow_up"), ("busy", 8, "follow_up"),
    ("voicemail", 12, "follow_up"), ("wrong_number", 2, "none"), ("not_interested", 8, "none"),
    ("call_back", 12, "follow_up"), ("appointment_set", 6, "appointment"),
    ("quote_requested", 5, "quote"), ("sale", 4, "none"),
)
_NOTES = (
    "", "", "", "Asked for prices by email.", "Call after lunch.", "Spoke to the manager.",
    "Interested in the premium range.", "Needs approval from partner.", "Left message.",
    "फ़ोन पर बात हुई, अगले हफ़्ते फिर बात करेंगे।", "Wants a site visit.", "Budget next quarter.",
)
_REASONS = {"wrong_number": "Wrong number", "not_interested": "Not interested",
            "sale": "Sale closed"}
_BATCH = 50_000
_INDEX_REBUILD_FROM = 100_000  # rows; fewer are inserted with the indexes in place
SPAN_DAYS = 365
OPEN_WINDOW_S = 3 * 86400  # some follow-ups due in the last three days (or later) stay open

Row = tuple[Any, ...]


@contextmanager
def _call_indexes_suspended(enabled: bool) -> Iterator[None]:
    """Drop the call table's secondary indexes, its counter and summary triggers; rebuild
    them after."""
    conn = raw.connection()
    objects: list[tuple[str, str, str]] = []
    if enabled and not is_postgres():  # a server keeps its indexes and per-statement counters
        objects = conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'call' AND sql IS NOT NULL "
            "AND (type = 'index' OR (type = 'trigger' AND (name = 'counter_call_insert' "
            "OR name LIKE 'summary\\_%\\_insert' ESCAPE '\\')))"
        ).fetchall()
        for kind, name, _ in objects:
            conn.execute(f'DROP {kind.upper()} "{name}"')
    yield
    if objects:
        for _, _, sql in objects:
            conn.execute(sql)
        conn.execute("UPDATE counter SET value = (SELECT count(*) FROM call) WHERE name = 'call'")
        from app.db.bulk import refill_summaries

        refill_summaries(["call"])


def _rows(contacts: list[tuple[int, str]], count: int, rng: random.Random,
          now: int) -> Iterator[Row]:
    codes = [o[0] for o in _OUTCOMES]
    weights = [o[1] for o in _OUTCOMES]
    steps = {o[0]: o[2] for o in _OUTCOMES}
    # Calls are spread evenly, contact by contact, so each has a few; ordered by contact id.
    per_contact, extra = divmod(count, len(contacts))
    for index, (contact_id, phone) in enumerate(contacts):
        n = per_contact + (1 if index < extra else 0)
        if not n:
            continue
        outcomes = rng.choices(codes, weights, k=n)
        for outcome in outcomes:
            started = now - rng.randrange(60, SPAN_DAYS * 86400)
            step = steps[outcome]
            follow_up = done = None
            if step == "follow_up":
                follow_up = started + rng.randrange(3600, 7 * 86400)
                if follow_up < now - OPEN_WINDOW_S or rng.random() < 0.8:
                    done = min(now, follow_up + rng.randrange(0, 86400))
            connected = outcome not in ("no_answer", "busy", "voicemail")
            duration = rng.randrange(30, 900) if connected else rng.randrange(0, 40)
            yield (contact_id, phone, "in" if rng.random() < 0.15 else "out", started, duration,
                   outcome, rng.choice(_NOTES), step, _REASONS.get(outcome, ""), follow_up, done,
                   started + duration)


def seed_calls(count: int, seed: int = 1, now: int | None = None,
               rebuild_indexes: bool | None = None) -> int:
    """Add *count* calls spread over the existing contacts; returns the number added. The
    contacts' last-contacted time is set from their latest call. The call indexes are dropped
    and rebuilt for big loads (*rebuild_indexes* None: from 100,000 calls on)."""
    if count <= 0:
        return 0
    rng = random.Random(seed)
    current = int(time.time()) if now is None else now
    conn = raw.connection()
    contacts = [(int(r[0]), str(r[1])) for r in conn.execute(
        "SELECT id, primary_phone FROM contact ORDER BY id").fetchall()]
    if not contacts:
        return 0
    rebuild = count >= _INDEX_REBUILD_FROM if rebuild_indexes is None else rebuild_indexes
    with db.atomic(), _call_indexes_suspended(rebuild):
        batch: list[Row] = []
        for row in _rows(contacts, count, rng, current):
            batch.append(row)
            if len(batch) >= _BATCH:
                conn.executemany(_CALL_SQL, batch)
                batch.clear()
        conn.executemany(_CALL_SQL, batch)
    with db.atomic():
        conn.execute(
            "UPDATE contact SET last_contacted_at = latest FROM "
            "(SELECT contact_id, max(started_at) AS latest FROM call GROUP BY contact_id) AS c "
            "WHERE contact.id = c.contact_id AND latest > contact.last_contacted_at"
        )
    return count
