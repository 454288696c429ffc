"""Lazy table model of quotes: keyset pages as the view scrolls; data() only indexes rows."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.db.quote_list import QuoteQuery, QuoteRow, fetch_quotes
from app.services.money import format_money
from app.services.quote_types import shown_status

COL_NUMBER, COL_DATE, COL_CUSTOMER, COL_STATUS, COL_TOTAL, COL_VALID = range(6)
PAGE_SIZE = 200
EXPIRED_BRUSH = QBrush(QColor("#fde2e1"))
MUTED_BRUSH = QBrush(QColor("#888888"))

Index = QModelIndex | QPersistentModelIndex


class QuoteTableModel(QAbstractTableModel):
    def __init__(self, money_locale: str, parent=None) -> None:
        super().__init__(parent)
        self._locale = money_locale
        self._query = QuoteQuery(today=date.today().isoformat())
        self._rows: list[tuple[QuoteRow, tuple[str, ...], str]] = []
        self._last_key: tuple[str, int] | None = None
        # Nothing to fetch before the first query (the tab runs it when first shown): a view
        # asking canFetchMore() at start-up must not load and format a page.
        self._exhausted = True
        self.loaded = False  # no query run yet
        self._headers = (self.tr("Number"), self.tr("Date"), self.tr("Customer"),
                         self.tr("Status"), self.tr("Total"), self.tr("Valid until"))
        self.status_labels = {
            "draft": self.tr("Draft"), "sent": self.tr("Sent"), "accepted": self.tr("Accepted"),
            "declined": self.tr("Declined"), "expired": self.tr("Expired"),
            "void": self.tr("Void"), "revised": self.tr("Revised"),
        }

    @property
    def query(self) -> QuoteQuery:
        return self._query

    def set_query(self, query: QuoteQuery) -> None:
        self.beginResetModel()
        self.loaded = True
        self._query = query
        self._rows = []
        self._last_key = None
        self._exhausted = False
        self._append(fetch_quotes(query, None, PAGE_SIZE))
        self.endResetModel()

    def refresh(self) -> None:
        self.set_query(self._query)

    def quote_id(self, row: int) -> int | None:
        return self._rows[row][0].id if 0 <= row < len(self._rows) else None

    def shown_status(self, row: int) -> str:
        return self._rows[row][2] if 0 <= row < len(self._rows) else ""

    def row_of(self, quote_id: int) -> int | None:
        for row, (quote, _, _) in enumerate(self._rows):
            if quote.id == quote_id:
                return row
        return None

    def _append(self, rows: list[QuoteRow]) -> None:
        if len(rows) < PAGE_SIZE:
            self._exhausted = True
        if rows:
            self._last_key = rows[-1].key
        today = date.fromisoformat(self._query.today) if self._query.today else date.today()
        for r in rows:
            status = shown_status(r.status, r.valid_until, today)
            cells = (r.number, r.issued_on, r.customer, self.status_labels.get(status, status),
                     format_money(r.total_minor, r.currency, self._locale), r.valid_until)
            self._rows.append((r, cells, status))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][1][index.column()]
        status = self._rows[index.row()][2]
        if role == Qt.ItemDataRole.BackgroundRole and status == "expired":
            return EXPIRED_BRUSH
        if role == Qt.ItemDataRole.ForegroundRole and status in ("void", "revised"):
            return MUTED_BRUSH
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == COL_TOTAL:
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
        rows = fetch_quotes(self._query, self._last_key, PAGE_SIZE)
        if not rows:
            self._exhausted = True
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._append(rows)
        self.endInsertRows()
