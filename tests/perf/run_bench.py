"""`make bench`: CallDesk's speed at 1M contacts, against the goals of the performance issue.

Environment:
  BENCH_CONTACTS=100000   a smaller database for a quick run (default 1,000,000)
  BENCH_SKIP_SEED=1       skip the seeding figure (it takes most of a minute at 1M)
  BENCH_ONLY=search,...   run only figures whose name contains one of these words
  BENCH_DB=postgresql://… the same figures on a PostgreSQL server, in the database the URL
                          names (created and seeded if needed; see tests/perf/dataset_postgres.py)
  BENCH_LOAD=1            a second process keeps one core busy for the whole run, and the
                          figures are held to their goals under load (`make bench LOAD=1`)

Prints a table and writes bench-results.json at the repository root.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from collections.abc import Callable, Sequence

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.perf.dataset import ROOT, bench_contacts, bench_server, ensure_dataset  # noqa: E402
from tests.perf.load import busy_core, under_load  # noqa: E402
from tests.perf.machine import machine_string  # noqa: E402
from tests.perf.pending import has_move_to  # noqa: E402
from tests.perf.stats import Figure, Pending, Skipped  # noqa: E402

RESULTS_FILE = ROOT / "bench-results.json"


def _wanted(name: str) -> bool:
    only = [w.strip().lower() for w in os.environ.get("BENCH_ONLY", "").split(",") if w.strip()]
    return not only or any(w in name.lower() for w in only)


def _run(label: str, make: Callable[[], Figure], figures: list[Figure]) -> None:
    if not _wanted(label):
        return
    print(f"… {label}", flush=True)
    started = time.perf_counter()
    figure = make()
    figures.append(figure)
    print(f"  {_row(figure)}  [{time.perf_counter() - started:.0f} s]", flush=True)


def _fmt(value: float | None, digits: int = 1) -> str:
    return "—" if value is None else f"{value:,.{digits}f}"


def _row(f: Figure) -> str:
    return (f"{f.name[:52]:<52} {_fmt(f.median_ms):>10} {_fmt(f.p95_ms):>10} "
            f"{_fmt(f.goal_ms, 0):>8} {f.goal_stat:>6} {_fmt(f.raw_median_ms, 2):>9} "
            f"{_fmt(f.ratio, 2):>6}  {'PASS' if f.passed else 'FAIL'}")


def print_table(figures: list[Figure], pending: list[Pending], machine: str,
                skipped: Sequence[Skipped] = (), load: str = "") -> None:
    print()
    print(f"machine: {machine}")
    if load:
        print(load)
    print(f"{'figure':<52} {'median ms':>10} {'p95 ms':>10} {'goal ms':>8} {'of':>6} "
          f"{'raw ms':>9} {'ratio':>6}  verdict")
    for f in figures:
        print(_row(f))
        for note in f.notes:
            print(f"    {note}")
    for p in pending:
        print(f"{p.name[:52]:<52} {'not measured: needs ' + p.needs:>49}")
    for s in skipped:
        print(f"{s.name[:52]:<52} skipped: {s.reason}")
    print("raw ms / ratio: the same SQL through a plain connection (sqlite3, or psycopg on a "
          "server) in the same run (median per sample; ratio of totals). Startup: a bare "
          "PySide6 window instead.")


def main() -> int:
    contacts = bench_contacts()
    server = bench_server() is not None
    db_path = ensure_dataset(contacts)
    from tests.perf.process_figures import (
        child_env,
        import_csv,
        move_to,
        peak_rss,
        seeding,
        startup,
    )

    figures: list[Figure] = []
    skipped: list[Skipped] = []
    with busy_core() as load, tempfile.TemporaryDirectory(prefix="calldesk-bench-") as config_dir:
        print(load, flush=True)
        os.environ["XDG_CONFIG_HOME"] = config_dir  # window state: not the user's
        env = child_env(config_dir)
        _run("startup", lambda: startup(db_path, env), figures)
        in_process = [fn for fn in _figures(server) if _wanted(fn.__name__.replace("_", " "))]
        if in_process:
            from tests.perf.context import BenchContext

            ctx = BenchContext(str(db_path))
            try:
                for fn in in_process:
                    _run(fn.__name__.replace("_", " "), lambda fn=fn: fn(ctx), figures)
            finally:
                ctx.close()
        _run("peak rss", lambda: peak_rss(db_path, env), figures)
        _run("import csv", lambda: import_csv(db_path, env), figures)
        if server and has_move_to():
            _run("move-to", lambda: move_to(str(db_path), contacts), figures)
        if server:
            skipped.append(Skipped(f"seeding {contacts:,} contacts", SEED_SKIPPED))
        elif os.environ.get("BENCH_SKIP_SEED") != "1":
            _run("seeding", lambda: seeding(contacts), figures)

    from tests.perf.pending import PENDING, pending_for

    pending = [*PENDING, *pending_for(server)]
    machine = machine_string(str(db_path) if server else None)
    print_table(figures, pending, machine, skipped, load)
    RESULTS_FILE.write_text(json.dumps(
        {"machine": machine, "engine": "postgresql" if server else "sqlite",
         "load": load, "one_core_busy": under_load(),
         "results": [f.as_json() for f in figures],
         "skipped": [s.as_json() for s in skipped],
         "pending": [{"name": p.name, "goal_ms": p.goal_ms, "needs": p.needs} for p in pending]},
        indent=2,
        ensure_ascii=False) + "\n")
    print(f"\nwrote {RESULTS_FILE.relative_to(ROOT)}")
    return 0 if all(f.passed for f in figures) else 1


# The seeding figure's goal (60 s per million, into a new file) is the SQLite file's; on a
# server the build of the data set is timed and printed part by part instead.
SEED_SKIPPED = ("its goal is a new SQLite file's; the server build's times are printed "
                "when the data set is seeded")


def _figures(server: bool):
    from tests.perf.figures import IN_PROCESS, SERVER_ONLY

    return [*IN_PROCESS, *SERVER_ONLY] if server else IN_PROCESS


if __name__ == "__main__":
    sys.exit(main())
