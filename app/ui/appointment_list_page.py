"""The list view of appointments with filters for rep, status and a date range."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.db.appointment_queries import ListFilter
from app.services.appointments import STATUSES
from app.services.reps import list_reps
from app.services.scheduling import FIRST_DAY, LAST_DAY, local_midnight, resolve_zone
from app.ui.appointment_list_model import (
    COL_COMPANY,
    COL_CUSTOMER,
    COL_LENGTH,
    COL_PLACE,
    COL_PURPOSE,
    COL_WHEN,
    AppointmentListModel,
)
from app.ui.list_table import list_table
from app.ui.user_filter_combo import UserFilterCombo


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class AppointmentListPage(QWidget):
    activated = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rep = QComboBox()
        self.rep.setObjectName("listRepFilter")
        self.status = QComboBox()
        self.status.setObjectName("listStatusFilter")
        self.status.addItem(self.tr("All statuses"), "")
        self.booked_by = UserFilterCombo(self.tr("Anyone"), self.tr("Booked by me"))
        self.booked_by.setObjectName("listBookedBy")
        self.model = AppointmentListModel(self)
        for code in STATUSES:
            self.status.addItem(self.model.status_labels[code], code)
        today = date.today()
        self.first = QDateEdit(QDate(today - timedelta(days=30)))
        self.first.setDateRange(QDate(FIRST_DAY), QDate(LAST_DAY))  # as the services
        self.last = QDateEdit(QDate(today + timedelta(days=60)))
        self.last.setDateRange(QDate(FIRST_DAY), QDate(LAST_DAY))  # as the services
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.table = list_table(self.model, "appointmentTable", {
            COL_WHEN: 150, COL_LENGTH: 64, COL_CUSTOMER: 160, COL_COMPANY: 150,
            COL_PURPOSE: 150, COL_PLACE: 220},
            lambda: self.tr("No appointments for this rep and status between these dates. "
                            "Press Ctrl+Shift+B to book one."))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.activated.connect(self._activated)  # Enter or double-click opens it

        filters = QHBoxLayout()
        for label, widget in ((self.tr("Rep"), self.rep), (self.tr("Status"), self.status),
                              (self.tr("Booked by"), self.booked_by),
                              (self.tr("From"), self.first), (self.tr("to"), self.last)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        self.reload_reps()
        self.rep.currentIndexChanged.connect(self.refresh)
        self.status.currentIndexChanged.connect(self.refresh)
        self.booked_by.currentIndexChanged.connect(self.refresh)
        self.first.dateChanged.connect(self.refresh)
        self.last.dateChanged.connect(self.refresh)

    def reload_reps(self) -> None:
        current = self.rep.currentData()
        self.rep.blockSignals(True)
        self.rep.clear()
        self.rep.addItem(self.tr("All reps"), None)
        for rep in list_reps():
            self.rep.addItem(rep.name, rep.id)
        index = self.rep.findData(current)
        self.rep.setCurrentIndex(max(0, index))
        self.rep.blockSignals(False)

    def current_filter(self) -> ListFilter:
        zone = resolve_zone("")
        first = _day(self.first.date())
        last = _day(self.last.date())
        rep = self.rep.currentData()
        return ListFilter(rep_id=int(rep) if rep is not None else None,
                          status=str(self.status.currentData() or ""),
                          start=local_midnight(first, zone),
                          end=local_midnight(last + timedelta(days=1), zone),
                          user_id=self.booked_by.user_id())

    def refresh(self) -> None:
        self.model.set_filter(self.current_filter())

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.appointment_id(rows[0].row()) if rows else None

    def _activated(self, index) -> None:
        appointment_id = self.model.appointment_id(index.row())
        if appointment_id is not None:
            self.activated.emit(appointment_id)
