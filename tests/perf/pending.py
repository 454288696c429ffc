"""Figures of the issue that this build cannot measure yet, shown in the table as "not
measured". Every figure of the issue is measured now, so the list is empty; a goal added to
the issue before its feature lands goes here as ``Pending(name, goal_ms, needs)`` until a
function for it joins ``IN_PROCESS`` in ``tests/perf/figures.py``."""

from __future__ import annotations

from tests.perf.stats import Pending

PENDING: list[Pending] = []
