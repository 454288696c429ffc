"""Figures that only a server has: another person's change reaching the open window."""

from __future__ import annotations

import time

from PySide6.QtCore import QEventLoop, QTimer

from tests.perf.context import BenchContext
from tests.perf.stats import Figure

CHANGES = 30
GOAL_MS = 2000
GIVE_UP_MS = 10_000
_INSERT = ("INSERT INTO call (contact_id, phone, direction, started_at, duration_s, outcome, "
           "notes, created_at) VALUES (%s, '', 'out', %s, 60, 'no_answer', %s, %s) "
           "RETURNING id")


def _wait(ctx: BenchContext, seconds: float) -> None:
    """Let the window's event loop run (its timers and socket notifiers) for *seconds*."""
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()
    ctx.settle()


def change_from_another_client(ctx: BenchContext) -> Figure:
    """A second connection (another person's CallDesk) logs a call; the sample ends when the
    window has noticed it and refreshed its views (DataSafety.changed_underneath, emitted
    after refresh_all), with the Calls tab on screen. Each insert comes at a random moment
    of the window's poll interval; the calls are deleted afterwards."""
    import psycopg

    from app.ui.main_window import TAB_CALLS

    window = ctx.window
    safety = window.data_safety
    poll_s = safety.poll_timer.interval() / 1000
    previous = window.tabs.currentIndex()
    window.tabs.setCurrentIndex(TAB_CALLS)
    ctx.settle()
    model = window.calls.model
    other = psycopg.connect(ctx.db_path, autocommit=True)
    latest = int(other.execute("SELECT coalesce(max(started_at), 0) FROM call").fetchone()[0])
    loop = QEventLoop()
    safety.changed_underneath.connect(loop.quit)
    samples: list[float] = []
    new_ids: list[int] = []
    on_top = late = 0
    try:
        for number, contact_id in enumerate(ctx.sample_contact_ids(CHANGES), start=1):
            _wait(ctx, ctx.rng.uniform(0, poll_s))
            when = max(latest, int(time.time())) + number  # newest: first row of the log
            started = time.perf_counter()
            row = other.execute(_INSERT, (contact_id, when, "Logged on another desk.",
                                          int(time.time()))).fetchone()
            timer = QTimer()
            timer.setSingleShot(True)
            timer.timeout.connect(loop.quit)
            timer.start(GIVE_UP_MS)
            loop.exec()
            elapsed = (time.perf_counter() - started) * 1000
            late += not timer.isActive()
            timer.stop()
            samples.append(elapsed)
            new_ids.append(int(row[0]))
            on_top += model.call_id(0) == new_ids[-1]
    finally:
        safety.changed_underneath.disconnect(loop.quit)
        if new_ids:
            other.execute("DELETE FROM call WHERE id = ANY(%s)", (new_ids,))
        other.close()
        _wait(ctx, 0.3)
        window.tabs.setCurrentIndex(previous)
        ctx.settle()
    figure = Figure("another client's call visible in the window", samples, GOAL_MS, "p95")
    figure.notes.append(f"{CHANGES} calls inserted by a second connection; {on_top} shown on "
                        f"top of the call log when the refresh ended; {late} not seen within "
                        f"{GIVE_UP_MS // 1000} s; max {max(samples):.0f} ms")
    if on_top < CHANGES or late:
        figure.extra_ok = False
    return figure
