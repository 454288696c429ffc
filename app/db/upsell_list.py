"""Customers who bought one product and not another (its add-on): the upsell list.

Both sides are one non-correlated set each, read once through index quote_line_product
(then quote by id): the buyers of the product, less the buyers of the add-on; pages by
keyset on (name_key, id). Plain SQL that SQLite and PostgreSQL both run.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.db.connection import db
from app.db.keyset import keyset_page

_KEY = ("name_key", "id")

# One accepted, non-optional line of product ? on a quote of the contact.
_BOUGHT = ("SELECT q.contact_id FROM quote_line l JOIN quote q ON q.id = l.quote_id "
           "WHERE l.product_id = ? AND l.optional = 0 AND q.status = 'accepted'")


@dataclass(frozen=True)
class UpsellRow:
    id: int
    first_name: str
    last_name: str
    company: str
    phone: str
    city: str
    last_contacted_at: int
    name_key: str
    do_not_call: bool

    @property
    def key(self) -> tuple[object, ...]:
        return (self.name_key, self.id)


def upsell_conditions(bought_id: int, lacking_id: int, table: str = "contact"
                      ) -> tuple[list[str], list[object]]:
    """WHERE parts (over *table*) for "bought *bought_id*, has not bought *lacking_id*"."""
    return ([f"{table}.id IN ({_BOUGHT})", f"{table}.id NOT IN ({_BOUGHT})"],
            [bought_id, lacking_id])


def fetch_upsell(bought_id: int, lacking_id: int, after: tuple[object, ...] | None,
                 limit: int) -> list[UpsellRow]:
    where, params = upsell_conditions(bought_id, lacking_id)
    select = ("SELECT id, first_name, last_name, company, primary_phone, city, "
              "last_contacted_at, name_key, do_not_call FROM contact")
    sql, values = keyset_page(select, where, params, _KEY, False, after, limit)
    return [UpsellRow(int(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]), str(r[5]),
                      int(r[6] or 0), str(r[7]), bool(r[8]))
            for r in db.execute_sql(sql, values).fetchall()]
