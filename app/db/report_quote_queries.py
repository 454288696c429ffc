"""Quote and upsell report figures: one aggregate query each, driven by the period's index
(quote_report_issued, quote_report_decided: covering) and then quote_line_report, product_addon's
key and quote_contact_decided. Status and product conditions are kept off their own indexes
(``unindexed``), which would otherwise read every accepted quote or add-on line ever."""

from __future__ import annotations

from dataclasses import dataclass

from app.db.connection import db
from app.db.dialect import unindexed
from app.db.report_queries import Scope, accepted, contact_filter, seller_filter, where_quotes


@dataclass(frozen=True)
class StatusRow:
    status: str  # stored status, or "expired" for a sent quote past its validity
    currency: str
    count: int
    total_minor: int


def pipeline(scope: Scope, first_day: str, end_day: str, today: str) -> list[StatusRow]:
    """Quotes issued on [first_day, end_day) by the status shown for them; revised quotes
    are left out (their revision stands for them)."""
    seller, sp = seller_filter(scope, "q")
    contact, cp = contact_filter(scope, "q.contact_id")
    rows = db.execute_sql(
        "SELECT CASE WHEN q.status = 'sent' AND q.valid_until < ? THEN 'expired' "
        "ELSE q.status END, q.currency, count(*), sum(q.total_minor) FROM quote q "
        f"WHERE q.issued_on >= ? AND q.issued_on < ? AND q.status <> 'revised'{seller}{contact} "
        "GROUP BY 1, 2 ORDER BY 1, 2", (today, first_day, end_day, *sp, *cp)).fetchall()
    return [StatusRow(str(r[0]), str(r[1]), int(r[2]), int(r[3])) for r in rows]


@dataclass(frozen=True)
class Decisions:
    won: int
    lost: int
    won_with_sent: int  # won quotes that carry a sent time (days to win is over these)
    seconds_to_win: int  # summed over those


def decisions(scope: Scope) -> Decisions:
    decided, params = where_quotes(scope, "decided_at")
    row = db.execute_sql(
        "SELECT coalesce(sum(CASE WHEN q.status = 'accepted' THEN 1 ELSE 0 END), 0), "
        "coalesce(sum(CASE WHEN q.status = 'declined' THEN 1 ELSE 0 END), 0), "
        "coalesce(sum(CASE WHEN q.status = 'accepted' AND q.sent_at IS NOT NULL "
        "THEN 1 ELSE 0 END), 0), "
        "coalesce(sum(CASE WHEN q.status = 'accepted' AND q.sent_at IS NOT NULL "
        "THEN q.decided_at - q.sent_at ELSE 0 END), 0) "
        f"FROM quote q WHERE {decided} AND {unindexed('q.status')} IN ('accepted', 'declined')",
        params).fetchone()
    return Decisions(*(int(v) for v in row))


@dataclass(frozen=True)
class ProductRevenue:
    product_id: int | None
    name: str
    currency: str
    lines: int
    total_minor: int


def product_revenue(scope: Scope, limit: int = 12) -> list[ProductRevenue]:
    """Line totals (before a quote-wide discount) of quotes accepted in the period, per
    product, biggest first; optional lines not taken are left out."""
    won, params = where_quotes(scope, "decided_at")
    rows = db.execute_sql(
        "SELECT l.product_id, coalesce(p.name, ''), q.currency, count(*), "
        "sum(l.line_total_minor) FROM quote q JOIN quote_line l ON l.quote_id = q.id "
        f"LEFT JOIN product p ON p.id = l.product_id WHERE {won} AND {accepted()} "
        "AND l.optional = 0 GROUP BY l.product_id, p.name, q.currency ORDER BY 5 DESC, 1 "
        "LIMIT ?", (*params, limit)).fetchall()
    return [ProductRevenue(None if r[0] is None else int(r[0]), str(r[1]), str(r[2]),
                           int(r[3]), int(r[4])) for r in rows]


@dataclass(frozen=True)
class Attach:
    eligible: int  # accepted quotes with a product that has add-ons
    attached: int  # of those, quotes that also carry one of that product's add-ons


# A line of the quote is an add-on of this line's product.
_HAS_ADDON = ("EXISTS (SELECT 1 FROM quote_line m JOIN product_addon pa "
              "ON pa.addon_id = m.product_id WHERE m.quote_id = q.id "
              "AND pa.product_id = l.product_id)")


def attach_rate(scope: Scope) -> Attach:
    won, params = where_quotes(scope, "decided_at")
    row = db.execute_sql(
        "SELECT count(*), coalesce(sum(x.attached), 0) FROM (SELECT q.id, "
        f"max(CASE WHEN {_HAS_ADDON} THEN 1 ELSE 0 END) AS attached FROM quote q "
        f"JOIN quote_line l ON l.quote_id = q.id WHERE {won} AND {accepted()} "
        f"AND {unindexed('l.product_id')} IN (SELECT product_id FROM product_addon) "
        "GROUP BY q.id) AS x",
        params).fetchone()
    return Attach(int(row[0]), int(row[1]))


def addon_revenue_existing(scope: Scope) -> list[tuple[str, int, int]]:
    """(currency, lines, total minor) of add-on lines on quotes accepted in the period by
    contacts who had accepted an earlier quote (existing customers)."""
    won, params = where_quotes(scope, "decided_at")
    rows = db.execute_sql(
        "SELECT q.currency, count(*), sum(l.line_total_minor) FROM quote q "
        f"JOIN quote_line l ON l.quote_id = q.id WHERE {won} AND {accepted()} "
        f"AND l.optional = 0 AND {unindexed('l.product_id')} IN "
        "(SELECT addon_id FROM product_addon) "
        "AND EXISTS (SELECT 1 FROM quote e WHERE e.contact_id = q.contact_id "
        "AND e.status = 'accepted' AND e.decided_at < q.decided_at) "
        "GROUP BY q.currency ORDER BY 3 DESC", params).fetchall()
    return [(str(r[0]), int(r[1]), int(r[2])) for r in rows]
