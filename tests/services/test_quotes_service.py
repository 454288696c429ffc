from __future__ import annotations

import threading
from datetime import date, timedelta
from decimal import Decimal as D

import pytest

from app.db.connection import db
from app.services.business import BusinessProfile, load_profile, save_profile
from app.services.catalogue import ProductInput, save_product, search_products
from app.services.contact_types import ContactInput
from app.services.contacts import create_contact
from app.services.errors import ValidationError
from app.services.quote_types import QuoteInput, QuoteLineInput
from app.services.quotes import (
    delete_quote,
    duplicate_quote,
    get_quote,
    new_quote_input,
    revise_quote,
    save_quote,
    set_status,
    suggest_addons,
    upsell_quote_input,
)

TODAY = date(2026, 3, 1)


def _contact(name: str = "Priya") -> int:
    return create_contact(ContactInput(first_name=name)).contact_id


def _quote(contact_id: int, price: int = 10000, **kw: object) -> QuoteInput:
    data = new_quote_input(contact_id, TODAY)
    data.lines = [QuoteLineInput("Widget", D(2), price, 1800, product_id=kw.get("product_id"))]  # type: ignore[arg-type]
    return data


def test_first_save_assigns_number_and_stores_totals(db_path: str) -> None:
    cid = _contact()
    first = get_quote(save_quote(_quote(cid)))
    second = get_quote(save_quote(_quote(cid)))
    assert (first.number, second.number) == ("Q-0001", "Q-0002")
    assert first.totals.total_minor == 23600
    row = db.execute_sql("SELECT subtotal_minor, tax_minor, total_minor FROM quote WHERE id=?",
                         (first.id,)).fetchone()
    assert tuple(row) == (20000, 3600, 23600)
    resaved = save_quote(_quote(cid, price=5000), first.id)
    assert get_quote(resaved).number == "Q-0001"
    assert get_quote(resaved).totals.total_minor == 11800


def test_failed_save_takes_no_number(db_path: str) -> None:
    cid = _contact()
    bad = _quote(cid)
    bad.lines[0].description = " "
    with pytest.raises(ValidationError, match="Line 1 description"):
        save_quote(bad)
    assert get_quote(save_quote(_quote(cid))).number == "Q-0001"


def test_prefix_and_next_number_from_profile_never_back(db_path: str) -> None:
    save_profile(BusinessProfile(quote_prefix="SD/", next_number=41))
    cid = _contact()
    assert get_quote(save_quote(_quote(cid))).number == "SD/0041"
    assert load_profile().next_number == 42
    with pytest.raises(ValidationError, match="Next number"):
        save_profile(BusinessProfile(quote_prefix="SD/", next_number=41))


def test_concurrent_saves_from_two_threads_never_share_a_number(db_path: str) -> None:
    cid = _contact()
    numbers: list[str] = []
    errors: list[BaseException] = []
    barrier = threading.Barrier(2)

    def worker() -> None:
        try:
            barrier.wait()
            for _ in range(15):
                numbers.append(get_quote(save_quote(_quote(cid))).number)
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)
        finally:
            db.close()  # this thread's own connection

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sorted(numbers) == [f"Q-{n:04d}" for n in range(1, 31)]


def test_status_flow_and_read_only_sent_quotes(db_path: str) -> None:
    cid = _contact()
    qid = save_quote(_quote(cid))
    with pytest.raises(ValidationError, match="draft and cannot become declined"):
        set_status(qid, "declined", TODAY)
    set_status(qid, "sent", TODAY)
    with pytest.raises(ValidationError, match="only a draft can be edited"):
        save_quote(_quote(cid), qid)
    set_status(qid, "accepted", TODAY)
    with pytest.raises(ValidationError, match="accepted and cannot become declined"):
        set_status(qid, "declined", TODAY)


def test_expired_is_computed_and_blocks_acceptance(db_path: str) -> None:
    cid = _contact()
    qid = save_quote(_quote(cid))
    set_status(qid, "sent", TODAY)
    later = TODAY + timedelta(days=31)
    assert get_quote(qid, TODAY).shown_status == "sent"
    assert get_quote(qid, later).shown_status == "expired"
    with pytest.raises(ValidationError, match="expired"):
        set_status(qid, "accepted", later)
    set_status(qid, "declined", later)


def test_revise_keeps_number_with_suffix(db_path: str) -> None:
    cid = _contact()
    qid = save_quote(_quote(cid))
    with pytest.raises(ValidationError, match="only a sent quote"):
        revise_quote(qid)
    set_status(qid, "sent", TODAY)
    r1 = revise_quote(qid)
    assert get_quote(qid).status == "revised"
    assert (get_quote(r1).number, get_quote(r1).status, get_quote(r1).parent_id) == (
        "Q-0001-R1", "draft", qid)
    set_status(r1, "sent", TODAY)
    assert get_quote(revise_quote(r1)).number == "Q-0001-R2"
    assert get_quote(save_quote(_quote(cid))).number == "Q-0002"


def test_duplicate_and_delete_voids(db_path: str) -> None:
    cid = _contact()
    qid = save_quote(_quote(cid))
    dup = get_quote(duplicate_quote(qid, TODAY))
    assert dup.number == "Q-0002" and dup.data.lines[0].description == "Widget"
    delete_quote(qid)
    assert get_quote(qid).status == "void"
    with pytest.raises(ValidationError):
        set_status(qid, "sent")
    assert get_quote(save_quote(_quote(cid))).number == "Q-0003"


def test_upsell_lists_addons_not_yet_bought(db_path: str) -> None:
    warranty = save_product(ProductInput("WAR", "Extended warranty", unit_price_minor=99900))
    stand = save_product(ProductInput("STD", "Wall stand", unit_price_minor=150000))
    ac = save_product(ProductInput("AC1", "Split AC 1.5 t", unit_price_minor=3500000,
                                   tax_rate_bp=2800, addon_ids=[warranty, stand]))
    cid, other = _contact(), _contact("Raj")
    assert suggest_addons(cid) == []
    qid = save_quote(_quote(cid, product_id=ac))
    bought_stand = _quote(cid, product_id=stand)
    sid = save_quote(bought_stand)
    assert suggest_addons(cid) == []  # nothing accepted yet
    for q in (qid, sid):
        set_status(q, "sent", TODAY)
        set_status(q, "accepted", TODAY)
    assert [p.sku for p in suggest_addons(cid)] == ["WAR"]
    assert suggest_addons(other) == []
    upsell = upsell_quote_input(cid, TODAY)
    assert [(ln.description, ln.unit_price_minor, ln.optional) for ln in upsell.lines] == [
        ("Extended warranty", 99900, False)]


def test_catalogue_search_by_sku_and_name(db_path: str) -> None:
    save_product(ProductInput("AC-15", "Split AC 1.5 t"))
    save_product(ProductInput("FAN-1", "Ceiling fan"))
    save_product(ProductInput("OLD", "Old fan", active=False))
    assert [p.sku for p in search_products("ac")] == ["AC-15"]
    assert [p.sku for p in search_products("fan")] == ["FAN-1"]
    assert [p.sku for p in search_products("fan", include_inactive=True)] == ["FAN-1", "OLD"]
    with pytest.raises(ValidationError, match="SKU"):
        save_product(ProductInput("ac-15".upper(), "Clash"))


_WORKER = """
import sys
from datetime import date
from decimal import Decimal
from app.db.connection import open_database
from app.services.quote_types import QuoteLineInput
from app.services.quotes import new_quote_input, save_quote
open_database(sys.argv[1])
for _ in range(int(sys.argv[3])):
    data = new_quote_input(int(sys.argv[2]), date(2026, 3, 1))
    data.lines = [QuoteLineInput("Widget", Decimal(1), 100, 0)]
    save_quote(data)
"""


def test_concurrent_saves_from_two_processes_never_share_a_number(db_path: str) -> None:
    import subprocess
    import sys
    from pathlib import Path

    cid = _contact()
    root = Path(__file__).resolve().parents[2]
    procs = [subprocess.Popen([sys.executable, "-c", _WORKER, db_path, str(cid), "40"],
                              cwd=root, stderr=subprocess.PIPE) for _ in range(2)]
    errors = [p.communicate(timeout=60)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], errors
    numbers = [r[0] for r in db.execute_sql("SELECT number FROM quote ORDER BY seq")]
    assert numbers == [f"Q-{n:04d}" for n in range(1, 81)]


def test_an_empty_product_search_lists_active_products_by_name(db_path: str) -> None:
    from app.services.catalogue import ProductInput, save_product, search_products

    save_product(ProductInput(sku="B-1", name="Bolt", unit_price_minor=100))
    save_product(ProductInput(sku="A-1", name="Anchor", unit_price_minor=100, active=False))
    assert [p.name for p in search_products("")] == ["Bolt"]
    assert [p.name for p in search_products("", include_inactive=True)] == ["Anchor", "Bolt"]
