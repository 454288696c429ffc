"""Lazy table model of the call log: pages fetched by keyset as the view scrolls.

Rows arrive with a page; each is turned into display strings the first time it is painted
(only the visible rows of a page cost formatting), and ``data()`` never queries.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.db.call_list import CallQuery, CallRow, fetch_calls
from app.services.contact_types import display_name
from app.services.phones import format_for_display

(COL_WHEN, COL_CONTACT, COL_NUMBER, COL_DIRECTION, COL_DURATION, COL_OUTCOME, COL_FOLLOW_UP,
 COL_NOTES) = range(8)
# Columns that can be sorted (each has an index behind it) -> sort key of CallQuery.
SORT_KEYS = {COL_WHEN: "when", COL_OUTCOME: "outcome"}
PAGE_SIZE = 200

Index = QModelIndex | QPersistentModelIndex


def local_time(epoch: int) -> str:
    return datetime.fromtimestamp(epoch).strftime("%Y-%m-%d %H:%M")


def duration_text(seconds: int) -> str:
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


class CallTableModel(QAbstractTableModel):
    def __init__(self, home_region: str, parent=None) -> None:
        super().__init__(parent)
        self._home_region = home_region
        self._query = CallQuery()
        self._rows: list[CallRow] = []
        self._shown: list[tuple[str, ...] | None] = []  # display strings, made when painted
        self._last_key: tuple[object, ...] | None = None
        self._exhausted = False
        self._headers = (
            self.tr("When"), self.tr("Contact"), self.tr("Number"), self.tr("Direction"),
            self.tr("Duration"), self.tr("Outcome"), self.tr("Follow-up"), self.tr("Notes"),
        )
        self._directions = {"in": self.tr("In"), "out": self.tr("Out")}

    @property
    def query(self) -> CallQuery:
        return self._query

    def set_query(self, query: CallQuery) -> None:
        self.beginResetModel()
        self._query = query
        self._rows = []
        self._shown = []
        self._last_key = None
        self._exhausted = False
        self._append(fetch_calls(query, None, PAGE_SIZE))
        self.endResetModel()

    def refresh(self) -> None:
        self.set_query(self._query)

    def set_home_region(self, region: str) -> None:
        self._home_region = region
        self.refresh()

    def call_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def contact_id(self, row: int) -> int | None:
        return self._rows[row].contact_id if 0 <= row < len(self._rows) else None

    def _append(self, rows: list[CallRow]) -> None:
        if len(rows) < PAGE_SIZE:
            self._exhausted = True
        if rows:
            self._last_key = rows[-1].key
        self._rows.extend(rows)
        self._shown.extend([None] * len(rows))

    def _cells_of(self, row: int) -> tuple[str, ...]:
        cells = self._shown[row]
        if cells is None:
            cells = self._shown[row] = self._cells(self._rows[row])
        return cells

    def _cells(self, r: CallRow) -> tuple[str, ...]:
        if r.follow_up_at is None:
            follow_up = ""
        elif r.follow_up_done_at is not None:
            follow_up = self.tr("✓ %s") % local_time(r.follow_up_at)  # the tick says done
        else:
            follow_up = local_time(r.follow_up_at)
        return (
            local_time(r.started_at), display_name(r.first_name, r.last_name, r.company),
            format_for_display(r.phone, self._home_region),
            self._directions.get(r.direction, r.direction), duration_text(r.duration_s),
            r.outcome_label, follow_up, " ".join(r.notes.split()),
        )

    # -- Qt model API ---------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells_of(index.row())[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_NOTES:
            return self._cells_of(index.row())[COL_NOTES] or None
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_FOLLOW_UP:
            text = self._cells_of(index.row())[COL_FOLLOW_UP]
            return self.tr("Follow-up done") if text.startswith("✓") else None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == COL_DURATION:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        rows = fetch_calls(self._query, self._last_key, PAGE_SIZE)
        if not rows:
            self._exhausted = True
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._append(rows)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Only indexed columns sort; any other header click keeps the current order."""
        key = SORT_KEYS.get(column)
        if key is None:
            return
        q = self._query
        self.set_query(CallQuery(q.text, q.contact_id, q.outcome, q.direction, q.start, q.end,
                                 key, order == Qt.SortOrder.DescendingOrder))
