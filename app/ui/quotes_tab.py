"""The Quotes tab: filters (status, customer, dates), the lazy quote list, and every action:
new, edit, duplicate, revise, PDF, mark sent / accepted / declined, void, add-on upsell."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QUrl, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.db.quote_list import QuoteQuery
from app.services.business import load_profile
from app.services.drafts import Draft
from app.services.errors import NotFoundError, ValidationError
from app.services.money import locale_for_region
from app.services.quote_drafts import quote_from_draft
from app.services.quotes import (
    delete_quote,
    duplicate_quote,
    get_quote,
    new_quote_input,
    revise_quote,
    set_status,
    suggest_addons,
    upsell_quote_input,
)
from app.services.scheduling import FIRST_DAY, LAST_DAY
from app.ui.app_context import AppContext
from app.ui.contact_picker_dialog import ContactPickerDialog
from app.ui.desktop_launch import open_external
from app.ui.file_dialogs import save_file_name
from app.ui.list_table import list_table
from app.ui.products_dialog import ProductsDialog
from app.ui.quote_editor_dialog import QuoteEditorDialog
from app.ui.quote_table_model import (
    COL_BY,
    COL_CUSTOMER,
    COL_DATE,
    COL_NUMBER,
    COL_STATUS,
    COL_TOTAL,
    COL_VALID,
    QuoteTableModel,
)
from app.ui.translations import interface_language
from app.ui.user_filter_combo import UserFilterCombo

ANY_DATE = QDate(2000, 1, 1)


class QuotesTab(QWidget):
    quotes_changed = Signal()

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._customer_id: int | None = None
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("quoteStatusFilter")
        # The money locale (and babel with it) is settled when the list first loads, which is
        # when the tab is first shown: starting the window does not pay for it.
        self.model = QuoteTableModel("", self)
        self.status_filter.addItem(self.tr("All statuses"), "")
        for code in ("draft", "sent", "expired", "accepted", "declined", "revised", "void"):
            self.status_filter.addItem(self.model.status_labels[code], code)
        self.customer_button = QPushButton(self.tr("All customers"))
        self.customer_button.setObjectName("quoteCustomerFilter")
        self.customer_button.clicked.connect(self.choose_customer_filter)
        self.clear_customer = QPushButton(self.tr("×"))
        self.clear_customer.setToolTip(self.tr("Show every customer's quotes"))
        self.clear_customer.setFixedWidth(28)
        self.clear_customer.clicked.connect(lambda: self.set_customer_filter(None, ""))
        self.date_from, self.date_to = QDateEdit(), QDateEdit()
        self.date_from.setDateRange(QDate(FIRST_DAY), QDate(LAST_DAY))  # as the services
        self.date_to.setDateRange(QDate(FIRST_DAY), QDate(LAST_DAY))  # as the services
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setMinimumDate(ANY_DATE)
            edit.setSpecialValueText(self.tr("any"))
            edit.setDate(ANY_DATE)
            edit.dateChanged.connect(lambda _: self.apply_filter())
        self.new_button = QPushButton(self.tr("New quote"))
        self.new_button.clicked.connect(lambda: self.new_quote())
        self.products_button = QPushButton(self.tr("Products…"))
        self.products_button.clicked.connect(self.open_catalogue)

        # The customer's name takes the spare width, not the last column (a date).
        self.table = list_table(self.model, "quoteTable", {
            COL_NUMBER: 120, COL_DATE: 100, COL_STATUS: 100, COL_TOTAL: 150, COL_VALID: 100,
            COL_BY: 110},
            self._empty_text, stretch=COL_CUSTOMER)
        self.table.activated.connect(lambda _: self.edit_selected())
        self.status_filter.currentIndexChanged.connect(lambda _: self.apply_filter())
        self.by_user = UserFilterCombo(self.tr("Anyone's"), self.tr("My quotes"))
        self.by_user.setObjectName("quoteByUser")
        self.by_user.currentIndexChanged.connect(lambda _: self.apply_filter())

        status_label = QLabel(self.tr("Stat&us"))
        status_label.setBuddy(self.status_filter)
        from_label = QLabel(self.tr("Fro&m"))
        from_label.setBuddy(self.date_from)
        bar = QHBoxLayout()
        bar.addWidget(status_label)
        bar.addWidget(self.status_filter)
        bar.addWidget(self.by_user)
        bar.addWidget(self.customer_button, 1)
        bar.addWidget(self.clear_customer)
        bar.addWidget(from_label)
        bar.addWidget(self.date_from)
        bar.addWidget(QLabel(self.tr("to")))
        bar.addWidget(self.date_to)
        bar.addWidget(self.products_button)
        bar.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)

    def showEvent(self, event) -> None:
        if not self.model.loaded:
            self.apply_filter()
        super().showEvent(event)

    def money_locale(self) -> str:
        return locale_for_region(self._ctx.home_region, interface_language())

    # -- filtering ------------------------------------------------------------------------
    def current_query(self) -> QuoteQuery:
        def iso(edit: QDateEdit) -> str:
            return "" if edit.date() == ANY_DATE else edit.date().toString("yyyy-MM-dd")

        return QuoteQuery(str(self.status_filter.currentData()), self._customer_id,
                          iso(self.date_from), iso(self.date_to), date.today().isoformat(),
                          self.by_user.user_id())

    def _empty_text(self) -> str:
        q = self.model.query
        if not (q.status or q.contact_id is not None or q.date_from or q.date_to):
            return self.tr("No quotes yet. Press Ctrl+Shift+Q for a new quote.")
        return self.tr("No quotes match these filters.")

    def apply_filter(self) -> None:
        if not self.model._locale:
            self.model._locale = self.money_locale()
        self.model.set_query(self.current_query())
        if self.model.rowCount():
            self.table.selectRow(0)

    def set_customer_filter(self, contact_id: int | None, name: str) -> None:
        self._customer_id = contact_id
        self.customer_button.setText(name if contact_id is not None
                                     else self.tr("All customers"))
        self.apply_filter()

    def choose_customer_filter(self) -> None:
        picker = ContactPickerDialog(self, self.tr("Show quotes of"), self._ctx.home_region)
        if picker.exec() and picker.chosen_id is not None:
            self.set_customer_filter(picker.chosen_id, picker.chosen_name)

    def refresh(self) -> None:
        if not self.model.loaded:
            return  # loads when first shown
        current = self.selected_quote_id()
        self.model.refresh()
        self.select_quote(current)

    def select_quote(self, quote_id: int | None) -> None:
        row = self.model.row_of(quote_id) if quote_id is not None else None
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def selected_quote_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.quote_id(index.row()) if index.isValid() else None

    # -- actions --------------------------------------------------------------------------
    def new_quote(self, contact_id: int | None = None) -> None:
        if contact_id is None:
            picker = ContactPickerDialog(self, home_region=self._ctx.home_region)
            if not picker.exec() or picker.chosen_id is None:
                return
            contact_id = picker.chosen_id
        self.run_editor(QuoteEditorDialog(new_quote_input(contact_id), None,
                                          self.money_locale(), self))

    def edit_selected(self) -> None:
        self.open_quote(self.selected_quote_id())

    def open_quote(self, quote_id: int | None) -> None:
        if quote_id is None:
            return
        try:
            detail = get_quote(quote_id)
        except NotFoundError:
            self.refresh()
            return
        self.run_editor(QuoteEditorDialog(detail.data, detail, self.money_locale(), self))

    def reopen_draft(self, draft: Draft) -> None:
        """Open the editor on a quote draft a crash left behind (see draft_recovery)."""
        try:
            data, quote_id = quote_from_draft(draft.payload_json)
            detail = get_quote(quote_id) if quote_id is not None else None
        except (ValidationError, NotFoundError) as exc:
            QMessageBox.warning(self, self.tr("Unsaved quote"),
                                self.tr("The draft could not be reopened: %s") % exc)
            return
        dialog = QuoteEditorDialog(data, detail, self.money_locale(), self)
        dialog.mark_unsaved()
        self.run_editor(dialog)

    def run_editor(self, dialog: QuoteEditorDialog) -> None:
        dialog.exec()
        if dialog.reopen_requested:  # someone else saved it: show theirs
            self.refresh()
            self.open_quote(dialog.quote_id)
            return
        if dialog.saved_quote_id is None:
            return
        self.refresh()
        self.select_quote(dialog.saved_quote_id)
        self.quotes_changed.emit()
        if dialog.print_requested:
            self.print_quote(dialog.saved_quote_id)

    def _act(self, action, *, refresh: bool = True) -> int | None:
        quote_id = self.selected_quote_id()
        if quote_id is None:
            return None
        try:
            result = action(quote_id)
        except (ValidationError, NotFoundError) as exc:
            QMessageBox.warning(self, self.tr("Quotes"), str(exc))
            return None
        if refresh:
            self.refresh()
            self.quotes_changed.emit()
        return result if isinstance(result, int) else quote_id

    def duplicate_selected(self) -> None:
        new_id = self._act(duplicate_quote)
        if new_id is not None:
            self.apply_filter()
            self.open_quote(new_id)

    def revise_selected(self) -> None:
        new_id = self._act(revise_quote)
        if new_id is not None:
            self.apply_filter()
            self.open_quote(new_id)

    def mark(self, status: str) -> None:
        self._act(lambda quote_id: set_status(quote_id, status))

    def void_selected(self) -> None:
        quote_id = self.selected_quote_id()
        if quote_id is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Void quote"),
            self.tr("Void this quote? Its number stays in the list, marked void, and is never "
                    "used again."), QMessageBox.StandardButton.Yes
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Yes:
            self._act(delete_quote)

    def print_selected(self) -> None:
        self.print_quote(self.selected_quote_id())

    def print_proforma_selected(self) -> None:
        self.print_quote(self.selected_quote_id(), proforma=True)

    def print_quote(self, quote_id: int | None, proforma: bool = False) -> Path | None:
        if quote_id is None:
            return None
        from app.pdf.quote import write_quote_pdf

        number = get_quote(quote_id).number
        title = self.tr("Save proforma invoice as PDF") if proforma else self.tr(
            "Save quote as PDF")
        name = f"{number}-proforma.pdf" if proforma else f"{number}.pdf"
        path, _ = save_file_name(self, "pdf", title, name, self.tr("PDF files (*.pdf)"))
        if not path:
            return None
        warnings: list[str] = []
        try:
            written = write_quote_pdf(quote_id, path, warnings=warnings, proforma=proforma)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Save PDF"),
                                self.tr("Could not write %s: %s") % (path, exc.strerror or exc))
            return None
        if warnings:
            QMessageBox.warning(self, self.tr("Save PDF"), self.tr(
                "The PDF was saved, but not everything could be printed as it is:\n\n%s")
                % "\n".join(warnings))
        open_external(QUrl.fromLocalFile(str(written)), self)  # a failure is said in the window
        return written

    def suggest_for_customer(self, contact_id: int | None = None) -> None:
        """Start a quote with the add-ons the customer does not have yet."""
        if contact_id is None:
            quote_id = self.selected_quote_id()
            if quote_id is None:
                return
            contact_id = get_quote(quote_id).data.contact_id
        if not suggest_addons(contact_id):
            QMessageBox.information(self, self.tr("Suggest add-ons"), self.tr(
                "No add-ons to suggest: this customer has no accepted quotes with products "
                "that have add-ons they do not already have."))
            return
        self.run_editor(QuoteEditorDialog(upsell_quote_input(contact_id), None,
                                          self.money_locale(), self))

    def open_catalogue(self) -> None:
        ProductsDialog(load_profile().currency, self.money_locale(), self).exec()

    def set_home_region(self, region: str) -> None:
        self._ctx.home_region = region
        self.model._locale = self.money_locale()
        self.refresh()

