"""Starts call mode from anywhere (contact, Due list, queue, incoming call, detail-pane link)
and hands the next step over: "book an appointment" calls ``window.request_booking(contact_id,
call_id)``, "create a quote" calls ``window.request_quote(contact_id)``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, QUrl
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from app.services.errors import NotFoundError

if TYPE_CHECKING:
    from app.services.call_types import LoggedCall, QueueLead
    from app.ui.call_mode_dialog import CallModeDialog

DUE_REFRESH_MS = 60_000


class CallLauncher(QObject):
    def __init__(self, window, parent=None) -> None:
        super().__init__(parent or window)
        self.window = window
        self._parent_widget: QWidget = window
        self.due_label = QLabel()
        self.due_label.setObjectName("dueCount")
        window.statusBar().addPermanentWidget(self.due_label)
        self._due_timer = QTimer(self)
        self._due_timer.setInterval(DUE_REFRESH_MS)
        self._due_timer.timeout.connect(self.refresh_due)
        self._due_timer.start()
        self.last_dialog: CallModeDialog | None = None
        window.first_painted.connect(self.refresh_due)  # its imports need not delay the window

    # -- starting call mode ---------------------------------------------------------------
    def call_contact(self, contact_id: int, direction: str = "out", number: str = "",
                     from_queue: bool = False, past: bool = False) -> LoggedCall | None:
        from app.ui.call_mode_dialog import CallModeDialog  # with phonenumbers.timezone

        try:
            dialog = CallModeDialog(self.window.ctx, contact_id, direction, number,
                                    self._parent_widget, from_queue=from_queue)
        except NotFoundError as exc:
            QMessageBox.warning(self._parent_widget, self.tr("Call"), str(exc))
            return None
        if past:
            dialog.past.setChecked(True)
        self.last_dialog = dialog
        dialog.exec()
        logged = dialog.logged
        if logged is not None:
            self.after_logging()
            self._hand_over(logged, dialog.next_step)
            if dialog.send_info:
                self.window.mail.compose(logged.contact_id, template="follow-up")
            if from_queue:
                QTimer.singleShot(0, self.window.calls.queue.next)
        return logged

    def call_lead(self, lead: QueueLead) -> None:
        self.call_contact(lead.contact_id, "out", lead.phone, from_queue=True)

    def selected_contact_id(self) -> int | None:
        from app.ui.main_window import TAB_CALLS

        if self.window.tabs.currentIndex() == TAB_CALLS:
            calls = self.window.calls
            found = (calls.due.current_contact_id() if calls.due.list.hasFocus()
                     else calls.selected_contact_id())
        else:
            found = self.window.contacts.selected_contact_id()
        return None if found is None else int(found)

    def call_selected(self, past: bool = False) -> None:
        contact_id = self.selected_contact_id()
        if contact_id is None:
            QMessageBox.information(self._parent_widget, self.tr("Call"),
                                    self.tr("Select a contact first."))
            return
        self.call_contact(contact_id, past=past)

    def log_past_call(self) -> None:
        self.call_selected(past=True)

    def next_lead(self) -> None:
        from app.ui.main_window import TAB_CALLS

        self.window.tabs.setCurrentIndex(TAB_CALLS)
        self.window.calls.queue.next()

    def incoming(self) -> None:
        from app.ui.incoming_call_dialog import IncomingCallDialog

        dialog = IncomingCallDialog(self.window.ctx, self._parent_widget)
        dialog.exec()
        if dialog.chosen_contact_id is not None:
            self.call_contact(dialog.chosen_contact_id, "in", dialog.number)
        elif dialog.new_lead_number:
            from app.services.contact_types import ContactInput, PhoneInput
            from app.ui.contact_dialog import ContactDialog

            initial = ContactInput(source="inbound call",
                                   phones=[PhoneInput(dialog.new_lead_number, "mobile")])
            contact_dialog = ContactDialog(self.window.ctx, None, self._parent_widget,
                                           initial=initial)
            contact_dialog.exec()
            if contact_dialog.saved_contact_id is not None:
                self.window.contacts.refresh()
                self.window.refresh_status()
                self.call_contact(contact_dialog.saved_contact_id, "in",
                                  dialog.new_lead_number)

    def open_link(self, url: QUrl) -> None:
        """calldesk://call/ID starts call mode; calldesk://calls/ID shows that contact's calls."""
        from app.ui.main_window import TAB_CALLS

        target = url.path().strip("/")
        if not target.isdigit():
            return
        if url.host() == "call":
            self.call_contact(int(target))
        elif url.host() == "calls":
            self.window.tabs.setCurrentIndex(TAB_CALLS)
            self.window.calls.show_contact_calls(int(target))

    # -- after a call ---------------------------------------------------------------------
    def after_logging(self) -> None:
        from app.ui.main_window import TAB_CALLS

        self.window.contacts.refresh()
        calls = self.window.built_tab(TAB_CALLS)
        if calls is not None:  # else it loads fresh when first shown
            calls.refresh()
        self.refresh_due()

    def refresh_due(self) -> None:
        from app.services.follow_ups import DUE_COUNT_CAP, due_count

        count = due_count()
        if count >= DUE_COUNT_CAP:
            self.due_label.setText(self.tr("Follow-ups due: %1+").replace("%1", f"{count:,}"))
        else:
            self.due_label.setText(self.tr("Follow-ups due: %n", "", count))
        self.due_label.setStyleSheet("color: #b45309; font-weight: bold;" if count else "")

    def _hand_over(self, logged: LoggedCall, next_step: str) -> None:
        """The call's next step, straight away: the booking dialog or a new quote."""
        if next_step == "appointment":
            self.window.request_booking(logged.contact_id, logged.call_id)
        elif next_step == "quote":
            self.window.request_quote(logged.contact_id)
