"""Demo data a person can try CallDesk with, then remove with one command.

The demo is added only to a database without contacts. The id range each table's demo rows
took is kept in a setting (written before the rows, so even an interrupted load can be
removed), along with the business profile it replaced. Removing deletes exactly those rows
in one transaction; whatever was added by hand after the demo stays, and the business
profile goes back to what it was unless it has been changed since.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from app.db.connection import db
from app.db.contact_list import contact_count
from app.services.errors import ValidationError
from app.services.settings import default_region, get_setting, set_default_region, set_setting

RANGES_KEY = "demo.ranges"
BUSINESS_KEY = "demo.business_before"
DEMO_TAG = "demo"
# Tables whose rows the demo adds itself; calls, appointments, phones, emails and quote
# lines belong to a demo contact or quote and go with it.
TABLES = ("contact", "quote", "rep", "product", "saved_queue")


@dataclass(frozen=True)
class DemoRemoval:
    contacts: int
    quotes: int
    reps: int
    products: int


def has_demo() -> bool:
    return bool(get_setting(RANGES_KEY))


def _max_ids() -> dict[str, int]:
    return {table: int(db.execute_sql(f"SELECT coalesce(max(id), 0) FROM {table}")
                       .fetchone()[0]) for table in TABLES}


def add_demo() -> int:
    """Fill an empty database with the demo; returns the number of contacts added."""
    if has_demo():
        raise ValidationError("Demo data", "this database already has the demo data")
    if contact_count():
        raise ValidationError("Demo data", "demo data can only be added to a database "
                              "without contacts")
    before = _max_ids()
    business = {str(k): str(v) for k, v in db.execute_sql(
        "SELECT key, value FROM setting WHERE key LIKE 'business.%'")}
    with db.atomic():
        # Written first: an interrupted load still knows where its rows start.
        set_setting(RANGES_KEY, json.dumps({t: [before[t], None] for t in TABLES}))
        set_setting(BUSINESS_KEY, json.dumps(business))
    # The demo's hand-made numbers are typed the Indian way; once stored they are E.164 and
    # read the same under any home country.
    region = default_region()
    set_default_region("IN")
    try:
        from app.seed.demo import seed_demo  # the demo's tables of names: only when asked

        seed_demo()
    finally:
        set_default_region(region)
    after = _max_ids()
    with db.atomic():
        if business.get("business.name"):  # the owner's own letterhead wins over the demo's
            for key, value in business.items():
                set_setting(key, value)
        low, high = before["contact"], after["contact"]
        db.execute_sql(
            "UPDATE contact SET tags = CASE WHEN tags = '' THEN ? ELSE tags || ', ' || ? END "
            "WHERE id > ? AND id <= ?", (DEMO_TAG, DEMO_TAG, low, high))
        set_setting(RANGES_KEY, json.dumps({t: [before[t], after[t]] for t in TABLES}))
    return high - low


def _range(ranges: dict[str, list[int | None]], table: str) -> tuple[int, int]:
    low, high = ranges.get(table, [0, None])
    return int(low or 0), int(high) if high is not None else 2**62


def remove_demo() -> DemoRemoval:
    """Delete the demo rows, all in one transaction; nothing else is touched."""
    text = get_setting(RANGES_KEY)
    if not text:
        raise ValidationError("Demo data", "this database has no demo data")
    ranges = json.loads(text)
    tagged = ranges["contact"][1] is not None  # an interrupted load never got to the tags
    with db.atomic():
        low, high = _range(ranges, "quote")
        quotes = db.execute_sql("DELETE FROM quote WHERE id > ? AND id <= ?",
                                (low, high)).rowcount
        low, high = _range(ranges, "contact")
        # The tag guards against an id the database handed out again to a later contact
        # (after the demo contact with the highest id was deleted).
        contacts = db.execute_sql(
            "DELETE FROM contact WHERE id > ? AND id <= ? AND (? = 0 OR "
            "(', ' || tags || ',') LIKE ?)", (low, high, int(tagged), f"%, {DEMO_TAG},%")
        ).rowcount
        low, high = _range(ranges, "rep")
        reps = db.execute_sql(
            "DELETE FROM rep WHERE id > ? AND id <= ? AND NOT EXISTS "
            "(SELECT 1 FROM appointment WHERE appointment.rep_id = rep.id)", (low, high)).rowcount
        low, high = _range(ranges, "product")
        products = db.execute_sql(
            "DELETE FROM product WHERE id > ? AND id <= ? AND NOT EXISTS "
            "(SELECT 1 FROM quote_line WHERE quote_line.product_id = product.id)",
            (low, high)).rowcount
        low, high = _range(ranges, "saved_queue")
        db.execute_sql("DELETE FROM saved_queue WHERE id > ? AND id <= ?", (low, high))
        # Numbering starts again at 1 for a prefix that has no quotes left.
        db.execute_sql("DELETE FROM quote_sequence WHERE NOT EXISTS "
                       "(SELECT 1 FROM quote WHERE quote.prefix = quote_sequence.prefix)")
        _restore_business(json.loads(get_setting(BUSINESS_KEY) or "{}"))
        db.execute_sql("DELETE FROM setting WHERE key IN (?, ?)", (RANGES_KEY, BUSINESS_KEY))
    return DemoRemoval(contacts, quotes, reps, products)


def _restore_business(before: dict[str, str]) -> None:
    from app.seed.demo import DEMO_BUSINESS_NAME

    if get_setting("business.name") != DEMO_BUSINESS_NAME:
        return  # changed since the demo: it is the owner's now
    db.execute_sql("DELETE FROM setting WHERE key LIKE 'business.%'")
    for key, value in before.items():
        set_setting(key, value)
