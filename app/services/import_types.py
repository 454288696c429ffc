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
    """Something a person should know about one record: a repair, or why it was refused.
    ``line`` is the physical line the record starts on (0: the same as ``row``). A
    ``sentence`` message reads on from the record's name ("card 2 (line 9) has no
    END:VCARD"); any other is set off by a colon ("row 5: Phone 1: kept as typed")."""

    row: int
    message: str
    line: int = 0
    refused: bool = False
    sentence: bool = False

    def where(self, unit: str) -> str:
        if unit == "card":
            return f"card {self.row} (line {self.line})" if self.line else f"card {self.row}"
        shown = self.line and self.line != self.row
        return f"{unit} {self.row} (line {self.line})" if shown else f"{unit} {self.row}"

    def text(self, unit: str) -> str:
        return f"{self.where(unit)}{' ' if self.sentence else ': '}{self.message}"


@dataclass
class ImportSummary:
    """Every record the reader found is counted once: seen = imported + merged + refused."""

    source: str
    unit: str  # "row" for CSV, "card" for vCard
    batch_id: int | None = None
    seen: int = 0
    imported: int = 0
    merged: int = 0
    refused: int = 0
    problems: list[ImportProblem] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def balanced(self) -> bool:
        return self.seen == self.imported + self.merged + self.refused

    def warned(self) -> int:
        """Records taken in with a repair or a warning (refused ones are not counted)."""
        return len({p.row for p in self.problems if not p.refused})

    def headline(self) -> str:
        plural = "s" if self.seen != 1 else ""
        text = (f"read {self.seen:,} {self.unit}{plural}: imported {self.imported:,}, "
                f"merged {self.merged:,}, refused {self.refused:,}")
        warned = self.warned()
        if warned:
            text += f"; {warned:,} {self.unit}{'s' if warned != 1 else ''} with a warning"
        return text

    def lines(self, limit: int | None = None) -> list[str]:
        """Refused records first, then the warnings, each in file order."""
        ordered = sorted(self.problems, key=lambda p: not p.refused)
        shown = ordered if limit is None else ordered[:limit]
        out = [p.text(self.unit) for p in shown]
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
