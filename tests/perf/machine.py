"""The machine string printed with the results: CPU, cores, RAM, Python and SQLite versions."""

from __future__ import annotations

import os
import platform
import sqlite3
from pathlib import Path


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _ram_gib() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) / 1024 / 1024
    except OSError:
        pass
    return None


def machine_string() -> str:
    ram = _ram_gib()
    from PySide6 import __version__ as pyside_version

    parts = [
        _cpu_model(),
        f"{os.cpu_count()} cores",
        f"{ram:.0f} GiB RAM" if ram else "RAM unknown",
        f"{platform.system()} {platform.release()}",
        f"Python {platform.python_version()}",
        f"SQLite {sqlite3.sqlite_version}",
        f"PySide6 {pyside_version}",
    ]
    return ", ".join(parts)
