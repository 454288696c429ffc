"""Pasted text with a NUL, a control character or half a surrogate pair searches like the
text around it, in every search box; the list is never left half reset."""

from __future__ import annotations

import pytest

from app.db.contact_list import ContactQuery
from app.services.catalogue import ProductInput, save_product, search_products
from app.services.contact_types import ContactInput, PhoneInput
from app.services.contacts import create_contact
from app.services.inbound import match_inbound

PASTED = ["Sun\x00ita", "Sun\ud800ita", "Sunita\udc80", "\x00", "Sun\tita\x1b"]


def _names(tab) -> list[str]:
    model = tab.model
    return [model.cells(r)[0] for r in range(model.rowCount())]


@pytest.mark.parametrize("text", PASTED)
def test_contact_search_box_takes_pasted_junk(qtbot, main_window, text: str) -> None:
    create_contact(ContactInput(first_name="Sunita", last_name="Verma"))
    create_contact(ContactInput(first_name="Ravi", last_name="Shah"))
    tab = main_window.contacts
    tab.search.setText(text)
    tab.apply_filter()
    # The query the tab runs, with the text exactly as pasted (Qt may already drop a lone
    # surrogate from the box itself).
    tab.model.set_query(ContactQuery(text))
    expected = ["Ravi Shah", "Sunita Verma"] if text.strip("\x00") == "" else ["Sunita Verma"]
    if "\t" in text:
        expected = []  # "Sun ita": two words, neither a name
    assert _names(tab) == expected
    assert tab.model.rowCount() == len(expected)


def test_a_failing_query_leaves_a_whole_empty_model(qtbot, main_window,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    create_contact(ContactInput(first_name="Sunita"))
    model = main_window.contacts.model
    model.refresh()
    resets: list[str] = []
    model.modelReset.connect(lambda: resets.append("reset"))

    def broken(*_args):
        raise RuntimeError("query failed")

    monkeypatch.setattr(model, "_fetch_page", broken)
    with pytest.raises(RuntimeError):
        model.set_query(ContactQuery("Sun"))
    assert resets == ["reset"] and model.rowCount() == 0 and not model.canFetchMore()


@pytest.mark.parametrize("text", ["Wid\x00get", "Wid\ud800get", "Widget\udfff"])
def test_product_search_takes_pasted_junk(db_path: str, text: str) -> None:
    save_product(ProductInput(sku="W-1", name="Widget", unit_price_minor=1000))
    assert [p.name for p in search_products(text)] == ["Widget"]


@pytest.mark.parametrize("text", ["98765\x00 43210", "98765 43210\ud800"])
def test_incoming_call_lookup_takes_pasted_junk(db_path: str, text: str) -> None:
    cid = create_contact(ContactInput(first_name="Sunita",
                                      phones=[PhoneInput("098765 43210")])).contact_id
    found = match_inbound(text, "IN")
    assert [c.contact_id for c in found.exact + found.partial] == [cid]
