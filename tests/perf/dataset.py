"""The benchmark database: built with the real `seed` command, cached by size and schema version.

Sizes follow the issue (per 1M contacts: 5M calls, 200k appointments, 100k quotes). The calls,
appointments and quotes options are passed only when this build's `seed` command has them,
so the same harness works before and after those features land; the cache key names exactly
what was seeded, so a build with more seed options makes a new database.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CACHE_DIR = Path(__file__).resolve().parent / "cache"
DEFAULT_CONTACTS = 1_000_000
# Per contact: the 5M calls, 200k appointments and 100k quotes at 1M contacts.
PER_CONTACT = {"calls": 5.0, "appointments": 0.2, "quotes": 0.1}
# What those need besides contacts (fixed counts): field reps for the appointments, a
# product catalogue for the quote lines.
FIXED = {"reps": 5, "products": 1000}


def bench_contacts() -> int:
    value = os.environ.get("BENCH_CONTACTS", "").replace("_", "").replace(",", "")
    return int(value) if value else DEFAULT_CONTACTS


def seed_options() -> set[str]:
    """Long option names the `seed` command of this build accepts."""
    import argparse

    from app.cli import build_parser

    parser = build_parser()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction) and "seed" in action.choices:
            seed_parser = action.choices["seed"]
            return {opt.lstrip("-") for a in seed_parser._actions for opt in a.option_strings
                    if opt.startswith("--")}
    return set()


def seed_arguments(contacts: int) -> list[str]:
    supported = seed_options()
    args = ["--contacts", str(contacts)]
    for option, per_contact in PER_CONTACT.items():
        if option in supported:
            args += [f"--{option}", str(int(contacts * per_contact))]
    for option, count in FIXED.items():
        if option in supported:
            args += [f"--{option}", str(count)]
    return args


def cache_name(contacts: int, args: list[str]) -> str:
    from app.db.migrations import LATEST_VERSION

    counts = "-".join(f"{args[i].lstrip('-')}{args[i + 1]}" for i in range(0, len(args), 2))
    return f"bench-{counts}-schema{LATEST_VERSION}.db"


def run_seed(path: Path | str, args: list[str]) -> tuple[float, str]:
    """Run `main.py seed` into *path* (a file or a postgresql:// URL); returns (seconds the
    command reported, its output)."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "seed", "--db", str(path), *args],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )
    wall = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"seeding failed ({done.returncode}): {done.stderr.strip()}")
    found = re.search(r"seeded [\d,]+ contacts in ([\d.]+) s", done.stdout)
    return (float(found.group(1)) if found else wall), done.stdout.strip()


def _checkpoint(path: Path) -> None:
    """Fold the WAL into the main file, so the file can be renamed on its own."""
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode = delete")
        conn.execute("PRAGMA journal_mode = wal")
    finally:
        conn.close()


def bench_server() -> str | None:
    """The PostgreSQL URL of BENCH_DB, or None to bench a SQLite file."""
    from app.db.postgres import is_postgres_url

    url = os.environ.get("BENCH_DB", "").strip()
    if url and not is_postgres_url(url):
        raise SystemExit(f"BENCH_DB takes a postgresql:// URL, not {url!r}")
    return url or None


def ensure_dataset(contacts: int) -> Path | str:
    """The database for *contacts*, building it if needed: the cached SQLite file, or the
    server database of BENCH_DB."""
    args = seed_arguments(contacts)
    server = bench_server()
    if server is not None:
        from tests.perf.dataset_postgres import ensure_server_dataset

        return ensure_server_dataset(server, cache_name(contacts, args).removesuffix(".db"),
                                     args, contacts)
    return ensure_file_dataset(contacts)


def ensure_file_dataset(contacts: int) -> Path:
    """Path of the cached SQLite file for *contacts*, building it if needed."""
    args = seed_arguments(contacts)
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    path = CACHE_DIR / cache_name(contacts, args)
    if path.exists():
        print(f"using cached database {path.relative_to(ROOT)}", flush=True)
        return path
    partial = path.with_suffix(".building")
    for leftover in CACHE_DIR.glob(partial.name + "*"):
        leftover.unlink()
    print(f"building {path.relative_to(ROOT)} with `seed {' '.join(args)}` …", flush=True)
    seconds, output = run_seed(partial, args)
    _checkpoint(partial)
    for line in output.splitlines():
        print(f"  {line}", flush=True)
    partial.rename(path)
    return path
