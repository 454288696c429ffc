"""Lazy table model of contacts: pages fetched by keyset as the view scrolls.

Rows arrive as plain tuples from one keyset query; ``data()`` never queries. The display text of
a row (names, a formatted phone number, a local date) is built the first time the view paints
that row and kept, so a search or a new page costs only the rows a person actually sees.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.db.contact_list import ContactQuery, ContactRow, fetch_contacts
from app.services.contact_types import display_name
from app.services.phones import format_for_display, is_assigned
from app.ui.keyset_table_model import PAGE_SIZE as PAGE_SIZE  # rows per page, re-exported
from app.ui.keyset_table_model import KeysetTableModel
from app.ui.local_time import minute_text

COL_NAME, COL_COMPANY, COL_PHONE, COL_EMAIL, COL_CITY, COL_STATUS, COL_LAST = range(7)
SORT_KEYS = ("name", "company", "phone", "email", "city", "status", "last_contacted")


class ContactTableModel(KeysetTableModel[ContactQuery, ContactRow]):
    def __init__(self, home_region: str, parent=None) -> None:
        super().__init__(ContactQuery(), parent)
        self._home_region = home_region
        self._headers = (
            self.tr("Name"), self.tr("Company"), self.tr("Phone"), self.tr("Email"),
            self.tr("City"), self.tr("Status"), self.tr("Last contacted"),
        )
        self._status_labels = {
            "lead": self.tr("Lead"), "prospect": self.tr("Prospect"),
            "customer": self.tr("Customer"), "inactive": self.tr("Inactive"),
        }

    def set_home_region(self, region: str) -> None:
        self._home_region = region
        self.refresh()

    def contact_id(self, row: int) -> int | None:
        return self.row_id(row)

    def _fetch_page(self, query: ContactQuery, after: tuple[object, ...] | None,
                    limit: int) -> list[ContactRow]:
        return fetch_contacts(query, after, limit)

    def _cells(self, r: ContactRow) -> tuple[str, ...]:
        last = minute_text(r.last_contacted_at) if r.last_contacted_at else ""
        phone = format_for_display(r.phone, self._home_region)
        if not is_assigned(r.phone):  # possible but not assigned: flagged, as on import
            phone = "⚠ " + phone
        email = f"⛔ {r.email}" if r.do_not_contact else r.email  # do not email
        return (
            display_name(r.first_name, r.last_name, r.company), r.company, phone, email, r.city,
            self._status_labels.get(r.status, r.status), last,
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        q = self._query
        self.set_query(ContactQuery(q.text, q.status, SORT_KEYS[column], descending))
