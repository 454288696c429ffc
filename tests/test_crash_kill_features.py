"""Crash safety of the other saves: a child logs calls, saves quotes or imports CSV files and is
killed with SIGKILL at random moments; after every kill the same checks as for contacts run,
plus each scenario's own (see tests/crash_scenarios.py):

- a call is there with its contact moved on (status, last contacted, follow-ups), or neither;
- a quote is there with all the lines of that save, and its number without gaps, or not at all;
- an import is there with its K import_change rows and K contacts, or nothing of it is.

CALLDESK_SOAK=1 kills many more times (`make soak`).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest

from tests.test_crash_kill import SOAK, kill_loop

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs SIGKILL")

KILLS = 60 if SOAK else 8


def _run(tmp_path: Path, capsys: pytest.CaptureFixture[str], what: str, names: list[str],
         seed: int) -> dict[str, int]:
    started = time.perf_counter()
    figures = kill_loop(tmp_path, names, KILLS, seed=seed)
    elapsed = time.perf_counter() - started
    assert figures["kills"] == KILLS
    assert figures["acked saves"] >= KILLS // 2  # the kills landed while saves were going on
    with capsys.disabled():
        print(f"\ncrash test ({what}): {figures['kills']} SIGKILLs survived, "
              f"{figures['acked saves']} acknowledged saves all present, "
              f"{figures['rows checked']} saved rows checked for partial writes, "
              f"0 problems, {elapsed:.1f} s")
    return figures


def test_crash_kill_during_call_saves(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                      ) -> None:
    _run(tmp_path, capsys, "call saves", ["call_save"], seed=20260701)


def test_crash_kill_during_quote_saves(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                       ) -> None:
    _run(tmp_path, capsys, "quote saves and edits", ["quote_save", "quote_edit"],
         seed=20260702)


def test_crash_kill_during_imports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _run(tmp_path, capsys, "CSV imports of 1-80 rows", ["import_csv"], seed=20260703)


def test_crash_feature_checks_find_half_saves(tmp_path: Path) -> None:
    """The checks themselves: a call without its contact update, a quote with a line of an
    older save and a burnt number, an import missing a contact, a contact outside any import."""
    import random
    import sqlite3

    from app.db.connection import close_database, open_database
    from tests.crash_scenarios import SCENARIOS, partial_writes

    path = tmp_path / "calldesk.db"
    open_database(path)
    from tests import crash_scenarios

    crash_scenarios.WORK_DIR = tmp_path
    rng = random.Random(1)
    for n, name in enumerate(["call_save", "call_save", "quote_save", "import_csv"]):
        SCENARIOS[name].save(rng, 1_000_000 + n)
    close_database()
    conn = sqlite3.connect(path)
    try:
        for name in ("call_save", "quote_save", "import_csv"):
            assert partial_writes(conn, SCENARIOS[name])[1] == [], name
        conn.execute("DELETE FROM call WHERE id = (SELECT max(id) FROM call)")
        conn.execute("UPDATE quote_line SET description = 'Item 7.0' WHERE id = "
                     "(SELECT min(id) FROM quote_line)")
        conn.execute("UPDATE quote_sequence SET next_number = next_number + 1")
        conn.execute("DELETE FROM import_change WHERE id = (SELECT max(id) FROM import_change)")
        calls = partial_writes(conn, SCENARIOS["call_save"])[1]
        quotes = partial_writes(conn, SCENARIOS["quote_save"])[1]
        imports = partial_writes(conn, SCENARIOS["import_csv"])[1]
    finally:
        conn.close()
    assert "last contacted 1704167201 after 1 calls" in calls[0]
    assert [q.split(":")[0] for q in quotes] == ["quote 1", "quote numbers Q-"]
    assert "import_change.batch_id rows" in imports[0]
    assert "contacts" in imports[1] and imports[2] == "1 imported contacts belong to no import"
