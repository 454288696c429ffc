"""The Indian demo business shows GST: its GSTIN and state, HSN/SAC codes, an intra-state and
an inter-state customer, and stored totals equal to the ones printed."""

from __future__ import annotations

from app.db.connection import db
from app.seed.demo import seed_demo
from app.services.business import load_profile
from app.services.quotes import get_quote
from app.services.settings import set_default_region


def test_demo_quotes_have_cgst_sgst_and_igst_customers(db_path: str) -> None:
    set_default_region("IN")
    seed_demo(generated=40)
    profile = load_profile()
    assert (profile.gstin, profile.state) == ("27ABCDE1234F1Z0", "27")
    ids = [int(r[0]) for r in db.execute_sql("SELECT id FROM quote ORDER BY id").fetchall()]
    sold, offer = get_quote(ids[0]), get_quote(ids[1])
    assert sold.gst is not None and not sold.gst.interstate  # Priya, Mumbai: CGST + SGST
    assert sold.gst.customer_gstin == "27AABCS1234R1Z2"
    assert offer.gst is not None and offer.gst.interstate  # Rajesh, Delhi: IGST
    assert offer.gst.place_of_supply == "07"
    assert all(line.hsn_code for line in sold.data.lines + offer.data.lines)
    no_code = db.execute_sql("SELECT count(*) FROM product WHERE hsn_code = ''").fetchone()[0]
    assert no_code == 0  # the bulk-made catalogue has codes too
    # every quote, the bulk-made ones too, stores the total it shows
    for quote_id in ids:
        stored = db.execute_sql("SELECT tax_minor, total_minor FROM quote WHERE id=?",
                                (quote_id,)).fetchone()
        totals = get_quote(quote_id).totals
        assert (int(stored[0]), int(stored[1])) == (totals.tax_minor, totals.total_minor), \
            quote_id
