"""Call mode: dial a number (tel:), time the call, end it, pick the outcome and the next step.

Keys: Enter on a number dials it and starts the timer; Ctrl+E ends the call; 1-9 pick the
outcome; Alt+F/P/Q/O the next step; Ctrl+Return saves; Alt+L logs a past call instead.
"""

from __future__ import annotations

from datetime import datetime
from html import escape
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QElapsedTimer, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import clock
from app.services.call_queue import zones_for
from app.services.call_types import CallInput, LoggedCall
from app.services.calls import log_call, parse_duration
from app.services.contacts import get_contact
from app.services.errors import NotFoundError, ValidationError
from app.services.phones import format_for_display, tel_url
from app.services.scheduling import FIRST_DAY, LAST_DAY
from app.ui.app_context import AppContext
from app.ui.call_outcome_panel import CallOutcomePanel
from app.ui.call_table_model import duration_text
from app.ui.labelled_rows_editor import ERROR_STYLE


class CallModeDialog(QDialog):
    def __init__(self, ctx: AppContext, contact_id: int, direction: str = "out",
                 number: str = "", parent=None, from_queue: bool = False) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.contact_id = contact_id
        self.direction = direction
        self.from_queue = from_queue
        self.logged: LoggedCall | None = None
        self.next_step = ""
        self._dialled = number
        self._started_at: datetime | None = None
        self._elapsed = QElapsedTimer()
        self._duration_s: int | None = None
        contact = get_contact(contact_id)  # NotFoundError is the caller's to show
        self.setWindowTitle(self.tr("Call — %s") % contact.display_name)
        self.setObjectName("callModeDialog")
        self.resize(620, 720)

        heading = QLabel(f"<h2>{escape(contact.display_name)}</h2>")
        facts = [x for x in (contact.company, contact.city, contact.status.capitalize()) if x]
        info = QLabel(" · ".join(facts))
        info.setTextFormat(Qt.TextFormat.PlainText)
        warn = QLabel(self.tr("⚠ Do not call: this contact asked not to be called."))
        warn.setStyleSheet("color: #b45309; font-weight: bold;")
        warn.setVisible(contact.do_not_call and direction == "out")
        self.numbers = QListWidget()
        self.numbers.setObjectName("callNumbers")
        self.numbers.setUniformItemSizes(True)
        now = clock.now()
        for phone in contact.phones:
            if phone.e164 is None:
                continue
            zones = zones_for(phone.e164)
            local = ""
            if zones:
                there = now.astimezone(ZoneInfo(zones[0])).strftime("%H:%M")
                local = self.tr("  ·  %s their time") % there
            text = (f"{format_for_display(phone.e164, ctx.home_region)}"
                    f"{' ext. ' + phone.extension if phone.extension else ''}"
                    f"  {phone.label}{local}")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, (phone.e164, phone.extension))
            self.numbers.addItem(item)
            if phone.e164 == number:
                self.numbers.setCurrentItem(item)
        if self.numbers.currentRow() < 0 and self.numbers.count():
            self.numbers.setCurrentRow(0)
        if not self.numbers.count():
            self.numbers.addItem(self.tr("No usable number: dial by hand, then log the call."))
            self.numbers.item(0).setData(Qt.ItemDataRole.UserRole, ("", ""))
        self.numbers.setMaximumHeight(max(24, self.numbers.sizeHintForRow(0)) * 4 + 8)
        self.numbers.itemActivated.connect(lambda _: self.dial())
        self.timer_label = QLabel("0:00")
        self.timer_label.setObjectName("callTimer")
        self.timer_label.setStyleSheet("font-size: 22pt; font-weight: bold;")
        self.state_label = QLabel(self.tr("Press Enter on a number to dial it."))
        self.end_button = QPushButton(self.tr("&End call (Ctrl+E)"))
        self.end_button.setObjectName("endCall")
        self.end_button.clicked.connect(self.end_call)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._update_timer)

        self.past = QCheckBox(self.tr("&Log a past call (date, time and duration)"))
        self.past.setObjectName("pastCall")
        self.past.toggled.connect(self._past_toggled)
        self.past_when = QDateTimeEdit(QDateTime.currentDateTime())
        self.past_when.setDateRange(QDate(FIRST_DAY), QDate(LAST_DAY))  # as the services
        self.past_when.setObjectName("pastWhen")
        self.past_when.setCalendarPopup(True)
        self.past_when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.past_duration = QLineEdit()
        self.past_duration.setObjectName("pastDuration")
        self.past_duration.setPlaceholderText(self.tr("m:ss, e.g. 4:30"))
        self.past_box = QWidget()
        past_form = QFormLayout(self.past_box)
        past_form.setContentsMargins(0, 0, 0, 0)
        past_form.addRow(self.tr("&When"), self.past_when)
        past_form.addRow(self.tr("&Duration"), self.past_duration)
        self.past_box.hide()

        self.outcome = CallOutcomePanel()
        self.outcome.setEnabled(False)
        self.error = QLabel()
        self.error.setObjectName("callError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Save and next (Ctrl+Enter)") if from_queue
                     else self.tr("Save (Ctrl+Enter)"))
        for button in self.buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
                button.setDefault(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for key, slot in (("Ctrl+E", self.end_call), ("Ctrl+Return", self.save),
                          ("Ctrl+Enter", self.save)):
            QShortcut(QKeySequence(key), self).activated.connect(slot)

        timer_row = QHBoxLayout()
        timer_row.addWidget(self.timer_label)
        timer_row.addWidget(self.state_label, 1)
        timer_row.addWidget(self.end_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(info)
        layout.addWidget(warn)
        layout.addWidget(self.numbers)
        layout.addLayout(timer_row)
        layout.addWidget(self.past)
        layout.addWidget(self.past_box)
        layout.addWidget(self.outcome, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        if direction == "in":
            self.start_timer(self.tr("Incoming call — talking."))
        self.numbers.setFocus()

    def keyPressEvent(self, event) -> None:
        """Plain Enter never saves (it dials a number or ends a line); Ctrl+Enter saves."""
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            event.accept()
            return
        super().keyPressEvent(event)

    # -- the live call --------------------------------------------------------------------
    def selected_number(self) -> tuple[str, str]:
        item = self.numbers.currentItem()
        if item is None:
            return "", ""
        e164, extension = item.data(Qt.ItemDataRole.UserRole)
        return str(e164), str(extension)

    def dial(self) -> None:
        """Hand the number to the system dialer or softphone and start the timer."""
        e164, extension = self.selected_number()
        if not e164 or self.past.isChecked():
            return
        self._dialled = e164
        if not QDesktopServices.openUrl(QUrl(tel_url(e164, extension))):
            self.state_label.setText(self.tr("No dialer answered tel: — dial %s by hand.")
                                     % format_for_display(e164, self._ctx.home_region))
        self.start_timer(self.tr("Calling %s…") % format_for_display(e164,
                                                                        self._ctx.home_region))

    def start_timer(self, text: str) -> None:
        if self._started_at is None:
            self._started_at = clock.now()
            self._elapsed.start()
            self._tick.start()
        self.state_label.setText(text)
        self._update_timer()

    def _update_timer(self) -> None:
        seconds = self._elapsed.elapsed() // 1000 if self._elapsed.isValid() else 0
        self.timer_label.setText(duration_text(int(seconds)))

    def is_running(self) -> bool:
        return self._tick.isActive()

    def end_call(self) -> None:
        """Stop the timer and open the outcome panel, focused on the outcomes (keys 1-9)."""
        if self._tick.isActive():
            self._tick.stop()
            self._duration_s = int(self._elapsed.elapsed() // 1000)
            self._update_timer()
        self.state_label.setText(self.tr("Call ended. Pick the outcome: keys 1–9."))
        self.end_button.setEnabled(False)
        self.outcome.setEnabled(True)
        self.outcome.focus_outcomes()

    def _past_toggled(self, checked: bool) -> None:
        self.past_box.setVisible(checked)
        self.outcome.setEnabled(checked or not self.end_button.isEnabled())
        if checked:
            self._tick.stop()
            self.past_when.setFocus()

    # -- saving ---------------------------------------------------------------------------
    def current_input(self) -> CallInput:
        """The call as entered; raises ValidationError for an unreadable duration."""
        if self.past.isChecked():
            local = self.past_when.dateTime().toPython()
            started = local.astimezone() if isinstance(local, datetime) else clock.now()
            duration = parse_duration(self.past_duration.text())
        else:
            started = self._started_at or clock.now()
            duration = self._duration_s if self._duration_s is not None else (
                int(self._elapsed.elapsed() // 1000) if self._elapsed.isValid() else 0)
        e164, _ = self.selected_number()
        return CallInput(
            contact_id=self.contact_id, outcome=self.outcome.outcome_code(), started_at=started,
            duration_s=duration, direction=self.direction, phone=self._dialled or e164,
            notes=self.outcome.notes.toPlainText(), next_step=self.outcome.next_step(),
            follow_up_at=self.outcome.follow_up_time(),
            next_step_reason=self.outcome.reason.text(),
        )

    def save(self) -> None:
        if not self.outcome.isEnabled():
            self.end_call()
            return
        try:
            data = self.current_input()
            if data.started_at > clock.now() and not self.past.isChecked():
                data.started_at = clock.now()
            self.logged = log_call(data)
        except ValidationError as exc:
            self.error.setText(str(exc))
            self.error.show()
            focus = {"Outcome": self.outcome.outcomes, "Notes": self.outcome.notes,
                     "Follow-up": self.outcome.follow_up_at, "Reason": self.outcome.reason,
                     "When": self.past_when, "Duration": self.past_duration,
                     "Next step": self.outcome.step_follow_up}.get(exc.field)
            if focus is not None:
                focus.setFocus()
            return
        except NotFoundError as exc:
            QMessageBox.warning(self, self.tr("Call not saved"), str(exc))
            self.reject()
            return
        self.next_step = data.next_step
        self._tick.stop()
        self.accept()

    def reject(self) -> None:
        """Leaving without saving loses what was typed: ask first when there is something."""
        typed = self.outcome.notes.toPlainText().strip() or self._started_at is not None
        if typed and self.logged is None:
            answer = QMessageBox.question(
                self, self.tr("Discard call"),
                self.tr("This call has not been logged. Close without saving it?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Discard:
                return
        self._tick.stop()
        super().reject()

