"""Winning a sale: a draft accepted on the spot, the contact a customer at once, and the
product's description on the printed quote."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from app.db.connection import db
from app.services.catalogue import ProductInput, save_product
from app.services.contact_types import ContactInput
from app.services.contacts import create_contact, get_contact
from app.services.errors import ValidationError
from app.services.quote_types import QuoteLineInput
from app.services.quotes import get_quote, line_from_product, new_quote_input, save_quote
from app.services.quotes import set_status as set_quote_status
from app.ui.main_window import TAB_QUOTES

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _draft(contact_id: int, lines: list[QuoteLineInput] | None = None) -> int:
    data = new_quote_input(contact_id)
    data.lines = lines or [QuoteLineInput("Site survey", D(1), 150000, 1800)]
    return save_quote(data)


def test_a_draft_is_accepted_directly_and_the_lead_becomes_a_customer(
        qtbot, main_window) -> None:
    cid = create_contact(ContactInput(first_name="Priya", status="lead")).contact_id
    quote_id = _draft(cid)
    main_window.contacts.refresh()
    main_window.tabs.setCurrentIndex(TAB_QUOTES)
    tab = main_window.quotes
    tab.table.selectRow(0)
    assert tab.selected_quote_id() == quote_id
    qtbot.keyClick(tab.table, Qt.Key.Key_A, CTRL_SHIFT)  # Quotes ▸ Mark accepted
    assert get_quote(quote_id).status == "accepted"
    sent_at = db.execute_sql("SELECT sent_at FROM quote WHERE id=?", (quote_id,)).fetchone()[0]
    assert sent_at  # accepting a draft implies it was sent
    assert get_contact(cid).status == "customer"
    from app.ui.contact_table_model import COL_STATUS

    assert main_window.contacts.model.index(0, COL_STATUS).data() == "Customer"


def test_accepting_and_the_customer_status_are_one_transaction(db_path, monkeypatch) -> None:
    cid = create_contact(ContactInput(first_name="Priya")).contact_id
    quote_id = _draft(cid)
    real = db.obj.execute_sql

    def failing(sql, params=None, *args, **kwargs):
        if sql.startswith("UPDATE contact SET status"):
            raise RuntimeError("disk went away")
        return real(sql, params, *args, **kwargs)

    monkeypatch.setattr(db.obj, "execute_sql", failing)
    with pytest.raises(RuntimeError):
        set_quote_status(quote_id, "accepted")
    monkeypatch.undo()
    assert get_quote(quote_id).status == "draft" and get_contact(cid).status == "lead"


def test_an_expired_draft_cannot_be_accepted(db_path) -> None:
    cid = create_contact(ContactInput(first_name="Priya")).contact_id
    quote_id = _draft(cid)
    valid_until = get_quote(quote_id).data.valid_until
    with pytest.raises(ValidationError, match="expired"):
        set_quote_status(quote_id, "accepted", today=date.fromordinal(valid_until.toordinal()
                                                                      + 1))
    assert get_contact(cid).status == "lead"


def test_the_product_description_is_printed_under_the_line_name(
        qtbot, main_window, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr("app.ui.desktop_launch.QDesktopServices.openUrl", lambda url: True)
    ac_id = save_product(ProductInput("AC-15", "Split AC 1.5 t", "Inverter, 5-star, copper "
                                      "coil, with stand", "pc", 4299000, 2800))
    from app.services.catalogue import get_product

    cid = create_contact(ContactInput(first_name="Priya")).contact_id
    quote_id = _draft(cid, [line_from_product(get_product(ac_id)),
                            QuoteLineInput("Site survey", D(1), 150000, 1800)])
    target = tmp_path / "q.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "PDF files (*.pdf)")))
    main_window.quotes.print_quote(quote_id)
    text = "".join(p.extract_text() for p in pypdf.PdfReader(target).pages)
    lines = [ln.strip() for ln in text.splitlines()]
    name_at = next(i for i, ln in enumerate(lines) if "Split AC 1.5 t" in ln)
    # The row's other cells come first in the text; the description is the next row, under it.
    assert "Inverter, 5-star, copper coil, with stand" in " ".join(lines[name_at:name_at + 7])
    assert text.count("Inverter") == 1  # only under its own line
