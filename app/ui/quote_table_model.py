"""Lazy table model of quotes: keyset pages as the view scrolls; data() only indexes rows."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from app.db.quote_list import QuoteQuery, QuoteRow, fetch_quotes
from app.services.money import format_money
from app.services.quote_types import shown_status
from app.services.users import user_names_with_unrecorded
from app.ui.keyset_table_model import Index, KeysetTableModel

COL_NUMBER, COL_DATE, COL_CUSTOMER, COL_STATUS, COL_TOTAL, COL_VALID, COL_BY = range(7)
EXPIRED_BRUSH = QBrush(QColor("#fde2e1"))
MUTED_BRUSH = QBrush(QColor("#888888"))


class QuoteTableModel(KeysetTableModel[QuoteQuery, QuoteRow]):
    def __init__(self, money_locale: str, parent=None) -> None:
        # Nothing to fetch before the first query (the tab runs it when first shown): a view
        # asking canFetchMore() at start-up must not load and format a page.
        super().__init__(QuoteQuery(today=date.today().isoformat()), parent, exhausted=True)
        self._locale = money_locale
        self._today = date.fromisoformat(self._query.today)  # decides what is expired
        self._statuses: list[str] = []  # shown status (expired computed) of each loaded row
        self.loaded = False  # no query run yet
        self._headers = (self.tr("Number"), self.tr("Date"), self.tr("Customer"),
                         self.tr("Status"), self.tr("Total"), self.tr("Valid until"),
                         self.tr("By"))
        self._user_names: dict[int | None, str] = {}
        self.status_labels = {
            "draft": self.tr("Draft"), "sent": self.tr("Sent"), "accepted": self.tr("Accepted"),
            "declined": self.tr("Declined"), "expired": self.tr("Expired"),
            "void": self.tr("Void"), "revised": self.tr("Revised"),
        }

    def set_query(self, query: QuoteQuery) -> None:
        self.loaded = True
        self._today = date.fromisoformat(query.today) if query.today else date.today()
        self._statuses = []
        super().set_query(query)

    def quote_id(self, row: int) -> int | None:
        return self.row_id(row)

    def shown_status(self, row: int) -> str:
        return self._statuses[row] if 0 <= row < len(self._statuses) else ""

    def _fetch_page(self, query: QuoteQuery, after: tuple[object, ...] | None,
                    limit: int) -> list[QuoteRow]:
        if after is None:  # a new first page: names may have changed (a team is a few rows)
            self._user_names = user_names_with_unrecorded()
        return fetch_quotes(query, after, limit)

    def _append(self, rows: list[QuoteRow]) -> None:
        self._statuses.extend(shown_status(r.status, r.valid_until, self._today) for r in rows)
        super()._append(rows)

    def _cells(self, r: QuoteRow) -> tuple[str, ...]:
        status = shown_status(r.status, r.valid_until, self._today)
        return (r.number, r.issued_on, r.customer, self.status_labels.get(status, status),
                format_money(r.total_minor, r.currency, self._locale), r.valid_until,
                self._user_names.get(r.user_id, ""))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole or not index.isValid():
            return super().data(index, role)
        status = self._statuses[index.row()]
        if role == Qt.ItemDataRole.BackgroundRole and status == "expired":
            return EXPIRED_BRUSH
        if role == Qt.ItemDataRole.ForegroundRole and status in ("void", "revised"):
            return MUTED_BRUSH
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == COL_TOTAL:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
