"""Absurd amounts in a quote are refused naming the field, in the editor and in the service,
and nothing is written; the editor's totals never go stale behind an exception."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.db.connection import db
from app.services.contact_types import ContactInput
from app.services.contacts import create_contact
from app.services.errors import ValidationError
from app.services.quote_types import QuoteLineInput
from app.services.quotes import new_quote_input, save_quote
from app.ui.quote_editor_dialog import QuoteEditorDialog
from app.ui.quote_lines_table import COL_PRICE, COL_QTY, COL_TAX


@pytest.fixture(autouse=True)
def _no_question_on_close(monkeypatch: pytest.MonkeyPatch) -> None:
    """An editor a failed test leaves with changes closes without waiting on a question."""
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Discard))


def _editor(qtbot, main_window) -> QuoteEditorDialog:
    cid = create_contact(ContactInput(first_name="Priya")).contact_id
    dialog = QuoteEditorDialog(new_quote_input(cid), None, "en_IN", main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.lines.add_line(QuoteLineInput("Panel", D(1), 10000, 1800))
    return dialog


@pytest.mark.parametrize(("column", "text", "field"), [
    (COL_QTY, "99999999999999", "Line 1 quantity"),
    (COL_PRICE, "999999999999999", "Line 1 unit price"),
    (COL_QTY, "1000000", "Line 1 amount"),  # with the price below: ₹10¹⁵ for one line
    (COL_TAX, "1800000", "Line 1 tax rate"),
])
def test_the_editor_names_the_field_and_saves_nothing(qtbot, main_window, column: int,
                                                      text: str, field: str) -> None:
    dialog = _editor(qtbot, main_window)
    if field == "Line 1 amount":
        dialog.lines.item(0, COL_PRICE).setText("999999999")
    dialog.lines.item(0, column).setText(text)  # a slot recomputes the totals
    assert field in dialog.totals.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and field in dialog.error.text()
    assert db.execute_sql("SELECT count(*) FROM quote").fetchone()[0] == 0
    # Put right, the totals follow again.
    dialog.lines.item(0, COL_QTY).setText("2")
    dialog.lines.item(0, COL_PRICE).setText("100")
    dialog.lines.item(0, COL_TAX).setText("18")
    assert "236.00" in dialog.totals.text()


def _line(**kw: object) -> QuoteLineInput:
    values: dict[str, object] = {"quantity": D(1), "unit_price_minor": 10000,
                                 "tax_rate_bp": 1800}
    values.update(kw)
    return QuoteLineInput("Panel", **values)  # type: ignore[arg-type]


@pytest.mark.parametrize(("line", "field"), [
    (_line(quantity=D("NaN")), "Line 1 quantity"),
    (_line(quantity=D("Infinity")), "Line 1 quantity"),
    (_line(quantity=D("1e30")), "Line 1 quantity"),
    (_line(quantity=D(10**9), unit_price_minor=10**11), "Line 1 quantity"),  # ₹10⁹ × 10⁹
    (_line(quantity=D(1000), unit_price_minor=10**12), "Line 1 amount"),
    (_line(unit_price_minor=10**18), "Line 1 unit price"),
    (_line(tax_rate_bp=10**9), "Line 1 tax rate"),
    (_line(tax_rate_bp=-5), "Line 1 tax rate"),
    (_line(discount_kind="pct", discount_value=D("NaN")), "Line 1 discount"),
    (_line(product_id=424242), "Line 1 product"),
])
def test_save_quote_refuses_naming_the_field(db_path: str, line: QuoteLineInput,
                                             field: str) -> None:
    cid = create_contact(ContactInput(first_name="Priya")).contact_id
    data = new_quote_input(cid, date(2026, 3, 1))
    data.lines = [line]
    with pytest.raises(ValidationError) as caught:
        save_quote(data)
    assert caught.value.field == field
    assert db.execute_sql("SELECT count(*) FROM quote").fetchone()[0] == 0
    assert db.execute_sql("SELECT next_number FROM quote_sequence").fetchall() in ([], [(1,)])


def test_many_large_lines_cannot_add_up_past_the_maximum(db_path: str) -> None:
    cid = create_contact(ContactInput(first_name="Priya")).contact_id
    data = new_quote_input(cid, date(2026, 3, 1))
    data.lines = [_line(quantity=D(1000), unit_price_minor=9 * 10**10, tax_rate_bp=0)
                  for _ in range(3)]
    with pytest.raises(ValidationError, match="Subtotal"):
        save_quote(data)
