"""Lazy table model of contacts: pages fetched by keyset as the view scrolls.

Rows arrive as plain tuples from one keyset query; ``data()`` never queries. The display text of
a row (names, a formatted phone number, a local date) is built the first time the view paints
that row and kept, so a search or a new page costs only the rows a person actually sees.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.db.contact_list import ContactQuery, ContactRow, fetch_contacts
from app.services.contact_types import display_name
from app.services.phones import format_for_display

COL_NAME, COL_COMPANY, COL_PHONE, COL_EMAIL, COL_CITY, COL_STATUS, COL_LAST = range(7)
SORT_KEYS = ("name", "company", "phone", "email", "city", "status", "last_contacted")
PAGE_SIZE = 200
_DISPLAY_ROLE = Qt.ItemDataRole.DisplayRole.value

Index = QModelIndex | QPersistentModelIndex


class ContactTableModel(QAbstractTableModel):
    def __init__(self, home_region: str, parent=None) -> None:
        super().__init__(parent)
        self._home_region = home_region
        self._query = ContactQuery()
        self._rows: list[ContactRow] = []
        self._cells_cache: dict[int, tuple[str, ...]] = {}  # row number -> display texts
        self._last_key: tuple[object, ...] | None = None
        self._exhausted = False
        self._headers = (
            self.tr("Name"), self.tr("Company"), self.tr("Phone"), self.tr("Email"),
            self.tr("City"), self.tr("Status"), self.tr("Last contacted"),
        )
        self._status_labels = {
            "lead": self.tr("Lead"), "prospect": self.tr("Prospect"),
            "customer": self.tr("Customer"), "inactive": self.tr("Inactive"),
        }

    # -- queries ------------------------------------------------------------------------
    @property
    def query(self) -> ContactQuery:
        return self._query

    def set_query(self, query: ContactQuery) -> None:
        self.beginResetModel()
        self._query = query
        self._rows = []
        self._cells_cache = {}
        self._last_key = None
        self._exhausted = False
        self._append(fetch_contacts(query, None, PAGE_SIZE))
        self.endResetModel()

    def refresh(self) -> None:
        self.set_query(self._query)

    def set_home_region(self, region: str) -> None:
        self._home_region = region
        self.refresh()

    def loaded_row_count(self) -> int:
        return len(self._rows)

    def formatted_row_count(self) -> int:
        """Rows whose display text has been built (only those the view has painted)."""
        return len(self._cells_cache)

    def contact_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, contact_id: int) -> int | None:
        for row, r in enumerate(self._rows):
            if r.id == contact_id:
                return row
        return None

    def _append(self, rows: list[ContactRow]) -> None:
        if len(rows) < PAGE_SIZE:
            self._exhausted = True
        if rows:
            self._last_key = rows[-1].key
        self._rows.extend(rows)

    def _cells(self, r: ContactRow) -> tuple[str, ...]:
        last = (datetime.fromtimestamp(r.last_contacted_at).strftime("%Y-%m-%d %H:%M")
                if r.last_contacted_at else "")
        return (
            display_name(r.first_name, r.last_name, r.company), r.company,
            format_for_display(r.phone, self._home_region), r.email, r.city,
            self._status_labels.get(r.status, r.status), last,
        )

    # -- Qt model API ---------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        # Called for every role of every visible cell on each paint: plain int comparison
        # first (enum comparison costs more), everything else after.
        if role != _DISPLAY_ROLE:
            return None
        if index.isValid():
            row = index.row()
            cells = self._cells_cache.get(row)
            if cells is None:
                cells = self._cells_cache[row] = self._cells(self._rows[row])
            return cells[index.column()]
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
        rows = fetch_contacts(self._query, self._last_key, PAGE_SIZE)
        if not rows:
            self._exhausted = True
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._append(rows)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        q = self._query
        self.set_query(ContactQuery(q.text, q.status, SORT_KEYS[column], descending))
