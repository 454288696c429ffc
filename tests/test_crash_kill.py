"""Crash safety: a child process saves in a loop and is killed with SIGKILL at random moments.

After every kill the file must pass the full integrity check (SQLite's, foreign keys, search
index, row counters), no save may be half written, and every save the child acknowledged (it
prints the id only after the commit returned) must be there. CALLDESK_SOAK=1 runs it for much
longer (`make soak`).
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.db.connection import close_database, open_database
from app.db.integrity import full_check
from tests.crash_scenarios import SCENARIOS, Ack, missing_acks, parse_acks, partial_writes

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs SIGKILL")

ROOT = Path(__file__).resolve().parents[1]
SOAK = os.environ.get("CALLDESK_SOAK") == "1"
KILLS = 400 if SOAK else 20
MAX_RUN_S = 0.6 if SOAK else 0.25


def _new_database(path: Path) -> None:
    open_database(path)
    from app.services.settings import set_default_region

    set_default_region("IN")
    close_database()


def _run_and_kill(path: Path, seed: int, first_seq: int, names: str, delay: float) -> str:
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.crash_scenarios", str(path), str(seed), str(first_seq),
         names],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    assert child.stdout is not None
    try:
        ready = child.stdout.readline()
        assert ready.strip() == "ready", child.stderr.read() if child.stderr else ready
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        output, errors = child.communicate(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL, errors  # it was still saving, not crashed
    return output


KILLS_PER_FILE = 25  # then a fresh file, so the checks after each kill stay quick


def kill_loop(folder: Path, names: list[str], kills: int, seed: int) -> dict[str, int]:
    """Kill children saving *names* scenarios *kills* times; check the file after each kill."""
    rng = random.Random(seed)
    acks: list[Ack] = []
    figures = {"kills": 0, "acked saves": 0, "rows checked": 0}
    # one check per saved table, however many scenarios write it
    chosen = list({(s.table, s.marker_column): s for s in (SCENARIOS[n] for n in names)}.values())
    path = folder / "calldesk.db"
    for round_no in range(kills):
        if round_no % KILLS_PER_FILE == 0:
            figures["acked saves"] += len(acks)
            acks = []
            path = folder / f"calldesk-{round_no // KILLS_PER_FILE}.db"
            _new_database(path)
        output = _run_and_kill(path, rng.randrange(2**31), (round_no + 1) * 1_000_000,
                               ",".join(names), rng.uniform(0, MAX_RUN_S))
        acks += parse_acks(output)
        report = full_check(path)
        assert report.ok, f"after kill {round_no + 1}: {report.problems}"
        conn = sqlite3.connect(path)
        try:
            problems = missing_acks(conn, acks)
            for item in chosen:
                checked, partial = partial_writes(conn, item)
                figures["rows checked"] += checked
                problems += partial
        finally:
            conn.close()
        assert not problems, f"after kill {round_no + 1}: {problems[:5]}"
        figures["kills"] += 1
    figures["acked saves"] += len(acks)
    return figures


def test_crash_kill_during_contact_saves(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                          ) -> None:
    started = time.perf_counter()
    figures = kill_loop(tmp_path, ["contact_create", "contact_update"], KILLS, seed=20260601)
    elapsed = time.perf_counter() - started
    assert figures["kills"] == KILLS
    assert figures["acked saves"] > KILLS  # the kills landed while saves were going on
    with capsys.disabled():
        print(f"\ncrash test (contact saves): {figures['kills']} SIGKILLs survived, "
              f"{figures['acked saves']} acknowledged saves all present, "
              f"{figures['rows checked']} saved rows checked for partial writes, "
              f"0 problems, {elapsed:.1f} s")


def test_crash_checks_find_half_saves_and_lost_acks(tmp_path: Path) -> None:
    """The checks themselves: a contact missing a phone, and an acked save that is gone."""
    from tests.crash_scenarios import marker

    path = tmp_path / "calldesk.db"
    _new_database(path)
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO contact (id, first_name, source, created_at, updated_at) "
                 "VALUES (1, 'A', ?, 0, 0)", (marker(5, phone=2, email=0),))
    conn.execute("INSERT INTO phone (contact_id, raw) VALUES (1, '1')")
    conn.commit()
    item = SCENARIOS["contact_create"]
    assert partial_writes(conn, item) == (1, ["contact 1: 1 phone rows, saved with 2"])
    assert missing_acks(conn, [Ack("contact", 1, 5)]) == []
    assert missing_acks(conn, [Ack("contact", 1, 6)]) == ["contact 1 lost the acknowledged save 6"]
    assert missing_acks(conn, [Ack("contact", 2, 1)]) == ["acknowledged contact 2 is missing"]
    conn.close()
    cut = '{"table": "contact", "id": 1, "seq": 5}\n{"table": "contact", "id'
    assert parse_acks(cut) == [Ack("contact", 1, 5)]


BACKUP_CHILD = """
import sys
from app.db.backup import take_backup
print("ready", flush=True)
while True:
    print(take_backup(sys.argv[1], "auto"), flush=True)
"""


def test_crash_kill_during_backups(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A backup cut short never shows up as a backup, and its leftovers are cleared later."""
    from app.db.backup import backup_contact_count, list_backups, prune_backups
    from app.db.integrity import quick_check

    path = tmp_path / "calldesk.db"
    open_database(path)
    from app.seed.contacts import seed_contacts

    seed_contacts(1500, seed=3)
    close_database()
    rng = random.Random(7)
    kills = 60 if SOAK else 4
    made = 0
    checked: set[Path] = set()
    for _ in range(kills):
        child = subprocess.Popen([sys.executable, "-c", BACKUP_CHILD, str(path)], cwd=ROOT,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.05, 0.4))
        child.send_signal(signal.SIGKILL)
        output, _ = child.communicate(timeout=30)
        made += len([line for line in output.splitlines() if line.endswith(".db")])
        for backup in list_backups(path):
            if backup.path not in checked:
                assert backup_contact_count(backup.path) == 1500, backup.path
                assert quick_check(backup.path) == [], backup.path
                checked.add(backup.path)
    assert made > 0
    leftovers = list((tmp_path / "backups").glob("*.partial"))
    for partial in leftovers:
        os.utime(partial, (time.time() - 3600, time.time() - 3600))
    prune_backups(path)
    assert not list((tmp_path / "backups").glob("*.partial"))
    with capsys.disabled():
        print(f"\ncrash test (backups): {kills} SIGKILLs during backups, {made} backups "
              f"completed, {len(leftovers)} cut short and never listed as backups")


RESTORE_CHILD = """
import sys
from app.db.backup import restore_backup
print("ready", flush=True)
while True:
    for backup in sys.argv[2:]:
        restore_backup(backup, sys.argv[1])
        print(backup, flush=True)
"""


def test_crash_kill_during_restores(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A restore cut short leaves a sound file holding either the old data or the backup's."""
    from app.db.backup import take_backup
    from app.seed.contacts import seed_contacts

    sizes = (500, 2500)
    backups = []
    for size in sizes:
        source = tmp_path / f"source{size}.db"
        _new_database(source)
        open_database(source)
        seed_contacts(size, seed=size)
        close_database()
        backups.append(str(take_backup(source, "manual", dest=tmp_path / f"b{size}.db")))
    path = tmp_path / "calldesk.db"
    _new_database(path)
    rng = random.Random(11)
    kills = 40 if SOAK else 4
    restores = 0
    for _ in range(kills):
        child = subprocess.Popen([sys.executable, "-c", RESTORE_CHILD, str(path), *backups],
                                 cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                 text=True)
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.05, 0.5))
        child.send_signal(signal.SIGKILL)
        output, errors = child.communicate(timeout=30)
        assert child.returncode == -signal.SIGKILL, errors
        restores += len(output.splitlines())
        report = full_check(path)
        assert report.ok, report.problems
        assert report.row_counts["contact"] in (0, *sizes)  # before the first, or a backup
    assert restores > 0
    with capsys.disabled():
        print(f"\ncrash test (restores): {kills} SIGKILLs during restores, {restores} restores "
              f"completed, the file was sound and whole (old or restored) after every kill")
