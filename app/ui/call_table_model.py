"""Lazy table model of the call log: pages fetched by keyset as the view scrolls.

Rows arrive with a page; each is turned into display strings the first time it is painted
(only the visible rows of a page cost formatting), and ``data()`` never queries.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from app.db.call_list import CallQuery, CallRow, fetch_calls
from app.services.contact_types import display_name
from app.services.phones import format_for_display
from app.services.users import user_names_with_unrecorded
from app.ui.keyset_table_model import Index, KeysetTableModel
from app.ui.local_time import minute_text
from app.ui.outcome_names import outcome_name

(COL_WHEN, COL_CONTACT, COL_NUMBER, COL_DIRECTION, COL_DURATION, COL_OUTCOME, COL_FOLLOW_UP,
 COL_NOTES, COL_BY) = range(9)
# Columns that can be sorted (each has an index behind it) -> sort key of CallQuery.
SORT_KEYS = {COL_WHEN: "when", COL_OUTCOME: "outcome"}
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def duration_text(seconds: int) -> str:
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


class CallTableModel(KeysetTableModel[CallQuery, CallRow]):
    def __init__(self, home_region: str, parent=None) -> None:
        super().__init__(CallQuery(), parent)
        self._home_region = home_region
        self._headers = (
            self.tr("When"), self.tr("Contact"), self.tr("Number"), self.tr("Direction"),
            self.tr("Duration"), self.tr("Outcome"), self.tr("Follow-up"), self.tr("Notes"),
            self.tr("By"),
        )
        self._user_names: dict[int | None, str] = {}
        self._directions = {"in": self.tr("In"), "out": self.tr("Out")}

    def set_home_region(self, region: str) -> None:
        self._home_region = region
        self.refresh()

    def call_id(self, row: int) -> int | None:
        return self.row_id(row)

    def contact_id(self, row: int) -> int | None:
        return self._rows[row].contact_id if 0 <= row < len(self._rows) else None

    def _fetch_page(self, query: CallQuery, after: tuple[object, ...] | None,
                    limit: int) -> list[CallRow]:
        if after is None:  # a new first page: names may have changed (a team is a few rows)
            self._user_names = user_names_with_unrecorded()
        return fetch_calls(query, after, limit)

    def _cells(self, r: CallRow) -> tuple[str, ...]:
        if r.follow_up_at is None:
            follow_up = ""
        elif r.follow_up_done_at is not None:
            follow_up = self.tr("✓ %s") % minute_text(r.follow_up_at)  # the tick says done
        else:
            follow_up = minute_text(r.follow_up_at)
        return (
            minute_text(r.started_at), display_name(r.first_name, r.last_name, r.company),
            format_for_display(r.phone, self._home_region),
            self._directions.get(r.direction, r.direction), duration_text(r.duration_s),
            outcome_name(r.outcome_label), follow_up, " ".join(r.notes.split()),
            self._user_names.get(r.user_id, ""),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole or not index.isValid():
            return super().data(index, role)
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_NOTES:
            return self.cells(index.row())[COL_NOTES] or None
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_FOLLOW_UP:
            row = self._rows[index.row()]
            done = row.follow_up_at is not None and row.follow_up_done_at is not None
            return self.tr("Follow-up done") if done else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_DURATION:
            return _RIGHT
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Only indexed columns sort; any other header click keeps the current order."""
        key = SORT_KEYS.get(column)
        if key is None:
            return
        q = self._query
        self.set_query(replace(q, sort=key, descending=order == Qt.SortOrder.DescendingOrder))
