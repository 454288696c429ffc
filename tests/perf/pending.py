"""Figures of the issue that this build cannot measure yet, shown in the table as "not
measured". A goal added to the issue before its feature lands goes here as
``Pending(name, goal_ms, needs)`` until a function for it joins ``IN_PROCESS`` (or
``SERVER_ONLY``) in ``tests/perf/figures.py``."""

from __future__ import annotations

from pathlib import Path

from tests.perf.stats import Pending

PENDING: list[Pending] = []

_MOVE_TO = Path(__file__).resolve().parents[2] / "app" / "commands" / "move_to.py"


def has_move_to() -> bool:
    return _MOVE_TO.exists()


def pending_for(server: bool) -> list[Pending]:
    """The server's figures still waiting for their feature."""
    if not server or has_move_to():
        return []
    return [Pending("move-to of the bench database into a server", 300_000,
                    "the move-to command (app/commands/move_to.py)")]
