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


def _server(url: str) -> str:
    """PostgreSQL's version and the settings that bear on speed."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        version = conn.execute("SHOW server_version").fetchone()
        settings = dict(conn.execute(
            "SELECT name, current_setting(name) FROM pg_settings WHERE name IN "
            "('shared_buffers', 'work_mem', 'fsync', 'synchronous_commit', 'jit')").fetchall())
    from urllib.parse import urlsplit

    shown = ", ".join(f"{k}={v}" for k, v in sorted(settings.items()))
    host = urlsplit(url).hostname or "a local socket"
    return f"PostgreSQL {version[0] if version else '?'} at {host} ({shown})"


def machine_string(server_url: str | None = None) -> str:
    ram = _ram_gib()
    from PySide6 import __version__ as pyside_version

    parts = [
        _cpu_model(),
        f"{os.cpu_count()} cores",
        f"{ram:.0f} GiB RAM" if ram else "RAM unknown",
        f"{platform.system()} {platform.release()}",
        f"Python {platform.python_version()}",
        _server(server_url) if server_url else f"SQLite {sqlite3.sqlite_version}",
        f"PySide6 {pyside_version}",
    ]
    return ", ".join(parts)
