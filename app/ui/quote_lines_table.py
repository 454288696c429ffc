"""The editable lines of a quote: description, (HSN/SAC,) quantity, unit, price, discount,
tax, optional.

Discount cells take "10%" for a percentage or "250" for an amount. Delete removes the current
line; Tab walks the cells. Parsing names the line and column of a bad value."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from app.services.money import format_amount, format_plain, parse_decimal, parse_money
from app.services.quote_totals import AMOUNT, NO_DISCOUNT, PERCENT, format_rate, parse_rate
from app.services.quote_types import QuoteLineInput

COL_DESC, COL_QTY, COL_UNIT, COL_PRICE, COL_DISC, COL_TAX, COL_OPT, COL_AMOUNT = range(8)
# The HSN/SAC code (Indian GST only) comes last in the model, shown after the description.
COL_HSN = 8
NUMBER_COLUMNS = (COL_QTY, COL_PRICE, COL_DISC, COL_TAX, COL_AMOUNT)  # right-aligned
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def discount_text(kind: str, value: Decimal, locale: str = "en") -> str:
    if kind == PERCENT and value:
        return f"{format_plain(value.normalize(), locale)}%"
    if kind == AMOUNT and value:
        return format_plain(value, locale)
    return ""


def parse_discount(text: str, field: str, locale: str = "en") -> tuple[str, Decimal]:
    cleaned = text.strip()
    if not cleaned:
        return NO_DISCOUNT, Decimal(0)
    if cleaned.endswith("%"):
        return PERCENT, parse_decimal(cleaned[:-1], field, locale=locale)
    return AMOUNT, parse_decimal(cleaned, field, locale=locale)


class QuoteLinesTable(QTableWidget):
    lines_changed = Signal()
    currency = "INR"  # set by the editor: prices are typed in this currency
    number_locale = "en"  # and numbers are typed the way this locale writes them

    def __init__(self, parent=None) -> None:
        super().__init__(0, 9, parent)
        self.setObjectName("quoteLines")
        self.setHorizontalHeaderLabels([
            self.tr("Description"), self.tr("Qty"), self.tr("Unit"), self.tr("Unit price"),
            self.tr("Discount"), self.tr("Tax %"), self.tr("Optional"), self.tr("Amount"),
            self.tr("HSN/SAC")])
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_DESC, QHeaderView.ResizeMode.Stretch)
        for column, width in ((COL_QTY, 60), (COL_UNIT, 56), (COL_PRICE, 96), (COL_DISC, 72),
                              (COL_TAX, 56), (COL_OPT, 64), (COL_AMOUNT, 110), (COL_HSN, 72)):
            self.setColumnWidth(column, width)
        header.moveSection(header.visualIndex(COL_HSN), COL_QTY)
        self.setColumnHidden(COL_HSN, True)  # shown by show_hsn() for Indian GST
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(26)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setTabKeyNavigation(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self._loading = False
        self.itemChanged.connect(self._on_item_changed)

    def _on_item_changed(self, _item: QTableWidgetItem) -> None:
        if not self._loading:
            self.lines_changed.emit()

    def set_lines(self, lines: list[QuoteLineInput]) -> None:
        self._loading = True
        self.setRowCount(0)
        for line in lines:
            self._add_row(line)
        self._loading = False
        self.lines_changed.emit()

    def add_line(self, line: QuoteLineInput) -> int:
        self._loading = True
        row = self._add_row(line)
        self._loading = False
        self.lines_changed.emit()
        return row

    def _add_row(self, line: QuoteLineInput) -> int:
        row = self.rowCount()
        self.insertRow(row)
        desc = QTableWidgetItem(line.description)
        desc.setData(Qt.ItemDataRole.UserRole, line.product_id)
        self.setItem(row, COL_DESC, desc)
        loc = self.number_locale
        self.setItem(row, COL_QTY, QTableWidgetItem(format_plain(line.quantity.normalize(), loc)))
        self.setItem(row, COL_UNIT, QTableWidgetItem(line.unit))
        self.setItem(row, COL_HSN, QTableWidgetItem(line.hsn_code))
        self.setItem(row, COL_PRICE, QTableWidgetItem(
            format_amount(line.unit_price_minor, self.currency, loc)))
        self.setItem(row, COL_DISC, QTableWidgetItem(
            discount_text(line.discount_kind, line.discount_value, loc)))
        self.setItem(row, COL_TAX, QTableWidgetItem(format_rate(line.tax_rate_bp, loc)))
        optional = QTableWidgetItem()
        optional.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
                          | Qt.ItemFlag.ItemIsSelectable)
        optional.setCheckState(Qt.CheckState.Checked if line.optional
                               else Qt.CheckState.Unchecked)
        self.setItem(row, COL_OPT, optional)
        amount = QTableWidgetItem("")
        amount.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.setItem(row, COL_AMOUNT, amount)
        for column in NUMBER_COLUMNS:
            cell = self.item(row, column)
            if cell is not None:
                cell.setTextAlignment(RIGHT)
        return row

    def show_hsn(self, shown: bool) -> None:
        self.setColumnHidden(COL_HSN, not shown)

    def _text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text() if item is not None else ""

    def lines(self) -> list[QuoteLineInput]:
        """The lines as typed; ValidationError names 'Line n <column>' for a bad cell."""
        result: list[QuoteLineInput] = []
        for row in range(self.rowCount()):
            label = f"Line {row + 1}"
            loc = self.number_locale
            kind, value = parse_discount(self._text(row, COL_DISC), f"{label} discount", loc)
            desc = self.item(row, COL_DESC)
            product = desc.data(Qt.ItemDataRole.UserRole) if desc is not None else None
            opt = self.item(row, COL_OPT)
            result.append(QuoteLineInput(
                description=self._text(row, COL_DESC).strip(),
                quantity=parse_decimal(self._text(row, COL_QTY) or "0", f"{label} quantity",
                                       locale=loc),
                unit_price_minor=parse_money(self._text(row, COL_PRICE), self.currency,
                                             f"{label} unit price", locale=loc),
                tax_rate_bp=parse_rate(self._text(row, COL_TAX), f"{label} tax rate", loc),
                discount_kind=kind, discount_value=value,
                optional=opt is not None and opt.checkState() == Qt.CheckState.Checked,
                unit=self._text(row, COL_UNIT).strip(),
                product_id=int(product) if product is not None else None,
                hsn_code=self._text(row, COL_HSN).strip()))
        return result

    def set_amounts(self, amounts: list[str]) -> None:
        self._loading = True
        for row, text in enumerate(amounts):
            item = self.item(row, COL_AMOUNT)
            if item is not None:
                item.setText(text)
        self._loading = False

    def remove_current(self) -> None:
        row = self.currentRow()
        if row >= 0:
            self.removeRow(row)
            self.lines_changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers if read_only
                             else QAbstractItemView.EditTrigger.AllEditTriggers)
        for row in range(self.rowCount()):
            opt = self.item(row, COL_OPT)
            if opt is not None and read_only:
                opt.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)

    def keyPressEvent(self, event) -> None:
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if (event.key() == Qt.Key.Key_Delete and ctrl
                and self.state() != QAbstractItemView.State.EditingState):
            self.remove_current()
            return
        super().keyPressEvent(event)
