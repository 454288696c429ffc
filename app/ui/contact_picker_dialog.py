"""Pick a contact by typing: the same search as the Contacts tab, first 50 matches, Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from app.db.contact_list import ContactQuery, fetch_contacts
from app.services.contact_types import display_name
from app.services.phones import format_for_display
from app.ui.typing_delay import after_typing

LIMIT = 50


class ContactPickerDialog(QDialog):
    def __init__(self, parent=None, title: str = "", home_region: str = "") -> None:
        super().__init__(parent)
        self._home_region = home_region
        self.setWindowTitle(title or self.tr("Choose a customer"))
        self.resize(420, 420)
        self.chosen_id: int | None = None
        self.chosen_name = ""
        self.search = QLineEdit()
        self.search.setObjectName("pickerSearch")
        self.search.setPlaceholderText(self.tr("Type a name, company, phone or email"))
        self.results = QListWidget()
        self.results.setObjectName("pickerResults")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept_current)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(buttons)
        self._timer = after_typing(self.search, self.update_results, self)
        self.search.returnPressed.connect(self._accept_current)
        self.results.itemActivated.connect(lambda _: self._accept_current())
        self.update_results()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.search.hasFocus():
            self.results.setFocus()
            self.results.keyPressEvent(event)
            return
        super().keyPressEvent(event)

    def update_results(self) -> None:
        self._timer.stop()
        self.results.clear()
        for row in fetch_contacts(ContactQuery(text=self.search.text().strip()), None, LIMIT):
            name = display_name(row.first_name, row.last_name, row.company)
            phone = format_for_display(row.phone, self._home_region) if row.phone else ""
            extra = " · ".join(x for x in (row.company if row.company != name else "", phone,
                                           row.city) if x)
            item = QListWidgetItem(f"{name}  —  {extra}" if extra else name)
            item.setData(Qt.ItemDataRole.UserRole, (row.id, name))
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def _accept_current(self) -> None:
        if self._timer.isActive():
            self.update_results()
        item = self.results.currentItem()
        if item is None:
            return
        self.chosen_id, self.chosen_name = item.data(Qt.ItemDataRole.UserRole)
        self.accept()
