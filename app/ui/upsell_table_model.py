"""Lazy table model of the upsell list: customers who bought a product but not its add-on,
a page at a time by keyset; ``data()`` never queries."""

from __future__ import annotations

from dataclasses import dataclass

from app.db.upsell_list import UpsellRow
from app.services.contact_types import display_name
from app.services.phones import format_for_display
from app.services.upsell import upsell_page
from app.ui.keyset_table_model import KeysetTableModel
from app.ui.local_time import minute_text

COL_NAME, COL_COMPANY, COL_PHONE, COL_CITY, COL_LAST = range(5)


@dataclass(frozen=True)
class UpsellQuery:
    bought_id: int = 0
    addon_id: int = 0


class UpsellTableModel(KeysetTableModel[UpsellQuery, UpsellRow]):
    def __init__(self, home_region: str, parent=None) -> None:
        super().__init__(UpsellQuery(), parent, exhausted=True)
        self._home_region = home_region
        self._headers = (self.tr("Customer"), self.tr("Company"), self.tr("Phone"),
                         self.tr("City"), self.tr("Last contacted"))

    def contact_id(self, row: int) -> int | None:
        return self.row_id(row)

    def _fetch_page(self, query: UpsellQuery, after: tuple[object, ...] | None,
                    limit: int) -> list[UpsellRow]:
        if not (query.bought_id and query.addon_id):
            return []
        return upsell_page(query.bought_id, query.addon_id, after, limit)

    def _cells(self, r: UpsellRow) -> tuple[str, ...]:
        phone = format_for_display(r.phone, self._home_region)
        if r.do_not_call:
            phone = self.tr("%s (do not call)") % phone
        return (display_name(r.first_name, r.last_name, r.company), r.company, phone, r.city,
                minute_text(r.last_contacted_at) if r.last_contacted_at else "")
