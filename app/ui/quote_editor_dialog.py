"""Build or edit a quote with the keyboard: customer, catalogue search or free-text lines,
add-on suggestions taken with Enter, discounts, live totals per tax rate, validity, terms."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from app.db.errors import STORAGE_ERRORS, describe_storage_error
from app.services.business import uses_gst
from app.services.catalogue import ProductInfo, addons_of, search_products
from app.services.contacts import get_contact
from app.services.errors import EditConflict, NotFoundError, ValidationError
from app.services.money import format_money
from app.services.quote_types import QuoteDetail, QuoteInput, QuoteLineInput
from app.services.quotes import line_from_product, save_quote, totals_of
from app.services.scheduling import FIRST_DAY, LAST_DAY
from app.ui.contact_picker_dialog import ContactPickerDialog
from app.ui.gst_state_combo import GstStateCombo
from app.ui.labelled_rows_editor import ERROR_STYLE
from app.ui.quote_conflict import KEEP_MINE, SHOW_THEIRS, ask_about_conflict
from app.ui.quote_draft_keeper import QuoteDraftKeeper
from app.ui.quote_lines_table import QuoteLinesTable, discount_text, parse_discount
from app.ui.quote_totals_html import totals_html
from app.ui.typing_delay import after_typing

PRODUCT_ROWS = 8


def _py_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class QuoteEditorDialog(QDialog):
    def __init__(self, data: QuoteInput, detail: QuoteDetail | None = None,
                 money_locale: str = "en_IN", parent=None) -> None:
        super().__init__(parent)
        self._data = data
        self._quote_id = detail.id if detail else None
        self._version = detail.row_version if detail else None
        self.reopen_requested = False
        self._locale = money_locale
        self._read_only = detail is not None and not detail.editable
        self.saved_quote_id: int | None = None
        self.print_requested = False
        self._dirty = False
        title = detail.number if detail else self.tr("New quote")
        self.setWindowTitle(self.tr("Quote %s") % title)
        self.resize(980, 720)

        self.customer = QPushButton()
        self.customer.setObjectName("quoteCustomer")
        self.customer.clicked.connect(self.choose_customer)
        self.issued = QDateEdit(QDate(data.issued_on))
        self.issued.setDateRange(QDate(FIRST_DAY), QDate(LAST_DAY))  # as the services
        self.valid = QDateEdit(QDate(data.valid_until))
        self.valid.setDateRange(QDate(FIRST_DAY), QDate(LAST_DAY))  # as the services
        for edit in (self.issued, self.valid):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(lambda _: self._changed())

        self.product_search = QLineEdit()
        self.product_search.setObjectName("productSearch")
        self.product_search.setPlaceholderText(self.tr(
            "Add a line: type a product name or SKU, Enter adds it (free text if no match)"))
        self.products = QListWidget()
        self.products.setObjectName("productResults")
        self.products.setMaximumHeight(PRODUCT_ROWS * 20)
        self.suggestions = QListWidget()
        self.suggestions.setObjectName("addonSuggestions")  # as tall as search and results
        self.suggestions_label = QLabel(self.tr("Suggested &add-ons (Enter adds as optional)"))
        self.suggestions_label.setBuddy(self.suggestions)
        self.lines = QuoteLinesTable()
        self.lines.currency = data.currency
        self.lines.number_locale = money_locale
        self.discount = QLineEdit(discount_text(data.discount_kind, data.discount_value,
                                                money_locale))
        self.discount.setObjectName("quoteDiscount")
        self.discount.setPlaceholderText(self.tr("e.g. 5% or 500"))
        self.place = GstStateCombo(self.tr("The customer's state"))
        self.place.setObjectName("placeOfSupply")
        self.place.set_state(data.place_of_supply)
        self.place.currentIndexChanged.connect(lambda _: self._changed())
        self.totals = QLabel()
        self.totals.setObjectName("quoteTotals")
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self.totals.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.notes = QPlainTextEdit(data.notes)
        self.terms = QPlainTextEdit(data.terms)
        for text_edit in (self.notes, self.terms):
            text_edit.setTabChangesFocus(True)
            text_edit.setFixedHeight(54)
            text_edit.textChanged.connect(self._changed)
        self.error = QLabel()
        self.error.setObjectName("quoteError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("&Save"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.print_button = buttons.addButton(self.tr("Save && &PDF"),
                                              QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.save_and_print)
        buttons.rejected.connect(self.reject)
        # Enter belongs to the field that has focus (adds a line), never to a button.
        for button in (*buttons.buttons(), self.customer):
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
                button.setDefault(False)
        for key, slot in (("Ctrl+S", self.save), ("Ctrl+P", self.save_and_print),
                          ("Ctrl+L", self.focus_product_search),
                          ("Ctrl+K", self.choose_customer),
                          ("Ctrl+Shift+A", self.suggestions.setFocus)):
            QShortcut(QKeySequence(key), self, slot)

        head = QGridLayout()
        head.addWidget(QLabel(self.tr("Customer (Ctrl+K)")), 0, 0)
        head.addWidget(self.customer, 0, 1)
        date_label = QLabel(self.tr("Dat&e"))
        date_label.setBuddy(self.issued)
        head.addWidget(date_label, 0, 2)
        head.addWidget(self.issued, 0, 3)
        valid_label = QLabel(self.tr("&Valid until"))
        valid_label.setBuddy(self.valid)
        head.addWidget(valid_label, 0, 4)
        head.addWidget(self.valid, 0, 5)
        head.setColumnStretch(1, 1)
        # One grid so both captions share a line and both lists start level with the search.
        pick = QGridLayout()
        search_label = QLabel(self.tr("Add &line (Ctrl+L)"))
        search_label.setBuddy(self.product_search)
        pick.addWidget(search_label, 0, 0)
        pick.addWidget(self.product_search, 1, 0)
        pick.addWidget(self.products, 2, 0)
        pick.addWidget(self.suggestions_label, 0, 1)
        pick.addWidget(self.suggestions, 1, 1, 2, 1)
        pick.setColumnStretch(0, 3)
        pick.setColumnStretch(1, 2)
        bottom = QHBoxLayout()
        texts = QFormLayout()
        texts.addRow(self.tr("Quote &discount"), self.discount)
        texts.addRow(self.tr("Place of s&upply (GST)"), self.place)
        texts.setRowVisible(self.place, uses_gst())  # Indian GST only
        self.lines.show_hsn(uses_gst())
        texts.addRow(self.tr("&Notes"), self.notes)
        texts.addRow(self.tr("&Terms"), self.terms)
        bottom.addLayout(texts, 3)
        bottom.addWidget(self.totals, 2)
        layout = QVBoxLayout(self)
        if self._read_only:
            banner = QLabel(self.tr("This quote is %s and read-only. Use Revise to change it.")
                            % detail.shown_status if detail else "")
            banner.setStyleSheet(ERROR_STYLE)
            layout.addWidget(banner)
        layout.addLayout(head)
        layout.addLayout(pick)
        layout.addWidget(self.lines, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        self._search_timer = after_typing(self.product_search, self.update_products, self)
        self.product_search.returnPressed.connect(self.add_from_search)
        self.product_search.installEventFilter(self)
        self.products.itemActivated.connect(lambda item: self.add_product_item(item))
        self.suggestions.itemActivated.connect(lambda item: self.take_suggestion(item))
        self.lines.lines_changed.connect(self._changed)
        self.discount.textChanged.connect(lambda _: self._changed())
        self.notes.textChanged.connect(self._changed)
        self.terms.textChanged.connect(self._changed)
        self.issued.dateChanged.connect(lambda _: self._changed())
        self.valid.dateChanged.connect(lambda _: self._changed())
        self.drafts = QuoteDraftKeeper(self)

        self._set_customer(data.contact_id)
        self.lines.set_lines(data.lines)
        self.update_products()
        self._dirty = False
        self.update_totals()
        if self._read_only:
            for widget in (self.customer, self.issued, self.valid, self.product_search,
                           self.discount, self.save_button, self.products, self.suggestions,
                           self.place):
                widget.setEnabled(False)
            self.notes.setReadOnly(True)
            self.terms.setReadOnly(True)
            self.lines.set_read_only(True)
        else:
            self.product_search.setFocus()

    def keyPressEvent(self, event) -> None:
        # Enter belongs to the focused field (it adds a line or takes an add-on); it must
        # never reach QDialog, which would press the default button and close the editor.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    # -- customer -------------------------------------------------------------------------
    def _set_customer(self, contact_id: int) -> None:
        self._data.contact_id = contact_id
        try:
            self.customer.setText(get_contact(contact_id).display_name)
        except NotFoundError:
            self.customer.setText(self.tr("(choose a customer)"))

    def choose_customer(self) -> None:
        if self._read_only:
            return
        # The money locale names the home country (en_IN): numbers are shown its way.
        picker = ContactPickerDialog(self, home_region=self._locale.rpartition("_")[2])
        if picker.exec() and picker.chosen_id is not None:
            self._set_customer(picker.chosen_id)
            self._changed()

    # -- adding lines ---------------------------------------------------------------------
    def eventFilter(self, obj, event) -> bool:
        if obj is self.product_search and event.type() == event.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.products.count():
            self.products.setFocus()
            return True
        return super().eventFilter(obj, event)

    def focus_product_search(self) -> None:
        self.product_search.setFocus()
        self.product_search.selectAll()

    def update_products(self) -> None:
        self._search_timer.stop()
        self.products.clear()
        text = self.product_search.text().strip()
        if not text:
            return
        for product in search_products(text, limit=PRODUCT_ROWS * 3):
            price = format_money(product.unit_price_minor, self._data.currency, self._locale)
            item = QListWidgetItem(f"{product.name}  ·  {product.sku}  ·  {price}")
            item.setData(Qt.ItemDataRole.UserRole, product)
            self.products.addItem(item)
        if self.products.count():
            self.products.setCurrentRow(0)

    def add_from_search(self) -> None:
        if self._search_timer.isActive():
            self.update_products()
        item = self.products.currentItem()
        if item is not None:
            self.add_product_item(item)
            return
        text = self.product_search.text().strip()
        if text:
            from app.services.business import load_profile

            rate = load_profile().tax_rate_bp
            row = self.lines.add_line(QuoteLineInput(text, tax_rate_bp=rate))
            self.product_search.clear()
            self.lines.setCurrentCell(row, 1)
            self.lines.setFocus()

    def add_product_item(self, item: QListWidgetItem) -> None:
        product: ProductInfo = item.data(Qt.ItemDataRole.UserRole)
        self.add_product(product)
        self.product_search.clear()
        self.product_search.setFocus()

    def add_product(self, product: ProductInfo, optional: bool = False) -> None:
        self.lines.add_line(line_from_product(product, optional))
        if optional:
            return
        present = {line.product_id for line in self._typed_lines_or_empty()}
        existing = {self.suggestions.item(i).data(Qt.ItemDataRole.UserRole).id
                    for i in range(self.suggestions.count())}
        for addon in addons_of(product.id):
            if addon.id in present or addon.id in existing:
                continue
            price = format_money(addon.unit_price_minor, self._data.currency, self._locale)
            entry = QListWidgetItem(self.tr("+ %s for %s") % (addon.name, price))
            entry.setData(Qt.ItemDataRole.UserRole, addon)
            self.suggestions.addItem(entry)
        if self.suggestions.count():
            self.suggestions.setCurrentRow(0)

    def take_suggestion(self, item: QListWidgetItem) -> None:
        product: ProductInfo = item.data(Qt.ItemDataRole.UserRole)
        self.suggestions.takeItem(self.suggestions.row(item))
        self.lines.add_line(line_from_product(product, optional=True))

    def _typed_lines_or_empty(self) -> list[QuoteLineInput]:
        try:
            return self.lines.lines()
        except ValidationError:
            return []

    # -- totals and saving ----------------------------------------------------------------
    def _changed(self) -> None:
        self._dirty = True
        self.update_totals()
        if not self._read_only:
            self.drafts.changed()

    def mark_unsaved(self) -> None:
        """For an editor filled from a draft: its content is not saved yet."""
        self._changed()

    @property
    def quote_id(self) -> int | None:
        return self._quote_id

    @property
    def read_only(self) -> bool:
        return self._read_only

    def current_input(self) -> QuoteInput:
        kind, value = parse_discount(self.discount.text(), "Quote discount", self._locale)
        return QuoteInput(
            contact_id=self._data.contact_id, issued_on=_py_date(self.issued.date()),
            valid_until=_py_date(self.valid.date()), currency=self._data.currency,
            lines=self.lines.lines(), discount_kind=kind, discount_value=value,
            notes=self.notes.toPlainText(), terms=self.terms.toPlainText(),
            place_of_supply=self.place.state())

    def update_totals(self) -> None:
        try:
            data = self.current_input()
            totals = totals_of(data)
        except ValidationError as exc:
            self.totals.setText(f"<span style='color:#b91c1c'>{escape(str(exc))}</span>")
            return
        self.lines.set_amounts([format_money(a, data.currency, self._locale)
                                for a in totals.line_totals])

        self.totals.setText(totals_html(totals, data.currency, self._locale))

    def save(self) -> bool:
        if self._read_only:
            return False
        try:
            self.saved_quote_id = save_quote(self.current_input(), self._quote_id,
                                             self._version)
        except EditConflict as conflict:
            return self._after_conflict(conflict)
        except (ValidationError, NotFoundError) as exc:
            self.error.setText(str(exc))
            self.error.show()
            return False
        except STORAGE_ERRORS as exc:  # the editor stays open, its draft kept
            self.error.setText(self.tr("Not saved: %s") % describe_storage_error(exc))
            self.error.show()
            return False
        self.drafts.drop()
        self._quote_id = self.saved_quote_id
        self._dirty = False
        self.accept()
        return True

    def _after_conflict(self, conflict: EditConflict) -> bool:
        choice = ask_about_conflict(self, conflict)
        if choice == KEEP_MINE:
            self._version = getattr(conflict.current, "row_version", None)
            return self.save()
        if choice == SHOW_THEIRS:  # the tab opens the stored quote again
            self.reopen_requested = True
            self.drafts.drop()
            self._dirty = False
            super().reject()
        return False

    def save_and_print(self) -> None:
        if self._read_only and self._quote_id is not None:
            self.saved_quote_id = self._quote_id
            self.print_requested = True
            self.accept()
            return
        self.print_requested = True
        if not self.save():
            self.print_requested = False

    def is_dirty(self) -> bool:
        return self._dirty

    def reject(self) -> None:
        if self._dirty and not self._read_only:
            answer = QMessageBox.question(
                self, self.tr("Unsaved changes"), self.tr("Save the changes to this quote?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save:
                self.save()
                return
            self.drafts.drop()
        super().reject()
