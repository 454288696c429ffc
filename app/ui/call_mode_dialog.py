"""Call mode: dial a number (tel:), time the call, end it, pick the outcome and the next step.

Keys: Enter on a number dials it and starts the timer; Ctrl+E ends the call; 1-9 and 0 pick
the outcome (or type its name); Alt+F/P/Q/O the next step; Ctrl+Return saves; Alt+L logs a
past call instead. Notes and the outcome can be filled in while the call runs.
"""

from __future__ import annotations

from datetime import datetime
from html import escape
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QElapsedTimer, Qt, QTimer, QUrl
from PySide6.QtGui import QKeySequence, QShortcut
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
from app.services.phones import format_for_display, is_assigned, tel_url
from app.services.scheduling import FIRST_DAY, LAST_DAY
from app.ui.app_context import AppContext
from app.ui.call_outcome_panel import CallOutcomePanel
from app.ui.call_table_model import duration_text
from app.ui.desktop_launch import open_external
from app.ui.labelled_rows_editor import ERROR_STYLE, WARNING_STYLE
from app.ui.status_names import status_name

LEFT_OPEN_S = 3600  # a call this long was probably left running: ask


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
        self.send_info = False  # after saving: write to the contact with the follow-up template
        self._dialled = number
        self._started_at: datetime | None = None
        self._elapsed = QElapsedTimer()
        self._duration_s: int | None = None
        self._unassigned_ok: set[str] = set()  # unassigned numbers the person chose to dial
        contact = get_contact(contact_id)  # NotFoundError is the caller's to show
        self.setWindowTitle(self.tr("Call — %s") % contact.display_name)
        self.setObjectName("callModeDialog")
        self.resize(620, 760)

        heading = QLabel(f"<h2>{escape(contact.display_name)}</h2>")
        facts = [x for x in (contact.company, contact.city, status_name(contact.status)) if x]
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
            flag = "" if is_assigned(phone.e164) else self.tr("⚠ not assigned  ")
            text = (f"{flag}{format_for_display(phone.e164, ctx.home_region)}"
                    f"{self.tr(' ext. ') + phone.extension if phone.extension else ''}"
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
        self.manual_button = QPushButton(self.tr("Dialled by &hand: start the timer"))
        self.manual_button.setObjectName("dialledByHand")
        self.manual_button.clicked.connect(self._dialled_by_hand)
        self.dial_problem = QLabel()
        self.dial_problem.setObjectName("dialProblem")
        self.dial_problem.setStyleSheet(WARNING_STYLE)
        self.dial_problem.setWordWrap(True)
        self.dial_problem_row = QWidget()
        problem_row = QHBoxLayout(self.dial_problem_row)
        problem_row.setContentsMargins(0, 0, 0, 0)
        problem_row.addWidget(self.dial_problem, 1)
        problem_row.addWidget(self.manual_button)
        self.dial_problem_row.hide()
        self.number_warning = QLabel()
        self.number_warning.setObjectName("numberWarning")
        self.number_warning.setStyleSheet(WARNING_STYLE)
        self.number_warning.setWordWrap(True)
        self.number_warning.hide()
        self.numbers.currentItemChanged.connect(lambda *_: self._warn_number())
        self.left_open = QWidget()
        self.left_open.setObjectName("leftOpen")
        self.left_open_label = QLabel()
        self.left_open_label.setStyleSheet(WARNING_STYLE)
        self.left_open_label.setWordWrap(True)
        left_open_end = QPushButton(self.tr("It was left open: enter the real duration"))
        left_open_end.setObjectName("leftOpenFix")
        left_open_end.clicked.connect(self._fix_left_open)
        left_open_keep = QPushButton(self.tr("Still talking"))
        left_open_keep.setObjectName("leftOpenKeep")
        left_open_keep.clicked.connect(self.left_open.hide)
        left_open_row = QHBoxLayout(self.left_open)
        left_open_row.setContentsMargins(0, 0, 0, 0)
        left_open_row.addWidget(self.left_open_label, 1)
        left_open_row.addWidget(left_open_end)
        left_open_row.addWidget(left_open_keep)
        self.left_open.hide()
        self._asked_left_open = False
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

        self.outcome = CallOutcomePanel()  # open during the call: notes are taken while talking
        if contact.do_not_contact or not contact.emails:
            self.outcome.send_info.setEnabled(False)
            self.outcome.send_info.setToolTip(
                self.tr("This contact asked not to be emailed") if contact.do_not_contact
                else self.tr("This contact has no email address"))
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
        layout.addWidget(self.number_warning)
        layout.addLayout(timer_row)
        layout.addWidget(self.dial_problem_row)
        layout.addWidget(self.left_open)
        layout.addWidget(self.past)
        layout.addWidget(self.past_box)
        layout.addWidget(self.outcome, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        if direction == "in":
            self.start_timer(self.tr("Incoming call — talking."))
        self._warn_number()
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

    def _warn_number(self) -> None:
        e164, _ = self.selected_number()
        unassigned = bool(e164) and not is_assigned(e164)
        self.number_warning.setText(self.tr(
            "⚠ %s is not an assigned number in its country: check it with the contact's "
            "details before dialling.") % format_for_display(e164, self._ctx.home_region)
            if unassigned else "")
        self.number_warning.setVisible(unassigned)

    def dial(self) -> None:
        """Hand the number to the system dialer or softphone and start the timer."""
        e164, extension = self.selected_number()
        if not e164 or self.past.isChecked():
            return
        shown = format_for_display(e164, self._ctx.home_region)
        if not is_assigned(e164) and e164 not in self._unassigned_ok:
            self._unassigned_ok.add(e164)  # said once; Enter again dials it anyway
            self.state_label.setText(self.tr("%s is not an assigned number. Press Enter "
                                             "again to dial it anyway.") % shown)
            return
        self._dialled = e164
        failure = open_external(QUrl(tel_url(e164, extension)), self)
        if failure:
            self.show_dial_problem(failure)
            return
        self.dial_problem_row.hide()
        self.start_timer(self.tr("Calling %s…") % shown)

    def show_dial_problem(self, text: str) -> None:
        """Nothing was dialled: the timer waits, the reason and the way out are shown."""
        self.state_label.setText(self.tr("Not dialled."))
        self.dial_problem.setText(text)
        self.dial_problem_row.show()

    def _dialled_by_hand(self) -> None:
        self.dial_problem_row.hide()
        self.start_timer(self.tr("Dialled by hand — timing the call."))
        self.numbers.setFocus()

    def start_timer(self, text: str) -> None:
        if self._started_at is None:
            self._started_at = clock.now()
            self._elapsed.start()
            self._tick.start()
        self.state_label.setText(text)
        self._update_timer()

    def running_seconds(self) -> int:
        return int(self._elapsed.elapsed() // 1000) if self._elapsed.isValid() else 0

    def _update_timer(self) -> None:
        seconds = self.running_seconds()
        self.timer_label.setText(duration_text(seconds))
        if seconds >= LEFT_OPEN_S and self._tick.isActive() and not self._asked_left_open:
            # Asked in the dialog, not in a box: a box would stop the timer's owner.
            self._asked_left_open = True
            self.left_open_label.setText(self.tr(
                "This call has been running for over an hour. Was it left open?"))
            self.left_open.show()

    def _fix_left_open(self) -> None:
        """Log it as a past call from its start, with the duration typed by the person."""
        self.left_open.hide()
        started = self._started_at or clock.now()
        self.past.setChecked(True)
        local = started.astimezone().replace(tzinfo=None)
        self.past_when.setDateTime(QDateTime(local))
        self.past_duration.clear()
        self.past_duration.setFocus()

    def is_running(self) -> bool:
        return self._tick.isActive()

    def end_call(self) -> None:
        """Stop the timer and open the outcome panel, focused on the outcomes (keys 1-9)."""
        if self._tick.isActive():
            self._tick.stop()
            self._duration_s = self.running_seconds()
            self._update_timer()
        self.left_open.hide()
        self.state_label.setText(self.tr("Call ended. Pick the outcome: keys 1–9 and 0, or "
                                         "type its name."))
        self.end_button.setEnabled(False)
        self.outcome.focus_outcomes()

    def _past_toggled(self, checked: bool) -> None:
        self.past_box.setVisible(checked)
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
            duration = (self._duration_s if self._duration_s is not None
                        else self.running_seconds())
        e164, _ = self.selected_number()
        return CallInput(
            contact_id=self.contact_id, outcome=self.outcome.outcome_code(), started_at=started,
            duration_s=duration, direction=self.direction, phone=self._dialled or e164,
            notes=self.outcome.notes.toPlainText(), next_step=self.outcome.next_step(),
            follow_up_at=self.outcome.follow_up_time(),
            next_step_reason=self.outcome.reason.text(),
        )

    def save(self) -> None:
        if self._tick.isActive():  # saving ends a running call first
            self.end_call()
            if not self.outcome.outcome_code():
                return  # the outcome list has focus: pick one, then save
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
        self.send_info = self.outcome.send_info.isChecked()
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

