"""Numbers are read the way the user's locale writes them: '1,5' is one and a half where the
comma is the decimal sign, and refused as ambiguous (never read as 15) where it is not."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal as D
from html import unescape

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.services.contact_types import ContactInput
from app.services.contacts import create_contact
from app.services.errors import ValidationError
from app.services.money import parse_decimal, parse_money
from app.services.quote_totals import parse_rate
from app.services.quote_types import QuoteLineInput
from app.services.quotes import get_quote, new_quote_input
from app.ui.quote_editor_dialog import QuoteEditorDialog
from app.ui.quote_lines_table import COL_DISC, COL_PRICE, COL_QTY, COL_TAX


@pytest.fixture()
def editors(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[QuoteEditorDialog]]:
    # Closing an editor left with changes (a failed test) must not wait on a question.
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Discard))
    made: list[QuoteEditorDialog] = []
    yield made


def _editor(qtbot, main_window, locale: str, made: list[QuoteEditorDialog]
            ) -> QuoteEditorDialog:
    cid = create_contact(ContactInput(first_name="Priya")).contact_id
    dialog = QuoteEditorDialog(new_quote_input(cid), None, locale, main_window)
    made.append(dialog)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.lines.add_line(QuoteLineInput("Cable", D(1), 10000, 1800))
    return dialog


@pytest.mark.parametrize(("column", "text", "field"), [
    (COL_QTY, "1,5", "Line 1 quantity"), (COL_PRICE, "2,50", "Line 1 unit price"),
    (COL_TAX, "12,5", "Line 1 tax rate"), (COL_DISC, "2,5%", "Line 1 discount"),
])
def test_a_decimal_comma_is_refused_where_the_point_is_the_decimal_sign(
        qtbot, main_window, editors, column: int, text: str, field: str) -> None:
    dialog = _editor(qtbot, main_window, "en_IN", editors)
    dialog.lines.item(0, column).setText(text)
    assert f"{field}: '{text.rstrip('%')}' is ambiguous" in unescape(dialog.totals.text())
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved_quote_id is None and field in dialog.error.text()


def test_a_decimal_comma_is_read_where_it_is_the_decimal_sign(qtbot, main_window,
                                                              editors) -> None:
    dialog = _editor(qtbot, main_window, "en_DE", editors)
    assert dialog.lines.item(0, COL_PRICE).text() == "100,00"  # shown the same way
    dialog.lines.item(0, COL_QTY).setText("1,5")
    dialog.lines.item(0, COL_PRICE).setText("2,50")
    dialog.lines.item(0, COL_TAX).setText("12,5")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved_quote_id is not None
    [line] = get_quote(dialog.saved_quote_id).data.lines
    assert (line.quantity, line.unit_price_minor, line.tax_rate_bp) == (D("1.5"), 250, 1250)


@pytest.mark.parametrize(("text", "locale", "value"), [
    ("1,23,456.50", "en_IN", D("123456.50")), ("1,234,567.5", "en_IN", D("1234567.5")),
    ("1,234", "en_US", D(1234)), ("1.234,5", "en_DE", D("1234.5")),
    ("12 345,6", "en_FR", D("12345.6")), ("0,5", "en_DE", D("0.5")),
])
def test_grouped_numbers_in_each_locale(text: str, locale: str, value: D) -> None:
    assert parse_decimal(text, "Quantity", locale=locale) == value


@pytest.mark.parametrize(("text", "locale"), [
    ("1,5", "en_US"), ("2,50", "en_IN"), ("1,2,3", "en_US"), ("1.5", "en_DE"),
    ("1.234,5", "en_US"), ("1,23,456", "en_US"),
])
def test_ambiguous_numbers_are_refused_naming_the_field(text: str, locale: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_money(text, "INR", "Unit price", locale=locale)
    assert caught.value.field == "Unit price"
    with pytest.raises(ValidationError):
        parse_rate(text, "Tax rate", locale)
