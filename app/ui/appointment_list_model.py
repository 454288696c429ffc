"""Lazy table model of appointments, filtered in SQL and fetched by keyset as the view scrolls."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.db.appointment_queries import ListFilter, ListRow, list_page

COL_WHEN, COL_LENGTH, COL_REP, COL_CUSTOMER, COL_COMPANY, COL_STATUS, COL_PURPOSE, COL_PLACE = (
    range(8))
PAGE_SIZE = 200

Index = QModelIndex | QPersistentModelIndex


class AppointmentListModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._filter = ListFilter()
        self._rows: list[tuple[int, tuple[str, ...]]] = []
        self._last_key: tuple[int, int] | None = None
        self._exhausted = True
        self._headers = (
            self.tr("When"), self.tr("Length"), self.tr("Rep"), self.tr("Customer"),
            self.tr("Company"), self.tr("Status"), self.tr("Purpose"), self.tr("Location"),
        )
        self.status_labels = {
            "scheduled": self.tr("Scheduled"), "confirmed": self.tr("Confirmed"),
            "completed": self.tr("Completed"), "no_show": self.tr("No-show"),
            "cancelled": self.tr("Cancelled"), "rescheduled": self.tr("Rescheduled"),
        }

    def set_filter(self, flt: ListFilter) -> None:
        self.beginResetModel()
        self._filter = flt
        self._rows = []
        self._last_key = None
        self._exhausted = False
        self._append(list_page(flt, None, PAGE_SIZE))
        self.endResetModel()

    def refresh(self) -> None:
        self.set_filter(self._filter)

    def appointment_id(self, row: int) -> int | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def _append(self, rows: list[ListRow]) -> None:
        if len(rows) < PAGE_SIZE:
            self._exhausted = True
        if rows:
            self._last_key = rows[-1].key
        self._rows.extend((r.id, self._cells(r)) for r in rows)

    def _cells(self, r: ListRow) -> tuple[str, ...]:
        start = datetime.fromtimestamp(r.starts_at)
        minutes = (r.ends_at - r.starts_at) // 60
        return (start.strftime("%a %Y-%m-%d %H:%M"), self.tr("%1 min").replace("%1", str(minutes)),
                r.rep_name, r.customer, r.company, self.status_labels.get(r.status, r.status),
                r.purpose, r.location)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            return self._rows[index.row()][1][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == COL_LENGTH:
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
        rows = list_page(self._filter, self._last_key, PAGE_SIZE)
        if not rows:
            self._exhausted = True
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._append(rows)
        self.endInsertRows()
