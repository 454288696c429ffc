"""The product catalogue: products and services with their add-ons (the upsell list)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from app.db import raw
from app.db.connection import db
from app.db.fields import utc_now
from app.db.raw import contains_pattern, insert_id
from app.db.search_text import clean_search_text
from app.services.errors import NotFoundError, ValidationError
from app.services.gst import check_hsn

SEARCH_LIMIT = 50
_COLUMNS = "id, sku, name, description, unit, unit_price_minor, tax_rate_bp, active, hsn_code"


@dataclass(frozen=True)
class ProductInput:
    sku: str
    name: str
    description: str = ""
    unit: str = ""
    unit_price_minor: int = 0
    tax_rate_bp: int = 0
    active: bool = True
    addon_ids: list[int] = field(default_factory=list)
    hsn_code: str = ""  # HSN (goods) or SAC (services) code, for Indian GST


@dataclass(frozen=True)
class ProductInfo:
    id: int
    sku: str
    name: str
    description: str
    unit: str
    unit_price_minor: int
    tax_rate_bp: int
    active: bool
    hsn_code: str = ""


def _info(row: Sequence[object]) -> ProductInfo:
    return ProductInfo(int(str(row[0])), str(row[1]), str(row[2]), str(row[3]), str(row[4]),
                       int(str(row[5])), int(str(row[6])), bool(row[7]), str(row[8]))


def _validate(data: ProductInput, product_id: int | None) -> ProductInput:
    sku, name = data.sku.strip(), data.name.strip()
    if not sku:
        raise ValidationError("SKU", "enter a SKU (a short code for the product)")
    if not name:
        raise ValidationError("Name", "enter a name")
    if data.unit_price_minor < 0:
        raise ValidationError("Unit price", "must not be negative")
    if not 0 <= data.tax_rate_bp <= 10_000:
        raise ValidationError("Tax rate", "must be between 0 and 100%")
    clash = db.execute_sql("SELECT id FROM product WHERE sku = ?", (sku,)).fetchone()
    if clash and clash[0] != product_id:
        raise ValidationError("SKU", f"{sku} is already used by another product")
    if product_id is not None and product_id in data.addon_ids:
        raise ValidationError("Add-ons", "a product cannot be its own add-on")
    return ProductInput(sku, name, data.description.strip(), data.unit.strip(),
                        data.unit_price_minor, data.tax_rate_bp, data.active,
                        list(dict.fromkeys(data.addon_ids)), check_hsn(data.hsn_code))


def save_product(data: ProductInput, product_id: int | None = None) -> int:
    """Create (product_id None) or update a product with its add-on list, in one transaction."""
    with db.atomic():
        clean = _validate(data, product_id)
        values = (clean.sku, clean.name, clean.description, clean.unit,
                  clean.unit_price_minor, clean.tax_rate_bp, int(clean.active), clean.hsn_code)
        if product_id is None:
            product_id = insert_id(
                "INSERT INTO product (sku, name, description, unit, unit_price_minor, "
                "tax_rate_bp, active, hsn_code, created_at) VALUES (?,?,?,?,?,?,?,?,?)",
                (*values, int(utc_now().timestamp())))
        else:
            cursor = db.execute_sql(
                "UPDATE product SET sku=?, name=?, description=?, unit=?, unit_price_minor=?, "
                "tax_rate_bp=?, active=?, hsn_code=? WHERE id=?", (*values, product_id))
            if cursor.rowcount == 0:
                raise NotFoundError(f"product {product_id}")
        for addon_id in clean.addon_ids:
            if db.execute_sql("SELECT 1 FROM product WHERE id=?", (addon_id,)).fetchone() is None:
                raise ValidationError("Add-ons", f"product {addon_id} no longer exists")
        db.execute_sql("DELETE FROM product_addon WHERE product_id=?", (product_id,))
        raw.connection().executemany(
            "INSERT INTO product_addon (product_id, addon_id, position) VALUES (?,?,?)",
            [(product_id, a, i) for i, a in enumerate(clean.addon_ids)])
    return product_id


def get_product(product_id: int) -> ProductInfo:
    row = db.execute_sql(f"SELECT {_COLUMNS} FROM product WHERE id=?", (product_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"product {product_id}")
    return _info(row)


def addons_of(product_id: int, active_only: bool = True) -> list[ProductInfo]:
    """The add-ons offered with a product, in their listed order."""
    active = "AND p.active = 1" if active_only else ""
    rows = db.execute_sql(
        f"SELECT {', '.join('p.' + c.strip() for c in _COLUMNS.split(','))} "
        f"FROM product_addon a JOIN product p ON p.id = a.addon_id "
        f"WHERE a.product_id = ? {active} ORDER BY a.position, p.name", (product_id,))
    return [_info(r) for r in rows.fetchall()]


def search_products(text: str, limit: int = SEARCH_LIMIT, include_inactive: bool = False
                    ) -> list[ProductInfo]:
    """Products whose SKU or name starts with *text* (index range scans on sku and name, in
    the usual capitalisations), then, if room is left, ones containing it, all LIMITed."""
    needle = clean_search_text(text).strip()
    active = "" if include_inactive else " AND active = 1"
    if not needle:
        rows = db.execute_sql(f"SELECT {_COLUMNS} FROM product WHERE 1 = 1{active} "
                              "ORDER BY name LIMIT ?", (limit,)).fetchall()
        return [_info(r) for r in rows]
    variants = list(dict.fromkeys((needle, needle.upper(), needle.lower(), needle.capitalize(),
                                   needle.title())))
    parts: list[str] = []
    params: list[object] = []
    for column in ("sku", "name"):
        for variant in variants:
            parts.append(f"SELECT {_COLUMNS} FROM product WHERE {column} >= ? AND {column} < ?"
                         f"{active}")
            params.extend((variant, variant + "\U0010ffff"))
    sql = " UNION ".join(parts) + " ORDER BY name, id LIMIT ?"
    found = [_info(r) for r in db.execute_sql(sql, (*params, limit)).fetchall()]
    if len(found) < limit:
        seen = {p.id for p in found}
        more = db.execute_sql(
            f"SELECT {_COLUMNS} FROM product WHERE (lower(name) LIKE ? ESCAPE '\\' OR "
            f"lower(sku) LIKE ? ESCAPE '\\'){active} LIMIT ?",
            (contains_pattern(needle), contains_pattern(needle), limit * 2)).fetchall()
        found.extend(p for p in map(_info, more) if p.id not in seen)
    return found[:limit]


def list_products(include_inactive: bool = True, limit: int = 5000) -> list[ProductInfo]:
    active = "" if include_inactive else "WHERE active = 1"
    rows = db.execute_sql(f"SELECT {_COLUMNS} FROM product {active} ORDER BY name, id LIMIT ?",
                          (limit,))
    return [_info(r) for r in rows.fetchall()]


def set_active(product_id: int, active: bool) -> None:
    with db.atomic():
        if db.execute_sql("UPDATE product SET active=? WHERE id=?",
                          (int(active), product_id)).rowcount == 0:
            raise NotFoundError(f"product {product_id}")


def product_ids_for_skus(text: str) -> list[int]:
    """'WAR-3Y, STAND-W' -> product ids, in order; names the first unknown SKU."""
    ids: list[int] = []
    for sku in (s.strip() for s in text.replace(";", ",").split(",")):
        if not sku:
            continue
        row = db.execute_sql("SELECT id FROM product WHERE sku = ?", (sku,)).fetchone()
        if row is None:
            raise ValidationError("Add-ons", f"no product has the SKU {sku}")
        ids.append(int(row[0]))
    return ids
