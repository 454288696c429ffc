"""Ask which day, e.g. for a rep's day sheet printed from the week view."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel


class DayChoiceDialog(QDialog):
    def __init__(self, title: str, text: str, day: date, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("dayChoiceDialog")
        self.day_edit = QDateEdit(QDate(day.year, day.month, day.day))
        self.day_edit.setObjectName("dayChoice")
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("ddd yyyy-MM-dd")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(text))
        form.addRow(self.tr("&Day"), self.day_edit)
        form.addRow(buttons)
        self.day_edit.setFocus()

    def chosen_day(self) -> date:
        value = self.day_edit.date()
        return date(value.year(), value.month(), value.day())
