"""Saves that a child process repeats until it is killed, and the checks run after each kill.

A scenario is one small function: it performs ONE user action through the services (one
transaction) and returns an :class:`Ack` naming the row it saved. The child prints the ack only
after the service call returned, i.e. after the commit; the parent then requires every printed
ack to be in the database.

To make partial writes detectable without knowing which save was cut short, each saved parent
row carries a *marker* in one of its text columns: ``crash:v=<seq>;<child table>=<count>;...``.
After every kill, every marked row (acknowledged or not) must have exactly the children its
marker announces: a contact with its phones and emails, a quote with its lines, an import batch
with its changes. Adding a scenario for another feature is one decorated function::

    @scenario("quote", marker_column="notes")
    def quote_save(rng: random.Random, seq: int) -> Ack:
        lines = rng.randint(1, 8)
        quote_id = save_quote(..., notes=marker(seq, quote_line=lines), lines=[...])
        return Ack("quote", quote_id, seq)

A child key is a table name whose foreign key to the parent is ``<parent table>_id``, or
``table.column`` to name the foreign key column (``import_change.batch_id``).

Run as a child: ``python -m tests.crash_scenarios DB SEED FIRST_SEQ NAME[,NAME...]``.
"""

from __future__ import annotations

import json
import random
import sqlite3
import sys
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

MARK = "crash:"


@dataclass(frozen=True)
class Ack:
    table: str
    id: int
    seq: int


@dataclass(frozen=True)
class Scenario:
    name: str
    table: str
    marker_column: str
    save: Callable[[random.Random, int], Ack]
    weight: int = 1


SCENARIOS: dict[str, Scenario] = {}


def scenario(
    table: str, marker_column: str, weight: int = 1
) -> Callable[[Callable[[random.Random, int], Ack]], Callable[[random.Random, int], Ack]]:
    def register(save: Callable[[random.Random, int], Ack]) -> Callable[[random.Random, int], Ack]:
        SCENARIOS[save.__name__] = Scenario(save.__name__, table, marker_column, save, weight)
        return save

    return register


def marker(seq: int, **children: int) -> str:
    return MARK + ";".join([f"v={seq}", *(f"{k}={n}" for k, n in children.items())])


def parse_marker(text: str) -> tuple[int, dict[str, int]]:
    parts = dict(p.split("=", 1) for p in text[len(MARK):].split(";"))
    seq = int(parts.pop("v"))
    return seq, {k: int(n) for k, n in parts.items()}


# -- scenarios (they run in the child) ------------------------------------------------------
_NOTE_WORDS = "call back Tuesday wants bulk price फ़ोन करें 📞 مرحبا quote sent".split()


def _contact_input(rng: random.Random, seq: int):  # type: ignore[no-untyped-def]
    from app.services.contact_types import ContactInput, EmailInput, PhoneInput

    phones = [PhoneInput(f"+9198{n:08d}") for n in rng.sample(range(10**8), rng.randint(1, 4))]
    emails = [EmailInput(f"p{seq}.{i}@example.com") for i in range(rng.randint(0, 3))]
    notes = " ".join(rng.choice(_NOTE_WORDS) for _ in range(rng.randint(10, 3000)))
    return ContactInput(
        first_name=rng.choice(["Asha", "राजेश", "Emma", "Ömer"]), last_name=f"Test {seq}",
        notes=notes, source=marker(seq, phone=len(phones), email=len(emails)),
        phones=phones, emails=emails,
    )


@scenario("contact", "source", weight=2)
def contact_create(rng: random.Random, seq: int) -> Ack:
    from app.services.contacts import create_contact

    return Ack("contact", create_contact(_contact_input(rng, seq)).contact_id, seq)


@scenario("contact", "source", weight=2)
def contact_update(rng: random.Random, seq: int) -> Ack:
    from app.db.connection import db
    from app.services.contacts import create_contact, update_contact

    row = db.execute_sql(
        "SELECT id FROM contact WHERE source LIKE 'crash:%' ORDER BY random() LIMIT 1"
    ).fetchone()
    data = _contact_input(rng, seq)
    if row is None:
        return Ack("contact", create_contact(data).contact_id, seq)
    return Ack("contact", update_contact(int(row[0]), data).contact_id, seq)


# -- checks (they run in the parent, on a plain connection, after a kill) ---------------------
def _child_counts(conn: sqlite3.Connection, table: str, key: str, parent_id: int) -> int:
    child, _, column = key.partition(".")
    column = column or f"{table}_id"
    row = conn.execute(f'SELECT count(*) FROM "{child}" WHERE "{column}" = ?',
                       (parent_id,)).fetchone()
    return int(row[0])


def partial_writes(conn: sqlite3.Connection, item: Scenario) -> tuple[int, list[str]]:
    """(marked rows checked, problems): every marked row has all the children it announces."""
    problems: list[str] = []
    rows = conn.execute(
        f'SELECT id, "{item.marker_column}" FROM "{item.table}" '
        f'WHERE "{item.marker_column}" LIKE ?', (MARK + "%",)).fetchall()
    for row_id, text in rows:
        _, children = parse_marker(text)
        for key, expected in children.items():
            found = _child_counts(conn, item.table, key, row_id)
            if found != expected:
                problems.append(f"{item.table} {row_id}: {found} {key} rows, saved with {expected}")
    return len(rows), problems


def missing_acks(conn: sqlite3.Connection, acks: list[Ack]) -> list[str]:
    """Acknowledged saves that are not in the database (or were rolled back to older data)."""
    problems: list[str] = []
    latest: dict[tuple[str, int], int] = {}
    for ack in acks:
        key = (ack.table, ack.id)
        latest[key] = max(latest.get(key, ack.seq), ack.seq)
    columns = {s.table: s.marker_column for s in SCENARIOS.values()}
    for (table, row_id), seq in latest.items():
        row = conn.execute(f'SELECT "{columns[table]}" FROM "{table}" WHERE id = ?',
                           (row_id,)).fetchone()
        if row is None:
            problems.append(f"acknowledged {table} {row_id} is missing")
        elif parse_marker(row[0])[0] < seq:
            problems.append(f"{table} {row_id} lost the acknowledged save {seq}")
    return problems


def parse_acks(output: str) -> list[Ack]:
    """Acks from the child's output; a line cut by the kill is not an ack."""
    acks = []
    for line in output.splitlines():
        if line.startswith("{") and line.endswith("}"):
            try:
                acks.append(Ack(**json.loads(line)))
            except (ValueError, TypeError):
                continue
    return acks


def child_main(argv: list[str]) -> int:
    from app.db.connection import open_database

    db_path, seed, first_seq, names = argv[0], int(argv[1]), int(argv[2]), argv[3].split(",")
    rng = random.Random(seed)
    open_database(Path(db_path))
    chosen = [SCENARIOS[n] for n in names]
    weights = [s.weight for s in chosen]
    print("ready", flush=True)
    seq = first_seq
    while True:
        item = rng.choices(chosen, weights)[0]
        ack = item.save(rng, seq)
        print(json.dumps(asdict(ack)), flush=True)
        seq += 1


if __name__ == "__main__":
    sys.exit(child_main(sys.argv[1:]))
