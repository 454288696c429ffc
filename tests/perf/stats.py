"""One benchmark figure: its samples, its goal, the raw-sqlite3 comparison and the verdict."""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass, field


def p95(samples: list[float]) -> float:
    """Nearest-rank 95th percentile."""
    ordered = sorted(samples)
    return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]


@dataclass
class Figure:
    name: str
    samples_ms: list[float]
    goal_ms: float
    goal_stat: str = "p95"  # which statistic must be within the goal: "median" or "p95"
    raw_samples_ms: list[float] | None = None  # the same SQL through plain sqlite3
    extra_ok: bool = True  # a second condition (e.g. the startup ratio to a bare window)
    # Instead of raw sqlite3, a baseline program doing the bare minimum (startup figure).
    baseline_ms: list[float] | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def median_ms(self) -> float:
        return statistics.median(self.samples_ms)

    @property
    def p95_ms(self) -> float:
        return p95(self.samples_ms)

    @property
    def raw_median_ms(self) -> float | None:
        if self.baseline_ms:
            return statistics.median(self.baseline_ms)
        return statistics.median(self.raw_samples_ms) if self.raw_samples_ms else None

    @property
    def ratio(self) -> float | None:
        """App time over raw sqlite3 time for the same statements (totals, so frames that
        ran no SQL do not make the ratio meaningless)."""
        if self.baseline_ms:
            return self.median_ms / statistics.median(self.baseline_ms)
        if not self.raw_samples_ms:
            return None
        raw = sum(self.raw_samples_ms)
        return sum(self.samples_ms) / raw if raw > 0 else None

    @property
    def passed(self) -> bool:
        value = self.p95_ms if self.goal_stat == "p95" else self.median_ms
        return value <= self.goal_ms and self.extra_ok

    def as_json(self) -> dict[str, object]:
        raw = self.raw_median_ms
        ratio = self.ratio
        return {
            "name": self.name,
            "median_ms": round(self.median_ms, 3),
            "p95_ms": round(self.p95_ms, 3),
            "goal_ms": float(self.goal_ms),
            "raw_median_ms": None if raw is None else round(raw, 3),
            "ratio": None if ratio is None else round(ratio, 2),
            "pass": self.passed,
        }


@dataclass(frozen=True)
class Pending:
    """A figure whose feature is not in this build yet: shown in the table, not measured."""

    name: str
    goal_ms: float
    needs: str


@dataclass(frozen=True)
class Skipped:
    """A figure that does not apply to this engine: shown in the table with the reason."""

    name: str
    reason: str

    def as_json(self) -> dict[str, object]:
        return {"name": self.name, "skipped": self.reason}
