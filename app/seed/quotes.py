"""Seed products (with add-ons) and quotes in bulk: one transaction, executemany, explicit ids,
numbers taken from quote_sequence so later quotes continue the series without gaps."""

from __future__ import annotations

import random
import time
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from app.db import raw
from app.db.bulk import sync_id_sequences
from app.db.connection import db
from app.services.business import BusinessProfile, load_profile, uses_gst
from app.services.gst import OVERSEAS
from app.services.gst_supply import place_of_supply
from app.services.quote_totals import PERCENT, GstRules, LineAmounts, compute_totals

_KINDS = [
    ("AC", "Split AC", "pc", (2_800_000, 6_500_000), 2800),
    ("FAN", "Ceiling fan", "pc", (150_000, 600_000), 1800),
    ("INV", "Inverter", "pc", (700_000, 2_500_000), 1800),
    ("PUMP", "Water pump", "pc", (450_000, 1_800_000), 1800),
    ("CAB", "Copper cable", "m", (9_000, 40_000), 1800),
    ("SVC", "Installation service", "visit", (50_000, 300_000), 1800),
    ("AMC", "Annual maintenance contract", "year", (200_000, 900_000), 1800),
    ("WAR", "Extended warranty", "year", (99_900, 499_900), 1800),
    ("STB", "Voltage stabiliser", "pc", (250_000, 900_000), 1800),
    ("LED", "LED panel", "pc", (60_000, 250_000), 1200),
]
# HSN (goods) and SAC (services) codes of each kind, for Indian GST quotes
_HSN = {"AC": "8415", "FAN": "8414", "INV": "8504", "PUMP": "8413", "CAB": "8544",
        "SVC": "995461", "AMC": "998717", "WAR": "998717", "STB": "8504", "LED": "9405"}
_SIZES = ("Mini", "Standard", "Pro", "Max", "Eco", "Plus", "XL", "1.0", "1.5", "2.0")
_STATUSES = ("draft", "sent", "sent", "accepted", "accepted", "declined")
_QUOTE_SQL = (
    "INSERT INTO quote (id, number, prefix, seq, contact_id, status, issued_on, valid_until, "
    "currency, discount_kind, discount_value, subtotal_minor, discount_minor, tax_minor, "
    "total_minor, terms, created_at, updated_at, sent_at, decided_at) "
    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
_LINE_SQL = (
    "INSERT INTO quote_line (quote_id, position, product_id, description, quantity, unit, "
    "unit_price_minor, tax_rate_bp, optional, line_total_minor, hsn_code) "
    "VALUES (?,?,?,?,?,?,?,?,?,?,?)")
_BATCH = 20_000
Row = tuple[Any, ...]


def seed_products(count: int, seed: int = 1) -> int:
    """Add *count* products; about a third get one to three add-ons."""
    rng = random.Random(seed)
    now = int(time.time())
    conn = raw.connection()
    with db.atomic():
        start = int(db.execute_sql("SELECT coalesce(max(id), 0) + 1 FROM product")
                    .fetchone()[0])
        rows: list[Row] = []
        for pid in range(start, start + count):
            code, name, unit, (low, high), rate = rng.choice(_KINDS)
            size = rng.choice(_SIZES)
            price = rng.randrange(low, high) // 100 * 100
            rows.append((pid, f"{code}-{pid:05d}", f"{name} {size}", f"{name}, {size} model",
                         unit, price, rate, 1 if rng.random() > 0.05 else 0, now, _HSN[code]))
        conn.executemany(
            "INSERT INTO product (id, sku, name, description, unit, unit_price_minor, "
            "tax_rate_bp, active, created_at, hsn_code) VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
        ids = list(range(start, start + count))
        links: list[Row] = []
        for pid in ids:
            if len(ids) > 1 and rng.random() < 0.35:
                choices = rng.sample(ids, min(len(ids), 4))
                addons = [a for a in choices if a != pid][: rng.randrange(1, 4)]
                links.extend((pid, a, i) for i, a in enumerate(addons))
        conn.executemany(
            "INSERT INTO product_addon (product_id, addon_id, position) VALUES (?,?,?)", links)
        sync_id_sequences(("product",))
    return count


def _gst_rules(profile: BusinessProfile, treatment: str, state: str) -> GstRules | None:
    """The GST rules the quote service would apply, so stored totals are the shown ones."""
    if not (uses_gst() and profile.gstin):
        return None
    place = place_of_supply("", state, treatment, profile.state)
    return GstRules(treatment == OVERSEAS or place != profile.state, profile.round_to_rupee)


def seed_quotes(count: int, seed: int = 1, today: date | None = None) -> int:
    """Add *count* quotes (1-6 lines each) for random existing contacts and products."""
    rng = random.Random(seed)
    day = today or date.today()
    now = int(time.time())
    profile = load_profile()
    conn = raw.connection()
    with db.atomic():
        contacts = db.execute_sql("SELECT id, gst_treatment, gst_state FROM contact").fetchall()
        products = db.execute_sql(
            "SELECT id, name, unit, unit_price_minor, tax_rate_bp, hsn_code FROM product "
            "WHERE active=1"
        ).fetchall()
        if not contacts or not products or count <= 0:
            return 0
        prefix = profile.quote_prefix
        db.execute_sql("INSERT INTO quote_sequence (prefix, next_number) VALUES (?, 1) "
                       "ON CONFLICT (prefix) DO NOTHING", (prefix,))
        first_seq = int(db.execute_sql(
            "SELECT next_number FROM quote_sequence WHERE prefix=?", (prefix,)).fetchone()[0])
        start = int(db.execute_sql("SELECT coalesce(max(id), 0) + 1 FROM quote").fetchone()[0])
        quotes: list[Row] = []
        lines: list[Row] = []
        for offset in range(count):
            qid, seq = start + offset, first_seq + offset
            issued = day - timedelta(days=rng.randrange(0, 730))
            picked = [rng.choice(products) for _ in range(rng.randrange(1, 7))]
            amounts = [LineAmounts(Decimal(rng.randrange(1, 6)), p[3], p[4], hsn_code=p[5])
                       for p in picked]
            pct = Decimal(rng.choice((0, 0, 0, 5, 10)))
            status = rng.choice(_STATUSES)
            contact = rng.choice(contacts)  # drawn in the same order as before
            totals = compute_totals(amounts, PERCENT if pct else "", pct,
                                    _gst_rules(profile, contact[1], contact[2]))
            ts = int(time.mktime(issued.timetuple()))
            quotes.append((
                qid, f"{prefix}{seq:04d}", prefix, seq, contact[0], status,
                issued.isoformat(), (issued + timedelta(days=profile.validity_days)).isoformat(),
                profile.currency, PERCENT if pct else "", str(pct), totals.subtotal_minor,
                totals.discount_minor, totals.tax_minor, totals.total_minor, profile.terms,
                ts, ts, ts if status != "draft" else None,
                min(ts + rng.randrange(1, 30) * 86400, now) if status in ("accepted", "declined")
                else 0))
            lines.extend((qid, pos, p[0], p[1], str(a.quantity), p[2], p[3], p[4], 0, total,
                          p[5])
                          for pos, (p, a, total) in enumerate(
                              zip(picked, amounts, totals.line_totals, strict=True)))
            if len(quotes) >= _BATCH:
                conn.executemany(_QUOTE_SQL, quotes)
                conn.executemany(_LINE_SQL, lines)
                quotes.clear()
                lines.clear()
        conn.executemany(_QUOTE_SQL, quotes)
        conn.executemany(_LINE_SQL, lines)
        db.execute_sql("UPDATE quote_sequence SET next_number=? WHERE prefix=?",
                       (first_seq + count, prefix))
        sync_id_sequences(("quote", "quote_line"))
    return count
