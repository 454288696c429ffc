"""`make bench LOAD=1`: every figure measured while a second process keeps one core busy.

A person's laptop is rarely idle (a browser tab, a sync client, a video call), so each figure
has two goals: one for a quiet machine and a looser one with one core taken. The busy process
is a plain Python loop, pinned to the last CPU where the system allows it, started before the
first figure and stopped after the last.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager

# Spins until its parent is gone, so a bench that is killed leaves no busy process behind.
SPIN = "import os\nparent = os.getppid()\nwhile os.getppid() == parent:\n    pass\n"


def under_load() -> bool:
    """Whether this run measures with one core busy (BENCH_LOAD=1, set by `make bench LOAD=1`)."""
    return os.environ.get("BENCH_LOAD", "").strip() not in ("", "0")


def goal(quiet: float, loaded: float) -> float:
    """The goal of this run: *quiet*, or *loaded* when one core is kept busy."""
    return loaded if under_load() else quiet


def _pin_to_last_cpu() -> str:
    if not hasattr(os, "sched_setaffinity"):
        return "any CPU"
    cpus = sorted(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpus[-1]})
    return f"CPU {cpus[-1]}"


@contextmanager
def busy_core() -> Iterator[str]:
    """Keep one core busy while the block runs (only under LOAD=1). Yields the line the
    bench prints in its header."""
    if not under_load():
        yield "load: none (a quiet run; `make bench LOAD=1` keeps one core busy)"
        return
    where = "the last CPU" if hasattr(os, "sched_setaffinity") else "any CPU"
    spinner = subprocess.Popen(
        [sys.executable, "-c", SPIN],
        preexec_fn=_pin_to_last_cpu if hasattr(os, "sched_setaffinity") else None,
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        yield (f"load: one core busy for the whole run (a spinning child process, pid "
               f"{spinner.pid}, pinned to {where} of {os.cpu_count()})")
    finally:
        spinner.kill()
        spinner.wait()
