"""Time a 100,000-row CSV import (Google-style headers, two phones and an email per row).

Run: python -m tests.perf.bench_import [ROWS] [REPEATS]. Not part of `make test`."""

from __future__ import annotations

import csv
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

HEADERS = ["First Name", "Last Name", "Organization Name", "Labels", "E-mail 1 - Label",
           "E-mail 1 - Value", "Phone 1 - Label", "Phone 1 - Value", "Phone 2 - Label",
           "Phone 2 - Value", "Address 1 - City", "Address 1 - Country", "Notes"]
_FIRST = "Aarav Priya Rahul Anita Vikram Sunita John Emma Lukas Marco Anna Meera".split()
_LAST = "Sharma Patel Iyer Khan Miller Clarke Schmidt Rossi Weber Novak Gupta".split()


def write_csv(path: Path, rows: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        for i in range(rows):
            first, last = rng.choice(_FIRST), rng.choice(_LAST)
            digits = f"98{i:08d}"
            mobile = (f"+91 {digits[:5]} {digits[5:]}", f"0{digits[:5]} {digits[5:]}",
                      digits)[i % 3]
            work = f"0{rng.choice((22, 11, 80, 44))} {rng.randrange(2000, 9999)} " \
                   f"{rng.randrange(1000, 9999)}"
            writer.writerow([
                first, last, f"{last} Traders" if i % 3 else "", "* myContacts ::: Leads",
                "Work", f"{first}.{last}.{i}@example.com".lower(), "Mobile", mobile,
                "Work", work if i % 2 else "", "Mumbai", "India",
                "Met at the fair" if i % 5 == 0 else "",
            ])


def time_import(rows: int = 100_000, repeats: int = 3) -> float:
    """Median wall-clock seconds to import *rows* generated rows into a fresh database."""
    return measure(rows, repeats)[0]


def measure(rows: int = 100_000, repeats: int = 3) -> tuple[float, float]:
    """(median wall seconds, median CPU seconds of this process) per import. CPU time shows
    the cost when other programs compete for the cores."""
    from app.db.connection import close_database, open_database
    from app.services.importer import import_file
    from app.services.settings import set_default_region

    times: list[float] = []
    cpu: list[float] = []
    with tempfile.TemporaryDirectory() as scratch:
        source = Path(scratch) / "contacts.csv"
        write_csv(source, rows)
        for run in range(repeats):
            open_database(Path(scratch) / f"bench{run}.db")
            set_default_region("IN")
            started, cpu_started = time.perf_counter(), time.process_time()
            summary = import_file(source)
            times.append(time.perf_counter() - started)
            cpu.append(time.process_time() - cpu_started)
            assert summary.imported + summary.merged == rows, summary.headline()
            close_database()
    return statistics.median(times), statistics.median(cpu)


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    wall, cpu = measure(count, repeats)
    print(f"import of {count:,} CSV rows: median {wall:.2f} s wall, {cpu:.2f} s CPU over "
          f"{repeats} runs ({count / wall:,.0f} rows/s)")
