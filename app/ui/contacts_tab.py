"""The Contacts tab: search-as-you-type, status filter, sortable lazy table and detail pane."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.db.contact_list import ContactQuery
from app.db.errors import STORAGE_ERRORS, describe_storage_error
from app.db.models import CONTACT_STATUSES
from app.db.retry import DatabaseBusyError, retry_when_busy
from app.services.contacts import delete_contact, get_contact, mark_inactive, numbered_quotes
from app.services.errors import KeptForQuotesError, NotFoundError
from app.ui.app_context import AppContext
from app.ui.contact_detail_pane import ContactDetailPane
from app.ui.contact_table_model import (
    COL_CITY,
    COL_COMPANY,
    COL_EMAIL,
    COL_NAME,
    COL_PHONE,
    COL_STATUS,
    ContactTableModel,
)
from app.ui.list_table import list_table
from app.ui.typing_delay import after_typing

if TYPE_CHECKING:
    from app.ui.contact_dialog import ContactDialog

COLUMN_WIDTHS = {COL_NAME: 150, COL_COMPANY: 130, COL_PHONE: 125, COL_EMAIL: 165, COL_CITY: 95,
                 COL_STATUS: 75}  # the last column stretches
# The detail pane holds the call history, appointments and quotes tables too.
TABLE_WIDTH, DETAIL_WIDTH = 880, 380


class ContactsTab(QWidget):
    contacts_changed = Signal()

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.search = QLineEdit()
        self.search.setObjectName("contactSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Search names, company, email, city, notes, tags or phone digits  (Ctrl+F)")
        )
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All statuses"), "")
        for code, label in zip(CONTACT_STATUSES, (self.tr("Leads"), self.tr("Prospects"),
                               self.tr("Customers"), self.tr("Inactive")), strict=True):
            self.status_filter.addItem(label, code)
        self.new_button = QPushButton(self.tr("New contact"))
        self.new_button.clicked.connect(self.new_contact)

        self.model = ContactTableModel(ctx.home_region, self)
        # Every column fits beside the detail pane at 1280 px wide, without scrolling sideways.
        self.table = list_table(self.model, "contactTable", COLUMN_WIDTHS, self._empty_text)
        self.table.setAlternatingRowColors(True)
        # Several rows at once (Shift/Ctrl+click) for Mail ▸ Email selected contacts.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicator(COL_NAME, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(True)
        header.sortIndicatorChanged.connect(self.model.sort)
        header.setSectionsClickable(True)
        self.detail = ContactDetailPane(ctx)

        self._search_timer = after_typing(self.search, self.apply_filter, self)
        self.search.returnPressed.connect(self._focus_table)
        self.search.installEventFilter(self)  # Down moves into the list, as Enter does
        self.status_filter.currentIndexChanged.connect(lambda _: self.apply_filter())
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _: self.detail.show_contact(self.model.contact_id(current.row()))
        )
        # `activated` covers Enter and the platform's double-click (or single-click) setting;
        # listening to doubleClicked as well opened the dialog twice.
        self.table.activated.connect(lambda _: self.edit_selected())

        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.status_filter)
        bar.addWidget(self.new_button)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([TABLE_WIDTH, DETAIL_WIDTH])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self.model.set_query(ContactQuery())

    # -- filtering ------------------------------------------------------------------------
    def current_query(self) -> ContactQuery:
        q = self.model.query
        return ContactQuery(self.search.text().strip(), str(self.status_filter.currentData()),
                            q.sort, q.descending)

    def apply_filter(self) -> None:
        self._search_timer.stop()
        self.model.set_query(self.current_query())
        if self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        else:
            self.detail.show_contact(None)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def eventFilter(self, obj, event) -> bool:
        if (obj is self.search and event.type() == event.Type.KeyPress
                and event.key() == Qt.Key.Key_Down):
            self._focus_table()
            return True
        return super().eventFilter(obj, event)

    def _empty_text(self) -> str:
        if self.search.text().strip() or self.status_filter.currentData():
            return self.tr("No contacts match this search and status.")
        return self.tr("No contacts yet. Press Ctrl+N to add one, or Ctrl+Shift+I to import.")

    def _focus_table(self) -> None:
        self.apply_filter()
        self.table.setFocus()

    # -- actions --------------------------------------------------------------------------
    def selected_contact_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.contact_id(index.row()) if index.isValid() else self.detail.contact_id

    def selected_contact_ids(self) -> list[int]:
        """The contacts of the selected rows, in list order (the current one when none)."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        ids = [i for i in (self.model.contact_id(r) for r in rows) if i is not None]
        current = self.selected_contact_id()
        return ids or ([current] if current is not None else [])

    def new_contact(self) -> None:
        from app.ui.contact_dialog import ContactDialog  # loaded on first use, not at startup

        self._run_dialog(ContactDialog(self._ctx, None, self))

    def edit_selected(self) -> None:
        contact_id = self.selected_contact_id()
        if contact_id is None:
            return
        try:
            contact = get_contact(contact_id)
        except NotFoundError:
            self.refresh()
            return
        from app.ui.contact_dialog import ContactDialog

        self._run_dialog(ContactDialog(self._ctx, contact, self))

    def _run_dialog(self, dialog: ContactDialog) -> None:
        dialog.exec()
        if dialog.saved_contact_id is not None:
            if dialog.warnings:
                QMessageBox.information(self, self.tr("Saved with warnings"),
                                        "\n".join(dialog.warnings))
            self.refresh()
            self.show_contact(dialog.saved_contact_id)
            self.contacts_changed.emit()
        elif dialog.open_contact_id is not None:
            self.show_contact(dialog.open_contact_id)

    def delete_selected(self) -> None:
        contact_id = self.selected_contact_id()
        if contact_id is None:
            return
        try:
            name = get_contact(contact_id).display_name
        except NotFoundError:
            self.refresh()
            return
        count, numbers = numbered_quotes(contact_id)
        if count:
            self._offer_inactive(contact_id, name, count, numbers)
            return
        answer = QMessageBox.question(
            self, self.tr("Delete contact"),
            self.tr("Delete %s with all their phones, emails, calls, appointments and quotes? "
                    "This cannot be undone.") % name,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with contextlib.suppress(NotFoundError):  # deleted elsewhere meanwhile: same result
                retry_when_busy(lambda: delete_contact(contact_id))
        except KeptForQuotesError as exc:  # a quote was numbered meanwhile
            QMessageBox.warning(self, self.tr("Delete contact"), str(exc))
            return
        except DatabaseBusyError as exc:
            QMessageBox.warning(self, self.tr("Delete contact"), str(exc))
            return
        except STORAGE_ERRORS as exc:
            QMessageBox.warning(self, self.tr("Delete contact"), describe_storage_error(exc))
            return
        self.refresh()
        self.detail.show_contact(None)
        self.contacts_changed.emit()

    def _offer_inactive(self, contact_id: int, name: str, count: int,
                        numbers: list[str]) -> None:
        """Numbered quotes are never erased, so their customer is not deleted either."""
        shown = ", ".join(numbers) + (", …" if count > len(numbers) else "")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete contact"), self.tr(
            "%1 has %2 numbered quote(s) (%3). Numbered quotes are never erased, so %1 "
            "cannot be deleted.").replace("%1", name).replace("%2", str(count))
            .replace("%3", shown), QMessageBox.StandardButton.Cancel, self)
        box.setInformativeText(self.tr(
            "Mark %1 inactive instead? The contact and the quotes stay; inactive contacts are "
            "left out of call queues and can be found with the Inactive filter.")
            .replace("%1", name))
        inactive = box.addButton(self.tr("Mark &inactive"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(inactive)
        box.exec()
        if box.clickedButton() is not inactive:
            return
        try:
            retry_when_busy(lambda: mark_inactive(contact_id))
        except NotFoundError:
            pass
        except DatabaseBusyError as exc:
            QMessageBox.warning(self, self.tr("Delete contact"), str(exc))
            return
        except STORAGE_ERRORS as exc:
            QMessageBox.warning(self, self.tr("Delete contact"), describe_storage_error(exc))
            return
        self.refresh()
        self.contacts_changed.emit()

    def show_contact(self, contact_id: int) -> None:
        """Select *contact_id* if it is in the loaded rows; show its details either way."""
        row = self.model.row_of(contact_id)
        previous = self.table.currentIndex().row()
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        if row is None or row == previous:  # else the new current row has just shown it
            self.detail.show_contact(contact_id)

    def refresh(self) -> None:
        current = self.selected_contact_id()
        self.model.refresh()
        if current is not None and self.model.row_of(current) is not None:
            self.show_contact(current)
        else:
            self.detail.refresh()

    def set_home_region(self, region: str) -> None:
        self.model.set_home_region(region)
        self.detail.refresh()
