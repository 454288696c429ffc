"""The upsell list in SQL: who bought a product but not its add-on, paged by keyset, and the
same people as a call queue; the query walks indexes, never a whole table."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from app.db.upsell_list import fetch_upsell
from app.services.call_queue import filter_from_json, filter_to_json, next_lead
from app.services.catalogue import ProductInput, save_product
from app.services.contact_types import ContactInput, PhoneInput
from app.services.contacts import create_contact
from app.services.errors import ValidationError
from app.services.quote_types import QuoteLineInput
from app.services.quotes import new_quote_input, save_quote, set_status
from app.services.upsell import upsell_page, upsell_queue_filter
from tests.perf_guards.plans import full_scans, plan_of, recorded_sql


def products() -> tuple[int, int]:
    warranty = save_product(ProductInput("WAR-3Y", "Extended warranty", unit_price_minor=249900))
    ac = save_product(ProductInput("AC-15", "Split AC", unit_price_minor=4299000,
                                   addon_ids=[warranty]))
    return ac, warranty


def customer(name: str, product_ids: list[int], status: str = "accepted",
             optional: bool = False, number: str = "+91 98765 43210") -> int:
    cid = create_contact(ContactInput(first_name=name, phones=[PhoneInput(number)])).contact_id
    data = new_quote_input(cid)
    data.lines = [QuoteLineInput("x", D(1), 100, 0, optional=optional, product_id=p)
                  for p in product_ids]
    qid = save_quote(data)
    if status in ("sent", "accepted"):
        set_status(qid, "sent")
    if status == "accepted":
        set_status(qid, "accepted")
    return cid


def test_bought_but_not_the_addon_paged_by_name(db_path: str) -> None:
    ac, warranty = products()
    chitra = customer("Chitra", [ac])
    asha = customer("Asha", [ac])
    customer("Bela", [ac, warranty])  # has both
    customer("Dev", [ac], status="sent")  # not bought yet
    customer("Esha", [warranty])  # add-on only
    farah = customer("Farah", [ac, warranty], optional=True)  # only offered, as options
    first = upsell_page(ac, warranty, None, 2)
    assert [r.id for r in first] == [asha, chitra]
    rest = upsell_page(ac, warranty, first[-1].key, 2)
    assert rest == []  # Bela has both, Dev's quote is only sent, Farah's lines were options
    gita = customer("Gita", [ac])
    assert [r.id for r in upsell_page(ac, warranty, first[-1].key, 2)] == [gita]
    assert farah not in [r.id for r in upsell_page(ac, warranty)]


def test_the_pair_is_checked_naming_the_field(db_path: str) -> None:
    ac, _ = products()
    with pytest.raises(ValidationError, match="Add-on"):
        upsell_page(ac, 999)
    with pytest.raises(ValidationError, match="Add-on"):
        upsell_page(ac, ac)


@pytest.mark.sqlite_only  # reads SQLite's query plan; PostgreSQL runs the same SQL above
def test_the_upsell_query_uses_indexes(db_path: str) -> None:
    ac, warranty = products()
    customer("Asha", [ac])
    with recorded_sql() as statements:
        fetch_upsell(ac, warranty, ("asha", 0), 200)
    selects = [s for s in statements if "quote_line" in s]
    assert selects
    for sql in selects:
        plan = plan_of(sql)
        assert full_scans(plan) == [], plan
        assert any("quote_line_product" in line for line in plan), plan


def test_the_same_people_as_a_call_queue(db_path: str, monkeypatch) -> None:
    from datetime import UTC, datetime

    from app.services import clock

    monkeypatch.setattr(clock, "now", lambda: datetime(2026, 3, 10, 6, 0, tzinfo=UTC))
    ac, warranty = products()
    asha = customer("Asha", [ac])
    customer("Bela", [ac, warranty])
    f = upsell_queue_filter(ac, warranty)
    assert filter_from_json(filter_to_json(f)) == f  # kept in the saved queue
    step = next_lead(f)
    assert step.lead is not None and step.lead.contact_id == asha
    assert next_lead(f, step.cursor).lead is None
