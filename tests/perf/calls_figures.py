"""Calls figures: logging a call the way call mode saves it, then the views it refreshes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.perf.context import BenchContext
from tests.perf.load import goal
from tests.perf.stats import Figure

CALLS_LOGGED = 200
# p95 goals on a SQLite file: 8 ms quiet, 12 ms with one core busy (LOAD=1); 15 ms on a
# PostgreSQL server (a round trip per statement over loopback).
FILE_GOAL_MS = (8, 12)
SERVER_GOAL_MS = 15


def log_call_and_refresh(ctx: BenchContext) -> Figure:
    """`log_call` (a call-back with notes and a follow-up) for a random contact, then what
    call mode runs after saving (`CallLauncher.after_logging`): the contacts model and detail
    pane, the call log model and Due list, and the due count in the status bar.

    The calls written are deleted afterwards and the contacts and follow-ups they touched put
    back, so the cached database stays as seeded."""
    from app.services.call_types import CallInput
    from app.services.calls import log_call

    launcher = ctx.window.call_launcher
    ids = ctx.sample_contact_ids(CALLS_LOGGED)
    undo = _Undo(ids)

    def action(contact_id: int) -> None:
        now = datetime.now(UTC)
        log_call(CallInput(
            contact_id=contact_id, outcome="call_back", started_at=now - timedelta(minutes=3),
            duration_s=170, notes="Asked for a call back after the budget meeting.",
            next_step="follow_up", follow_up_at=now + timedelta(days=2)), now)
        launcher.after_logging()

    try:
        figure = ctx.measure("logging a call, until the views are refreshed",
                             SERVER_GOAL_MS if ctx.server else goal(*FILE_GOAL_MS), ids,
                             action)
    finally:
        undo.restore()
    figure.notes.append("log_call + contacts, call log and due refresh; the replay runs the "
                        "reads only")
    return figure


class _Undo:
    """What logging calls for *ids* changes, kept so it can be put back."""

    def __init__(self, ids: list[int]) -> None:
        from app.db.connection import db

        self._db = db
        unique = sorted(set(ids))
        marks = ",".join("?" * len(unique))
        self.max_call = int(db.execute_sql("SELECT coalesce(max(id), 0) FROM call")
                            .fetchone()[0])
        self.contacts = db.execute_sql(
            f"SELECT id, status, last_contacted_at, updated_at FROM contact WHERE id IN ({marks})",
            unique).fetchall()
        self.open_follow_ups = [r[0] for r in db.execute_sql(
            f"SELECT id FROM call WHERE contact_id IN ({marks}) AND follow_up_at IS NOT NULL "
            "AND follow_up_done_at IS NULL", unique).fetchall()]

    def restore(self) -> None:
        from app.db import raw

        db = self._db
        conn = raw.connection()
        with db.atomic():
            db.execute_sql("DELETE FROM call WHERE id > ?", (self.max_call,))
            conn.executemany(
                "UPDATE contact SET status = ?, last_contacted_at = ?, updated_at = ? "
                "WHERE id = ?", [(s, last, upd, cid) for cid, s, last, upd in self.contacts])
            conn.executemany("UPDATE call SET follow_up_done_at = NULL WHERE id = ?",
                             [(cid,) for cid in self.open_follow_ups])
