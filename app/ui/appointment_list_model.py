"""Lazy table model of appointments, filtered in SQL and fetched by keyset as the view scrolls."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt

from app.db.appointment_queries import ListFilter, ListRow, list_page
from app.services.users import user_names_with_unrecorded
from app.ui.keyset_table_model import Index, KeysetTableModel
from app.ui.local_time import day_text

(COL_WHEN, COL_LENGTH, COL_REP, COL_CUSTOMER, COL_COMPANY, COL_STATUS, COL_PURPOSE, COL_PLACE,
 COL_BOOKED_BY) = range(9)


class AppointmentListModel(KeysetTableModel[ListFilter, ListRow]):
    def __init__(self, parent=None) -> None:
        super().__init__(ListFilter(), parent, exhausted=True)
        self._headers = (
            self.tr("When"), self.tr("Length"), self.tr("Rep"), self.tr("Customer"),
            self.tr("Company"), self.tr("Status"), self.tr("Purpose"), self.tr("Location"),
            self.tr("Booked by"),
        )
        self._user_names: dict[int | None, str] = {}
        self.status_labels = {
            "scheduled": self.tr("Scheduled"), "confirmed": self.tr("Confirmed"),
            "completed": self.tr("Completed"), "no_show": self.tr("No-show"),
            "cancelled": self.tr("Cancelled"), "rescheduled": self.tr("Rescheduled"),
        }

    def set_filter(self, flt: ListFilter) -> None:
        self.set_query(flt)

    def appointment_id(self, row: int) -> int | None:
        return self.row_id(row)

    def _fetch_page(self, query: ListFilter, after: tuple[object, ...] | None,
                    limit: int) -> list[ListRow]:
        if after is None:  # a new first page: names may have changed (a team is a few rows)
            self._user_names = user_names_with_unrecorded()
        return list_page(query, after, limit)

    def _cells(self, r: ListRow) -> tuple[str, ...]:
        start = datetime.fromtimestamp(r.starts_at)
        minutes = (r.ends_at - r.starts_at) // 60
        return (day_text(start, "ddd yyyy-MM-dd HH:mm"),
                self.tr("%1 min").replace("%1", str(minutes)),
                r.rep_name, r.customer, r.company, self.status_labels.get(r.status, r.status),
                r.purpose, r.location, self._user_names.get(r.user_id, ""))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == COL_LENGTH:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)
