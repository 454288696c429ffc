"""Catalogue: find, add and change products and services, and list each one's add-ons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from app.services.business import uses_gst
from app.services.catalogue import (
    ProductInfo,
    ProductInput,
    addons_of,
    product_ids_for_skus,
    save_product,
    search_products,
)
from app.services.errors import NotFoundError, ValidationError
from app.services.money import format_amount, format_money, parse_money
from app.services.quote_totals import format_rate, parse_rate
from app.ui.labelled_rows_editor import ERROR_STYLE
from app.ui.record_form_dialog import RecordFormDialog
from app.ui.typing_delay import after_typing


class ProductsDialog(RecordFormDialog):
    def __init__(self, currency: str, money_locale: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Products and services"))
        self.resize(900, 560)
        self._currency = currency
        self._locale = money_locale
        self._product_id: int | None = None
        self.search = QLineEdit()
        self.search.setObjectName("catalogueSearch")
        self.search.setPlaceholderText(self.tr("Find by name or SKU (Ctrl+F)"))
        self.show_inactive = QCheckBox(self.tr("Show &inactive"))
        self.list = QListWidget()
        self.list.setObjectName("catalogueList")
        self.sku, self.name, self.unit, self.price, self.tax = (QLineEdit() for _ in range(5))
        self.hsn = QLineEdit()
        self.hsn.setObjectName("hsnCode")
        self.hsn.setPlaceholderText(self.tr("4, 6 or 8 digits"))
        self.sku.setObjectName("productSku")
        self.name.setObjectName("productName")
        self.price.setObjectName("productPrice")
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(60)
        self.active = QCheckBox(self.tr("&Active (offered in quotes)"))
        self.addons = QLineEdit()
        self.addons.setObjectName("productAddons")
        self.addons.setPlaceholderText(self.tr("SKUs of add-ons, comma separated"))
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        new_button = QPushButton(self.tr("Ne&w product"))
        new_button.clicked.connect(self.new_product)
        save_button = QPushButton(self.tr("&Save product"))
        save_button.clicked.connect(self.save)
        for button in (new_button, save_button):
            button.setAutoDefault(False)
        save_button.setDefault(True)  # Enter in a field saves the product (as Ctrl+S does)
        save_button.setToolTip(self.tr("Save the product (Enter or Ctrl+S)"))
        new_button.setToolTip(self.tr("Clear the form for a new product (Ctrl+N)"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        close.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_product)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)

        form = QFormLayout()
        form.addRow(self.tr("S&KU"), self.sku)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Description"), self.description)
        form.addRow(self.tr("&Unit"), self.unit)
        form.addRow(self.tr("Unit &price (%s)") % currency, self.price)
        form.addRow(self.tr("&Tax rate (%)"), self.tax)
        form.addRow(self.tr("&HSN/SAC code"), self.hsn)
        form.setRowVisible(self.hsn, uses_gst())  # Indian GST only
        form.addRow(self.tr("Add-&ons"), self.addons)
        form.addRow("", self.active)
        row = QHBoxLayout()
        row.addWidget(new_button)
        row.addStretch(1)
        row.addWidget(save_button)
        form.addRow(row)
        form.addRow(self.error)
        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.show_inactive)
        left.addWidget(self.list, 1)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addStretch(1)  # fields stay together at the top instead of spreading apart
        body = QHBoxLayout()
        body.addLayout(left, 1)  # half the width: name, SKU and price of a product fit
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(close)

        self._timer = after_typing(self.search, self.refresh, self)
        self.show_inactive.toggled.connect(lambda _: self.refresh())
        self.list.currentItemChanged.connect(self._picked)
        self.refresh()
        self.new_product()

    def keyPressEvent(self, event) -> None:
        """Enter in the search field goes to the list, Enter on a product goes to its form;
        only Enter in the form saves."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.focusWidget() is self.search:
                self.refresh()
                self.list.setFocus()
                if self.list.currentRow() < 0 and self.list.count():
                    self.list.setCurrentRow(0)
                event.accept()
                return
            if self.focusWidget() is self.list:
                self.name.setFocus()
                self.name.selectAll()
                event.accept()
                return
        super().keyPressEvent(event)

    def refresh(self) -> None:
        self._timer.stop()
        self.list.clear()
        for p in search_products(self.search.text(), limit=500,
                                 include_inactive=self.show_inactive.isChecked()):
            price = format_money(p.unit_price_minor, self._currency, self._locale)
            text = f"{p.name}  ·  {p.sku}  ·  {price}"
            if not p.active:
                text += self.tr(" (inactive)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, p)
            self.list.addItem(item)

    def _form_state(self) -> tuple[object, ...]:
        return (self.sku.text(), self.name.text(), self.description.toPlainText(),
                self.unit.text(), self.price.text(), self.tax.text(), self.addons.text(),
                self.active.isChecked(), self.hsn.text())

    def _unsaved_message(self) -> str:
        return self.tr("This product has unsaved changes. Discard them?")

    def _picked(self, item: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if item is None:
            return
        if not self._may_leave():  # stay on the product being edited
            self.list.blockSignals(True)
            if previous is None:
                self.list.setCurrentRow(-1)
            else:
                self.list.setCurrentItem(previous)
            self.list.blockSignals(False)
            return
        self._show(item)

    def _show(self, item: QListWidgetItem) -> None:
        p: ProductInfo = item.data(Qt.ItemDataRole.UserRole)
        self._product_id = p.id
        self.sku.setText(p.sku)
        self.name.setText(p.name)
        self.description.setPlainText(p.description)
        self.unit.setText(p.unit)
        self.price.setText(format_amount(p.unit_price_minor, self._currency, self._locale))
        self.tax.setText(format_rate(p.tax_rate_bp, self._locale))
        self.hsn.setText(p.hsn_code)
        self.active.setChecked(p.active)
        self.addons.setText(", ".join(a.sku for a in addons_of(p.id, active_only=False)))
        self.error.hide()
        self._shown = self._form_state()

    def new_product(self) -> None:
        if not self._may_leave():
            return
        self._product_id = None
        for edit in (self.sku, self.name, self.unit, self.price, self.tax, self.addons,
                     self.hsn):
            edit.clear()
        self.description.clear()
        self.active.setChecked(True)
        self.list.clearSelection()
        self.error.hide()
        self._shown = self._form_state()
        self.sku.setFocus()

    def save(self) -> None:
        try:
            data = ProductInput(
                sku=self.sku.text(), name=self.name.text(),
                description=self.description.toPlainText(), unit=self.unit.text(),
                unit_price_minor=parse_money(self.price.text(), self._currency, "Unit price",
                                             locale=self._locale),
                tax_rate_bp=parse_rate(self.tax.text(), locale=self._locale),
                active=self.active.isChecked(),
                addon_ids=product_ids_for_skus(self.addons.text()), hsn_code=self.hsn.text())
            self._product_id = save_product(data, self._product_id)
        except (ValidationError, NotFoundError) as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.error.hide()
        self._shown = self._form_state()
        self.refresh()
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole).id == self._product_id:
                self.list.setCurrentRow(row)
                break
