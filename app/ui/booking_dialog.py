"""Book (or edit) an appointment: contact, rep, start, length, location, purpose, notes.

The rep's free periods for the chosen day are listed beside the form; a clash or a time
outside working hours is explained in the dialog itself, and out-of-hours bookings need an
explicit "Book anyway" with a reason.
"""

from __future__ import annotations

import contextlib
from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.db.contact_list import ContactQuery, fetch_contacts
from app.services.appointments import (
    AppointmentInput,
    OutOfHoursError,
    book_appointment,
    contact_address,
    get_appointment,
    rep_free_slots,
    update_appointment,
)
from app.services.contact_types import display_name
from app.services.contacts import get_contact
from app.services.errors import NotFoundError, ValidationError
from app.services.phones import format_for_display
from app.services.reps import DEFAULT_LENGTH_MIN, get_rep, list_reps
from app.services.scheduling import FIRST_DAY, LAST_DAY
from app.ui.app_context import AppContext
from app.ui.local_time import day_text
from app.ui.service_messages import error_text

SEARCH_LIMIT = 8


class BookingDialog(QDialog):
    def __init__(self, ctx: AppContext, parent=None, *, contact_id: int | None = None,
                 call_id: int | None = None, start: datetime | None = None,
                 rep_id: int | None = None, appointment_id: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bookingDialog")
        self._ctx = ctx
        self.call_id = call_id
        self.appointment_id = appointment_id
        self.saved_id: int | None = None
        self.contact_id: int | None = None
        self._default_location = ""
        self.setWindowTitle(self.tr("Edit appointment") if appointment_id
                            else self.tr("Book appointment"))
        self._build()
        self._search_timer = QTimer(self, singleShot=True, interval=150)
        self._search_timer.timeout.connect(self._search)
        self.search.textEdited.connect(lambda _t: self._search_timer.start())
        self.rep.currentIndexChanged.connect(self._rep_changed)
        self.start.dateTimeChanged.connect(lambda _d: self._refresh_slots())
        self.length.valueChanged.connect(lambda _v: self._refresh_slots())
        self.slots.itemActivated.connect(self._use_slot)
        self.slots.itemClicked.connect(self._use_slot)
        self._load(contact_id, start, rep_id)

    # -- layout -------------------------------------------------------------------------
    def _build(self) -> None:
        self.search = QLineEdit(placeholderText=self.tr("Search contacts by name or phone…"))
        self.search.setObjectName("bookingContactSearch")
        self.results = QListWidget()
        self.results.setObjectName("bookingContactResults")
        self.results.setMaximumHeight(120)
        self.results.hide()  # shown while a search has matches, not as an empty box
        self.results.itemActivated.connect(self._pick_contact)
        self.results.itemClicked.connect(self._pick_contact)
        self.contact_label = QLabel(self.tr("No contact chosen"))
        self.contact_label.setObjectName("bookingContact")
        self.rep = QComboBox()
        self.rep.setObjectName("bookingRep")
        self.add_rep = QPushButton(self.tr("Add a r&ep…"))
        self.add_rep.setObjectName("bookingAddRep")
        self.add_rep.clicked.connect(self._add_rep)
        self._fill_reps()
        self.start = QDateTimeEdit(calendarPopup=True)
        self.start.setDateRange(QDate(FIRST_DAY), QDate(LAST_DAY))  # as the services
        self.start.setObjectName("bookingStart")
        self.start.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.length = QSpinBox(minimum=5, maximum=720, singleStep=15)
        self.length.setValue(DEFAULT_LENGTH_MIN)  # until a rep gives its own
        self.length.setObjectName("bookingLength")
        self.length.setSuffix(self.tr(" min"))
        self.location = QLineEdit()
        self.purpose = QLineEdit(placeholderText=self.tr("e.g. site survey, product demo"))
        self.notes = QPlainTextEdit()
        self.notes.setMinimumHeight(60)  # takes the height the contact matches do not use
        form = QFormLayout()
        form.addRow(self.tr("&Contact"), self.search)
        form.addRow("", self.results)
        form.addRow("", self.contact_label)
        rep_row = QHBoxLayout()
        rep_row.addWidget(self.rep, 1)
        rep_row.addWidget(self.add_rep)
        rep_label = QLabel(self.tr("&Rep"))
        rep_label.setBuddy(self.rep)  # a row of two widgets gets no buddy by itself
        form.addRow(rep_label, rep_row)
        form.addRow(self.tr("&Start"), self.start)
        form.addRow(self.tr("&Length"), self.length)
        form.addRow(self.tr("L&ocation"), self.location)
        form.addRow(self.tr("&Purpose"), self.purpose)
        form.addRow(self.tr("&Notes"), self.notes)

        self.slots_title = QLabel()
        self.slots = QListWidget()
        self.slots.setObjectName("bookingFreeSlots")
        side = QVBoxLayout()
        side.addWidget(self.slots_title)
        side.addWidget(self.slots)
        row = QHBoxLayout()
        row.addLayout(form, 3)
        row.addLayout(side, 2)

        self.message = QLabel()
        self.message.setObjectName("bookingMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b42318; font-weight: bold;")
        self.message.hide()
        self.override = QWidget()
        self.reason = QLineEdit(placeholderText=self.tr("Why book outside working hours?"))
        self.reason.setObjectName("bookingReason")
        self.book_anyway = QPushButton(self.tr("Book &anyway"))
        self.book_anyway.setObjectName("bookingBookAnyway")
        self.book_anyway.clicked.connect(self._save_anyway)
        over = QHBoxLayout(self.override)
        over.setContentsMargins(0, 0, 0, 0)
        over.addWidget(QLabel(self.tr("Reason:")))
        over.addWidget(self.reason, 1)
        over.addWidget(self.book_anyway)
        self.override.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            self.tr("&Save") if self.appointment_id else self.tr("&Book"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.override)
        layout.addWidget(self.buttons)
        self.resize(760, 520)

    # -- loading ------------------------------------------------------------------------
    def _load(self, contact_id: int | None, start: datetime | None, rep_id: int | None) -> None:
        if self.appointment_id is not None:
            detail = get_appointment(self.appointment_id)
            contact_id, rep_id, start = detail.contact_id, detail.rep_id, detail.starts_at
            self.call_id = detail.call_id
        if rep_id is not None:
            index = self.rep.findData(rep_id)
            if index < 0:  # an inactive rep keeps its own appointments
                with contextlib.suppress(NotFoundError):
                    self.rep.addItem(get_rep(rep_id).name, rep_id)
                index = self.rep.count() - 1
            self.rep.setCurrentIndex(index)
        if start is None:
            now = datetime.now().astimezone()
            start = now.replace(minute=0, second=0, microsecond=0)
        self.start.setDateTime(QDateTime.fromSecsSinceEpoch(int(start.timestamp())))
        self._rep_changed()
        if self.rep.count() == 0:  # not a dead end: say so, and offer to add one
            self._show_error(self.tr("No reps yet: add one (Add a rep…) to book a visit."))
        if contact_id is not None:
            self.set_contact(contact_id)
        if self.appointment_id is not None:
            detail = get_appointment(self.appointment_id)
            self.length.setValue(detail.length_min)
            self.location.setText(detail.location)
            self.purpose.setText(detail.purpose)
            self.notes.setPlainText(detail.notes)
            self.reason.setText(detail.override_reason)
        if contact_id is None:
            self.search.setFocus()
        else:
            self.purpose.setFocus()

    def set_contact(self, contact_id: int) -> None:
        try:
            contact = get_contact(contact_id)
        except NotFoundError:
            self._show_error(self.tr("That contact no longer exists."))
            return
        self.contact_id = contact_id
        phone = contact.phones[0].e164 if contact.phones and contact.phones[0].e164 else ""
        shown = format_for_display(phone, self._ctx.home_region) if phone else ""
        self.contact_label.setText(" · ".join(p for p in (contact.display_name, contact.company,
                                                          shown) if p))
        address = contact_address(contact_id)
        if not self.location.text() or self.location.text() == self._default_location:
            self.location.setText(address)
        self._default_location = address

    def _search(self) -> None:
        self.results.clear()
        text = self.search.text().strip()
        if not text:
            self.results.hide()
            return
        for row in fetch_contacts(ContactQuery(text=text), None, SEARCH_LIMIT):
            phone = format_for_display(row.phone, self._ctx.home_region) if row.phone else ""
            label = " · ".join(p for p in (display_name(row.first_name, row.last_name,
                                                        row.company), row.company, phone) if p)
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)
        self.results.setVisible(self.results.count() > 0)

    def _pick_contact(self, item: QListWidgetItem) -> None:
        self.set_contact(int(item.data(Qt.ItemDataRole.UserRole)))

    def keyPressEvent(self, event) -> None:
        """Enter in the contact search runs it and goes to the matches; Enter on a match picks
        it and goes on to the rep. Neither books yet: that is Enter in a later field."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focus = self.focusWidget()
            if focus is self.search:
                self._search_timer.stop()
                self._search()
                if self.results.count():
                    self.results.setFocus()
                event.accept()
                return
            if focus is self.results:
                if self.results.currentItem() is not None:
                    self.rep.setFocus()
                event.accept()
                return
        super().keyPressEvent(event)

    def _fill_reps(self, select: int | None = None) -> None:
        self.rep.blockSignals(True)
        self.rep.clear()
        for rep in list_reps(active_only=True):
            self.rep.addItem(rep.name, rep.id)
        if select is not None:
            self.rep.setCurrentIndex(max(0, self.rep.findData(select)))
        self.rep.blockSignals(False)

    def _add_rep(self) -> None:
        from app.ui.reps_dialog import RepsDialog

        dialog = RepsDialog(self)
        dialog.exec()
        if dialog.changed:
            self._fill_reps(dialog.rep_id)
            self._rep_changed()
            if self.rep.count():
                self.message.hide()
                self.rep.setFocus()

    def _rep_changed(self) -> None:
        rep_id = self.rep.currentData()
        if rep_id is not None and self.appointment_id is None:
            with contextlib.suppress(NotFoundError):
                self.length.setValue(get_rep(int(rep_id)).default_length_min)
        self._refresh_slots()

    def _refresh_slots(self) -> None:
        self.slots.clear()
        rep_id = self.rep.currentData()
        qday = self.start.date()
        day = date(qday.year(), qday.month(), qday.day())
        self.slots_title.setText(self.tr("Free on %1").replace("%1", day_text(day)))
        if rep_id is None:
            return
        try:
            free = rep_free_slots(int(rep_id), day, self.length.value(), self.appointment_id)
        except NotFoundError:
            return
        for slot in free:
            begin = datetime.fromtimestamp(slot.starts_at)
            end = datetime.fromtimestamp(slot.ends_at)
            item = QListWidgetItem(f"{begin:%H:%M} – {end:%H:%M}")
            item.setData(Qt.ItemDataRole.UserRole, slot.starts_at)
            self.slots.addItem(item)
        if not free:
            self.slots.addItem(self.tr("No free time in working hours"))

    def _use_slot(self, item: QListWidgetItem) -> None:
        start = item.data(Qt.ItemDataRole.UserRole)
        if start is not None:
            self.start.setDateTime(QDateTime.fromSecsSinceEpoch(int(start)))

    # -- saving -------------------------------------------------------------------------
    def _input(self, reason: str) -> AppointmentInput | None:
        if self.contact_id is None:
            self._show_error(self.tr("Contact: choose a contact first (search by name or "
                                     "phone)."))
            self.search.setFocus()
            return None
        if self.rep.currentData() is None:
            self._show_error(self.tr("Rep: add a rep first (Appointments ▸ Reps…)."))
            return None
        start = datetime.fromtimestamp(self.start.dateTime().toSecsSinceEpoch()).astimezone()
        return AppointmentInput(self.contact_id, int(self.rep.currentData()), start,
                                self.length.value(), self.location.text(), self.purpose.text(),
                                self.notes.toPlainText(), self.call_id, reason)

    def save(self, reason: str = "") -> None:
        data = self._input(reason)
        if data is None:
            return
        try:
            if self.appointment_id is None:
                self.saved_id = book_appointment(data)
            else:
                update_appointment(self.appointment_id, data)
                self.saved_id = self.appointment_id
        except OutOfHoursError as exc:
            self._show_error(exc.message)
            self.override.show()
            self.reason.setFocus()
            return
        except (ValidationError, NotFoundError) as exc:
            self._show_error(error_text(exc))
            return
        self.accept()

    def _save_anyway(self) -> None:
        if not self.reason.text().strip():
            self._show_error(self.tr("Reason: say why this booking is outside working hours."))
            self.reason.setFocus()
            return
        self.save(self.reason.text())

    def _show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
