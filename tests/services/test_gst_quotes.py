"""GST on saved quotes: the business's and customer's GST identity, the place of supply
deciding CGST + SGST or IGST, HSN codes carried from the catalogue, rounding to the rupee."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal as D

import pytest

from app.db.connection import db
from app.services.business import load_profile, save_profile
from app.services.catalogue import ProductInput, get_product, save_product
from app.services.contact_types import ContactInput
from app.services.contacts import create_contact, get_contact, update_contact
from app.services.errors import ValidationError
from app.services.quote_types import QuoteLineInput
from app.services.quotes import get_quote, line_from_product, new_quote_input, save_quote
from app.services.settings import set_default_region

TODAY = date(2026, 3, 1)
SELLER = "27AAPFU0939F1ZV"  # Maharashtra
BUYER_KA = "29AAGCB7383J1Z4"  # Karnataka


def _indian_business(round_to_rupee: bool = False) -> None:
    set_default_region("IN")
    save_profile(replace(load_profile(), name="Sharma Traders", gstin=SELLER, state="",
                         round_to_rupee=round_to_rupee))


def _customer(**gst: str) -> int:
    return create_contact(ContactInput(company="Buyer", **gst)).contact_id  # type: ignore[arg-type]


def _pipe() -> int:
    row = db.execute_sql("SELECT id FROM product WHERE sku='PIPE-20'").fetchone()
    return int(row[0]) if row else save_product(ProductInput(
        "PIPE-20", "PVC pipe", unit_price_minor=33333, tax_rate_bp=1800, hsn_code="3917"))


def _quote_for(contact_id: int, place: str = "") -> int:
    product = get_product(_pipe())
    data = new_quote_input(contact_id, TODAY)
    data.place_of_supply = place
    data.lines = [replace(line_from_product(product), quantity=D(3)),
                  QuoteLineInput("Installation", D(1), 125050, 1200, hsn_code="998314")]
    return save_quote(data)


def test_business_gstin_and_state_are_kept_and_checked(db_path: str) -> None:
    _indian_business()
    profile = load_profile()
    assert (profile.gstin, profile.state) == (SELLER, "27")  # the state follows the GSTIN
    with pytest.raises(ValidationError) as err:
        save_profile(replace(profile, gstin=SELLER, state="29"))
    assert err.value.field == "GSTIN" and "not to 29 Karnataka" in err.value.message
    with pytest.raises(ValidationError) as err:
        save_profile(replace(profile, gstin="27AAPFU0939F1ZX"))
    assert "check character" in err.value.message
    assert load_profile().gstin == SELLER  # nothing half-saved


def test_contact_gst_identity_is_saved_and_checked(db_path: str) -> None:
    cid = _customer(gst_treatment="registered", gstin=BUYER_KA.lower())
    saved = get_contact(cid)
    assert (saved.gst_treatment, saved.gstin, saved.gst_state) == ("registered", BUYER_KA, "29")
    for fields, field in [({"gstin": "", "gst_state": ""}, "GSTIN"),
                          ({"gst_treatment": "consumer", "gstin": BUYER_KA}, "GSTIN"),
                          ({"gstin": BUYER_KA, "gst_state": "27"}, "GSTIN"),
                          ({"gst_state": "99"}, "State"),
                          ({"gst_treatment": "friend"}, "GST treatment")]:
        with pytest.raises(ValidationError) as err:
            update_contact(cid, replace(saved.to_input(), **fields))
        assert err.value.field == field
    assert get_contact(cid).gstin == BUYER_KA


def test_customer_in_the_same_state_pays_cgst_and_sgst(db_path: str) -> None:
    _indian_business()
    quote = get_quote(_quote_for(_customer(gst_treatment="consumer", gst_state="27")))
    assert quote.gst is not None and not quote.gst.interstate
    assert quote.gst.place_of_supply == "27"
    # 999.99 x 9% = 90.00 twice; 1,250.50 x 6% = 75.03 twice
    assert [(g.cgst_minor, g.sgst_minor, g.igst_minor) for g in quote.totals.gst_lines] == [
        (9000, 9000, 0), (7503, 7503, 0)]
    assert [line.hsn_code for line in quote.data.lines] == ["3917", "998314"]
    row = db.execute_sql("SELECT tax_minor, total_minor FROM quote WHERE id=?",
                         (quote.id,)).fetchone()
    assert tuple(int(v) for v in row) == (33006, 258055)


def test_customer_in_another_state_pays_igst(db_path: str) -> None:
    _indian_business()
    quote = get_quote(_quote_for(_customer(gst_treatment="registered", gstin=BUYER_KA)))
    assert quote.gst is not None and quote.gst.interstate
    assert (quote.gst.customer_gstin, quote.gst.business_gstin) == (BUYER_KA, SELLER)
    assert [g.igst_minor for g in quote.totals.gst_lines] == [18000, 15006]


def test_chosen_place_of_supply_overrides_the_customers_state(db_path: str) -> None:
    _indian_business()
    cid = _customer(gst_treatment="registered", gstin=BUYER_KA)
    quote = get_quote(_quote_for(cid, place="27"))  # delivered to the seller's own state
    assert quote.gst is not None and not quote.gst.interstate
    assert quote.data.place_of_supply == "27"
    with pytest.raises(ValidationError) as err:
        _quote_for(cid, place="61")
    assert err.value.field == "Place of supply"


def test_overseas_customer_pays_igst_and_walk_in_consumer_pays_local_tax(db_path: str) -> None:
    _indian_business()
    abroad = get_quote(_quote_for(_customer(gst_treatment="overseas")))
    assert abroad.gst is not None and abroad.gst.interstate
    assert abroad.gst.place_of_supply == ""
    local = get_quote(_quote_for(_customer(gst_treatment="consumer")))
    assert local.gst is not None and local.gst.place_of_supply == "27"
    assert not local.gst.interstate


def test_round_to_the_rupee_is_a_setting_and_the_total_keeps_the_round_off(db_path: str) -> None:
    _indian_business(round_to_rupee=True)
    quote = get_quote(_quote_for(_customer(gst_state="27")))
    assert quote.totals.round_off_minor == 45  # 2,580.55 -> 2,581.00
    assert quote.totals.total_minor == 258100


def test_a_business_outside_india_sees_no_gst(db_path: str) -> None:
    set_default_region("DE")
    quote = get_quote(_quote_for(_customer(gst_state="27")))
    assert quote.gst is None and quote.totals.gst_lines == []
    assert [t.rate_bp for t in quote.totals.taxes] == [1200, 1800]


def test_a_bad_hsn_code_on_a_line_is_refused_naming_the_line(db_path: str) -> None:
    _indian_business()
    data = new_quote_input(_customer(), TODAY)
    data.lines = [QuoteLineInput("Pipe", D(1), 100, 1800, hsn_code="39")]
    with pytest.raises(ValidationError) as err:
        save_quote(data)
    assert err.value.field == "Line 1 HSN/SAC"
    with pytest.raises(ValidationError) as err:
        save_product(ProductInput("X", "X", hsn_code="12A4"))
    assert err.value.field == "HSN/SAC"
