"""Saves that a child process repeats until it is killed, and the checks run after each kill.

A scenario is one small function: it performs ONE user action through the services (one
transaction) and returns an :class:`Ack` naming the row it saved. The child prints the ack only
after the service call returned, i.e. after the commit; the parent then requires every printed
ack to be in the database.

To make partial writes detectable without knowing which save was cut short, each saved parent
row carries a *marker* in one of its text columns: ``crash:v=<seq>;<child table>=<count>;...``.
After every kill, every marked row (acknowledged or not) must have exactly the children its
marker announces: a contact with its phones and emails, a quote with its lines, an import batch
with its changes. A scenario may add a ``verify(conn)`` check for what a child count cannot
express (a call and the contact it moved on, lines that belong to the header's save, an import's
contacts). Adding a scenario for another feature is one decorated function::

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
    verify: Callable[[sqlite3.Connection], list[str]] | None = None


SCENARIOS: dict[str, Scenario] = {}
WORK_DIR = Path(".")  # the child's scratch folder (beside the database)


def scenario(
    table: str, marker_column: str, weight: int = 1,
    verify: Callable[[sqlite3.Connection], list[str]] | None = None,
) -> Callable[[Callable[[random.Random, int], Ack]], Callable[[random.Random, int], Ack]]:
    def register(save: Callable[[random.Random, int], Ack]) -> Callable[[random.Random, int], Ack]:
        SCENARIOS[save.__name__] = Scenario(save.__name__, table, marker_column, save, weight,
                                            verify)
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
        "SELECT id FROM contact WHERE source LIKE 'crash:%' AND first_name NOT IN "
        f"('{CALLEE}', '{IMPORTED}') ORDER BY random() LIMIT 1").fetchone()
    data = _contact_input(rng, seq)
    if row is None:
        return Ack("contact", create_contact(data).contact_id, seq)
    return Ack("contact", update_contact(int(row[0]), data).contact_id, seq)


# Calls: one call moves its contact on (status, last contacted, earlier follow-ups closed). Each
# call starts one second after the one before (in the past), so every call is the latest.
CALLEE = "Callee"
CALL_BASE = 1_704_067_200  # 2024-01-01 00:00 UTC


def call_started_at(seq: int) -> int:
    return CALL_BASE + (seq // 1_000_000) * 100_000 + seq % 1_000_000


def _calls_consistent(conn: sqlite3.Connection) -> list[str]:
    """Every contact the call scenario calls shows exactly what its calls say: last contacted
    at its latest call, the status its outcomes lead to, only the latest follow-up open."""
    from app.services.calls import status_after_call

    sets = dict(conn.execute("SELECT code, sets_status FROM call_outcome").fetchall())
    problems: list[str] = []
    for cid, status, last in conn.execute(
            "SELECT id, status, last_contacted_at FROM contact WHERE first_name = ?", (CALLEE,)):
        calls = conn.execute(
            "SELECT started_at, outcome, follow_up_at, follow_up_done_at FROM call "
            "WHERE contact_id = ? ORDER BY started_at, id", (cid,)).fetchall()
        expected = "lead"
        for call in calls:
            expected = status_after_call(expected, sets[call[1]])
        latest = calls[-1][0] if calls else 0
        if (status, last) != (expected, latest):
            problems.append(f"contact {cid}: status {status}, last contacted {last} after "
                            f"{len(calls)} calls (expected {expected}, {latest})")
        still_open = [c[0] for c in calls[:-1] if c[2] is not None and c[3] is None]
        if still_open or (calls and calls[-1][3] is not None):
            problems.append(f"contact {cid}: follow-ups not closed by the next call")
    return problems


@scenario("call", "notes", weight=1, verify=_calls_consistent)
def call_save(rng: random.Random, seq: int) -> Ack:
    from datetime import UTC, datetime, timedelta

    from app.db.connection import db
    from app.services.call_types import NEXT_STEPS, CallInput
    from app.services.calls import log_call
    from app.services.contact_types import ContactInput
    from app.services.contacts import create_contact

    row = db.execute_sql("SELECT id FROM contact WHERE first_name = ? ORDER BY random() "
                         "LIMIT 1", (CALLEE,)).fetchone()
    if row is None or rng.random() < 0.05:
        contact_id = create_contact(ContactInput(first_name=CALLEE, last_name=str(seq))).contact_id
    else:
        contact_id = int(row[0])
    outcome = rng.choice([r[0] for r in db.execute_sql("SELECT code FROM call_outcome")])
    started = datetime.fromtimestamp(call_started_at(seq), UTC)
    step = rng.choice(NEXT_STEPS)
    logged = log_call(CallInput(
        contact_id, outcome, started, duration_s=rng.randint(0, 3600),
        direction=rng.choice(["out", "in"]), phone=f"+9198{rng.randrange(10**8):08d}",
        notes=marker(seq), next_step=step,
        follow_up_at=started + timedelta(days=2) if step == "follow_up" else None,
        next_step_reason=f"not now {seq}" if step == "none" else ""))
    return Ack("call", logged.call_id, seq)


# Quotes: a header with N lines, new or edited; lines are described "Item <seq>.<n>" so that an
# edit cut short (new header, old lines) shows too, and numbers must stay gap-free.
def _quote_lines_match(conn: sqlite3.Connection) -> list[str]:
    problems: list[str] = []
    for quote_id, notes in conn.execute(
            "SELECT id, notes FROM quote WHERE notes LIKE 'crash:%'").fetchall():
        seq, _ = parse_marker(notes)
        stale = conn.execute("SELECT count(*) FROM quote_line WHERE quote_id = ? AND "
                             "description NOT LIKE ?", (quote_id, f"Item {seq}.%")).fetchone()[0]
        if stale:
            problems.append(f"quote {quote_id}: {stale} lines are not from its save {seq}")
    for prefix, taken, used, top in conn.execute(
            "SELECT s.prefix, s.next_number - 1, count(DISTINCT q.seq), max(q.seq) "
            "FROM quote_sequence s LEFT JOIN quote q ON q.prefix = s.prefix "
            "GROUP BY s.prefix").fetchall():
        if not taken == used == (top or 0):
            problems.append(f"quote numbers {prefix}: {taken} taken, {used} used, highest {top}")
    return problems


def _quote_input(rng: random.Random, seq: int):  # type: ignore[no-untyped-def]
    from datetime import date
    from decimal import Decimal

    from app.db.connection import db
    from app.services.contact_types import ContactInput
    from app.services.contacts import create_contact
    from app.services.quote_types import QuoteInput, QuoteLineInput

    row = db.execute_sql("SELECT id FROM contact ORDER BY random() LIMIT 1").fetchone()
    if row is None or rng.random() < 0.05:
        row = (create_contact(ContactInput(first_name="Customer", last_name=str(seq))).contact_id,)
    contact_id = int(row[0])
    count = rng.randint(1, 12)
    lines = [QuoteLineInput(
        f"Item {seq}.{n} " + " ".join(rng.choice(_NOTE_WORDS) for _ in range(rng.randint(0, 40))),
        Decimal(rng.randint(1, 50)), rng.randint(100, 10**7), rng.choice([0, 500, 1800]),
        optional=rng.random() < 0.1, unit=rng.choice(["", "pcs", "किलो"]))
        for n in range(count)]
    return QuoteInput(contact_id, date(2026, 3, 1), date(2026, 3, 31), "INR", lines,
                      notes=marker(seq, quote_line=count), terms="50% advance")


@scenario("quote", "notes", weight=2, verify=_quote_lines_match)
def quote_save(rng: random.Random, seq: int) -> Ack:
    from app.services.quotes import save_quote

    return Ack("quote", save_quote(_quote_input(rng, seq)), seq)


@scenario("quote", "notes", weight=1, verify=_quote_lines_match)
def quote_edit(rng: random.Random, seq: int) -> Ack:
    from app.db.connection import db
    from app.services.quotes import save_quote

    row = db.execute_sql("SELECT id FROM quote WHERE status = 'draft' AND notes LIKE 'crash:%' "
                         "ORDER BY random() LIMIT 1").fetchone()
    data = _quote_input(rng, seq)
    return Ack("quote", save_quote(data, None if row is None else int(row[0])), seq)


# Imports: a generated CSV of K new contacts, named after its marker (import_batch.source holds
# the file name); the batch, its K import_change rows and its K contacts, or nothing.
IMPORTED = "Imported"


def _imports_whole(conn: sqlite3.Connection) -> list[str]:
    problems: list[str] = []
    for batch_id, source, finished in conn.execute(
            "SELECT id, source, finished_at FROM import_batch WHERE source LIKE 'crash:%'"):
        _, children = parse_marker(source)
        rows = conn.execute(
            "SELECT count(c.id), count(DISTINCT p.contact_id) FROM import_change ch "
            "LEFT JOIN contact c ON c.id = ch.contact_id LEFT JOIN phone p ON p.contact_id = c.id "
            "WHERE ch.batch_id = ? AND ch.action = 'added'", (batch_id,)).fetchone()
        expected = children["import_change.batch_id"]
        if finished is None or tuple(rows) != (expected, expected):
            problems.append(f"import {batch_id}: {rows[0]} contacts, {rows[1]} with phones, "
                            f"finished {finished}; saved with {expected}")
    orphans = conn.execute(
        "SELECT count(*) FROM contact WHERE first_name = ? AND id NOT IN "
        "(SELECT contact_id FROM import_change)", (IMPORTED,)).fetchone()[0]
    if orphans:
        problems.append(f"{orphans} imported contacts belong to no import")
    return problems


@scenario("import_batch", "source", weight=1, verify=_imports_whole)
def import_csv(rng: random.Random, seq: int) -> Ack:
    import csv

    from app.services.importer import import_file

    count = rng.randint(1, 80)
    path = WORK_DIR / marker(seq, **{"import_change.batch_id": count})
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["First Name", "Last Name", "Phone", "E-mail 1 - Value", "Source", "Notes"])
        block = f"9{(seq // 1_000_000) % 1000:03d}{seq % 10_000:04d}"  # unique in one file
        for n in range(count):
            out.writerow([IMPORTED, f"{seq}-{n}", f"+91 {block}{n:02d}", f"i{seq}.{n}@example.com",
                          marker(seq, phone=1, email=1),
                          " ".join(rng.choice(_NOTE_WORDS) for _ in range(rng.randint(0, 60)))])
    summary = import_file(path)
    path.unlink()
    if (summary.imported, summary.merged, summary.problems) != (count, 0, []):
        raise AssertionError(f"import of {count} rows: {summary.headline()} {summary.lines(3)}")
    assert summary.batch_id is not None
    return Ack("import_batch", summary.batch_id, seq)


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
    if item.verify is not None:
        problems += item.verify(conn)
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

    global WORK_DIR
    db_path, seed, first_seq, names = argv[0], int(argv[1]), int(argv[2]), argv[3].split(",")
    rng = random.Random(seed)
    WORK_DIR = Path(db_path).parent
    open_database(Path(db_path))
    # Loaded before "ready", so that the kills land in saves rather than in module imports.
    import app.services.calls
    import app.services.contacts
    import app.services.importer
    import app.services.quotes  # noqa: F401
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
