"""Figures measured in fresh processes: startup to first paint, peak RSS, seeding."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.perf.dataset import ROOT, run_seed
from tests.perf.load import goal
from tests.perf.stats import Figure

STARTUPS = 10
STARTUP_GOAL_MS = 600
# Times the bare window's first paint: quiet, and with one core busy (LOAD=1).
STARTUP_MAX_RATIO = (2.5, 3.0)
BROWSE_GOAL_MB = 400


def _time_to_paint(command: list[str], env: dict[str, str]) -> float:
    """Milliseconds from starting *command* to the ``painted <time>`` line it prints. The
    process is stopped once it has said so: after its first paint a big database is checked
    in the background, which would otherwise hold the next start's cores (and exit)."""
    started = time.time()
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    painted: float | None = None
    try:
        assert process.stdout is not None
        for line in process.stdout:
            if line.startswith("painted "):
                painted = float(line.split()[1])
                break
    finally:
        process.terminate()
        try:
            _, errors = process.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            _, errors = process.communicate()
    if painted is None:
        raise RuntimeError(f"{command[1]} never reported a paint: {errors.strip()[-500:]}")
    return (painted - started) * 1000


def startup(db_path: Path | str, env: dict[str, str]) -> Figure:
    """Fresh `python main.py --db DB` to the first painted main window, against a bare
    PySide6 window script timed in the same run (interleaved, after one warm-up each)."""
    app_env = {**env, "CALLDESK_EXIT_AFTER_PAINT": "1"}
    app_cmd = [sys.executable, str(ROOT / "main.py"), "--db", str(db_path)]
    bare_cmd = [sys.executable, str(Path(__file__).with_name("bare_window.py"))]
    _time_to_paint(app_cmd, app_env)
    _time_to_paint(bare_cmd, env)
    app_ms: list[float] = []
    bare_ms: list[float] = []
    for _ in range(STARTUPS):
        app_ms.append(_time_to_paint(app_cmd, app_env))
        bare_ms.append(_time_to_paint(bare_cmd, env))
    ratio = statistics.median(app_ms) / statistics.median(bare_ms)
    max_ratio = goal(*STARTUP_MAX_RATIO)
    figure = Figure("fresh process to first painted main window", app_ms, STARTUP_GOAL_MS,
                    "median", extra_ok=ratio <= max_ratio)
    figure.notes.append(f"bare PySide6 window: median {statistics.median(bare_ms):.0f} ms, "
                        f"ratio {ratio:.2f} (goal ≤ {max_ratio:g}×)")
    figure.baseline_ms = bare_ms
    return figure


def peak_rss(db_path: Path | str, env: dict[str, str]) -> Figure:
    """Peak resident memory of a process that opens the window and browses: searches,
    scrolls a few thousand rows, opens contact details (tests/perf/browse_rss.py)."""
    done = subprocess.run(
        [sys.executable, "-m", "tests.perf.browse_rss", str(db_path)], cwd=ROOT, env=env,
        capture_output=True, text=True, timeout=600, check=False,
    )
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith("peak_rss_mb ")]
    if not lines:
        raise RuntimeError(f"browse_rss failed: {done.stderr.strip()[-800:]}")
    megabytes = float(lines[-1].split()[1])
    figure = Figure("peak RSS while browsing (MB, not ms)", [megabytes], BROWSE_GOAL_MB,
                    "median")
    figure.notes.extend(ln for ln in done.stdout.splitlines() if ln.startswith("browsed "))
    return figure


def seeding(contacts: int) -> Figure:
    """`main.py seed --contacts N` into a new file (one run: it takes most of a minute).
    The goal scales with N from the issue's 60 s for 1M contacts."""
    goal_ms = 60_000 * contacts / 1_000_000
    with tempfile.TemporaryDirectory(dir=ROOT / "tests" / "perf" / "cache") as folder:
        seconds, _ = run_seed(Path(folder) / "seed.db", ["--contacts", str(contacts)])
    figure = Figure(f"seeding {contacts:,} contacts", [seconds * 1000], goal_ms, "median")
    figure.notes.append("time reported by the seed command (one run)")
    return figure


@contextmanager
def _import_copy(db_path: Path | str, folder: Path) -> Iterator[str]:
    """A copy of the bench database to import into: a file in *folder*, or a server copy."""
    if not isinstance(db_path, Path):
        from tests.perf.dataset_postgres import scratch_copy

        with scratch_copy(db_path) as url:
            yield url
        return
    import shutil
    import sqlite3

    conn = sqlite3.connect(db_path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the copy is then the whole database
    finally:
        conn.close()
    copy = folder / "import.db"
    shutil.copyfile(db_path, copy)
    yield str(copy)


def child_env(config_dir: str) -> dict[str, str]:
    """Offscreen, and window settings in a scratch folder rather than the user's. Bytecode
    caching stays on, as in any installed copy: the warm-up start writes what is missing."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": config_dir}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


IMPORT_ROWS = 100_000
IMPORT_GOAL_MS = (6_000, 10_000)  # quiet, and with one core busy (LOAD=1)
IMPORT_MAX_GAP_MS = 100.0


def import_csv(db_path: Path | str, env: dict[str, str]) -> Figure:
    """100,000 generated CSV rows (tests/perf/bench_import.py) imported through the GUI path
    into a copy of the bench database (tests/perf/import_gui.py), in a fresh process. Passes
    when the wall time is within the goal and the UI thread's 10 ms timer never waited more
    than 100 ms. On a server the copy is a database made from the bench one as a template."""
    from tests.perf.bench_import import write_csv

    with tempfile.TemporaryDirectory(dir=ROOT / "tests" / "perf" / "cache") as folder:
        source = Path(folder) / "contacts.csv"
        write_csv(source, IMPORT_ROWS)
        with _import_copy(db_path, Path(folder)) as copy:
            done = subprocess.run(
                [sys.executable, "-m", "tests.perf.import_gui", copy, str(source)], cwd=ROOT,
                env=env, capture_output=True, text=True, timeout=900, check=False,
            )
    values = dict(line.split(" ", 1) for line in done.stdout.splitlines() if " " in line)
    if done.returncode != 0 or "import_ms" not in values:
        raise RuntimeError(f"import_gui failed: {done.stdout.strip()[-400:]} "
                           f"{done.stderr.strip()[-800:]}")
    gap = float(values["max_gap_ms"])
    figure = Figure(f"importing {IMPORT_ROWS:,} CSV rows (GUI, into the bench DB)",
                    [float(values["import_ms"])], goal(*IMPORT_GOAL_MS), "median",
                    extra_ok=gap <= IMPORT_MAX_GAP_MS)
    figure.notes.append(f"longest UI-thread gap {gap:.0f} ms (goal ≤ {IMPORT_MAX_GAP_MS:.0f}), "
                        f"starting {float(values['max_gap_at_ms']) / 1000:.1f} s in, "
                        f"{values['ticks']} timer ticks; dialog with preview opened in "
                        f"{float(values['dialog_ms']):.0f} ms; {values['summary']}")
    return figure


MOVE_TO_GOAL_MS = 5 * 60 * 1000


def move_to(server_url: str, contacts: int) -> Figure:
    """`main.py move-to` of the SQLite bench file of the same sizes (built if missing) into a
    new, empty database on the bench server, in a fresh process (one run); it passes when it
    is within 5 minutes and the command found every table's count and checksum equal. When
    this run built the bench database that way (BENCH_SERVER_BUILD=move-to), that move is
    the sample."""
    from tests.perf import dataset_postgres
    from tests.perf.dataset import ensure_file_dataset

    into = "the bench database, as it was built"
    if dataset_postgres.moved is None:
        into = "a new, empty database"
        source = ensure_file_dataset(contacts)
        with dataset_postgres.empty_database(server_url, "moveto") as target:
            seconds, status, output = dataset_postgres.run_move_to(str(source), target)
        lines = output.splitlines()
        dataset_postgres.moved = (seconds, status, lines[-1] if lines else "")
    seconds, status, last = dataset_postgres.moved
    figure = Figure(f"move-to of the bench file ({contacts:,} contacts) into a server",
                    [seconds * 1000], MOVE_TO_GOAL_MS, "median", extra_ok=status == 0)
    figure.notes.append(f"into {into}; exit status {status}; {last}")
    return figure
