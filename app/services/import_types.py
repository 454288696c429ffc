"""Plain data of contact imports: options, progress, the summary a person reads."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

# (rows done, rows in total) -> False to cancel. Called every few hundred rows.
Progress = Callable[[int, int], bool]


class ImportCancelled(Exception):
    """The import was cancelled; nothing was written."""


@dataclass(frozen=True)
class ImportProblem:
    row: int
    message: str


@dataclass
class ImportSummary:
    source: str
    unit: str  # "row" for CSV, "card" for vCard
    batch_id: int | None = None
    imported: int = 0
    merged: int = 0
    problems: list[ImportProblem] = field(default_factory=list)
    seconds: float = 0.0

    def headline(self) -> str:
        return (f"imported {self.imported:,}, merged {self.merged:,}, "
                f"problems {len(self.problems):,}")

    def lines(self, limit: int | None = None) -> list[str]:
        shown = self.problems if limit is None else self.problems[:limit]
        out = [f"{self.unit} {p.row}: {p.message}" for p in shown]
        if limit is not None and len(self.problems) > limit:
            out.append(f"… and {len(self.problems) - limit:,} more")
        return out


@dataclass(frozen=True)
class UndoResult:
    batch_id: int
    source: str
    removed: int
    reverted: int
    kept: int = 0  # added contacts kept because they have numbered quotes now
