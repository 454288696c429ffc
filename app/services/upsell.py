"""The upsell list: customers who bought a product but not one of its add-ons, to browse
page by page or to call as a queue."""

from __future__ import annotations

from app.db.connection import db
from app.db.upsell_list import UpsellRow, fetch_upsell
from app.services.call_types import QueueFilter
from app.services.catalogue import ProductInfo, addons_of, list_products
from app.services.errors import ValidationError

PAGE = 200


def check_pair(bought_id: int, addon_id: int) -> None:
    """Refuse a pair the list cannot mean, naming the field."""
    for field, product_id in (("Bought", bought_id), ("Add-on", addon_id)):
        found = db.execute_sql("SELECT 1 FROM product WHERE id=?", (product_id,)).fetchone()
        if found is None:
            raise ValidationError(field, f"product {product_id} does not exist")
    if bought_id == addon_id:
        raise ValidationError("Add-on", "choose a product other than the one bought")


def products_with_addons() -> list[ProductInfo]:
    """Products that have add-ons, in catalogue order: the "bought" side of the list."""
    ids = {int(r[0]) for r in db.execute_sql(
        "SELECT DISTINCT product_id FROM product_addon").fetchall()}
    return [p for p in list_products() if p.id in ids]


def addon_choices(bought_id: int) -> list[ProductInfo]:
    """The add-ons of the product, offered as the "but not" side of the list."""
    return addons_of(bought_id)


def upsell_page(bought_id: int, addon_id: int, after: tuple[object, ...] | None = None,
                limit: int = PAGE) -> list[UpsellRow]:
    """Customers (accepted quotes) with *bought_id* and without *addon_id*, by name."""
    check_pair(bought_id, addon_id)
    return fetch_upsell(bought_id, addon_id, after, limit)


def upsell_queue_filter(bought_id: int, addon_id: int) -> QueueFilter:
    """A call-queue filter for the same people (any status; do-not-call skipped as always)."""
    check_pair(bought_id, addon_id)
    return QueueFilter(bought_product_id=bought_id, lacks_product_id=addon_id)
