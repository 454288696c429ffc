"""The call queue on the Calls tab: pick a saved queue, work it lead by lead with "Next"."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.call_queue import (
    CALL_FROM_HOUR,
    CALL_UNTIL_HOUR,
    delete_queue,
    list_queues,
    next_lead,
)
from app.services.call_types import QueueLead, SavedQueueInfo
from app.services.errors import ValidationError
from app.services.phones import is_assigned
from app.ui.app_context import AppContext
from app.ui.compact_buttons import fit_buttons_to_text
from app.ui.queue_dialog import QueueDialog

HELD_SHOWN = 500


class QueuePanel(QWidget):
    lead_ready = Signal(object)  # QueueLead: start call mode for it

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._cursor: tuple[int, int] | None = None
        self.current: QueueLead | None = None
        self.done_count = 0
        self.title = QLabel(self.tr("<b>Call queue</b>"))
        self.queues = QComboBox()
        self.queues.setObjectName("queueCombo")
        # Long queue names must not widen the whole Calls tab.
        self.queues.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.queues.setMinimumContentsLength(12)
        self.new_button = QPushButton(self.tr("New…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.next_button = QPushButton(self.tr("&Next lead (Ctrl+J)"))
        self.next_button.setObjectName("queueNext")
        self.restart_button = QPushButton(self.tr("Restart"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.held_title = QLabel()
        self.held_title.setWordWrap(True)
        self.held = QListWidget()
        self.held.setObjectName("heldLeads")
        self.held.setUniformItemSizes(True)
        self.new_button.clicked.connect(self.new_queue)
        self.edit_button.clicked.connect(self.edit_queue)
        self.delete_button.clicked.connect(self.delete_current)
        self.next_button.clicked.connect(self.next)
        self.restart_button.clicked.connect(self.restart)
        self.queues.currentIndexChanged.connect(lambda _: self.restart())
        fit_buttons_to_text(self.new_button, self.edit_button, self.delete_button,
                            self.restart_button)
        top = QHBoxLayout()
        top.addWidget(self.queues, 1)
        for button in (self.new_button, self.edit_button, self.delete_button):
            top.addWidget(button)
        actions = QHBoxLayout()
        actions.addWidget(self.next_button, 1)
        actions.addWidget(self.restart_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addWidget(self.held_title)
        layout.addWidget(self.held, 1)
        layout.addStretch(0)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        current = select_id if select_id is not None else self.queues.currentData()
        self.queues.blockSignals(True)
        self.queues.clear()
        for queue in list_queues():
            self.queues.addItem(queue.name, queue.id)
        if self.queues.count() == 0:
            self.queues.addItem(self.tr("(no saved queues: press New…)"), None)
        self.queues.setCurrentIndex(max(0, self.queues.findData(current)))
        self.queues.blockSignals(False)
        has_queue = self.queues.currentData() is not None
        for widget in (self.edit_button, self.delete_button, self.next_button,
                       self.restart_button):
            widget.setEnabled(has_queue)
        self.restart()

    def selected_queue(self) -> SavedQueueInfo | None:
        queue_id = self.queues.currentData()
        return next((q for q in list_queues() if q.id == queue_id), None)

    def select_queue(self, queue_id: int) -> None:
        self.queues.setCurrentIndex(max(0, self.queues.findData(queue_id)))

    def restart(self) -> None:
        self._cursor = None
        self.current = None
        self.done_count = 0
        self.held.clear()
        self._show_status(self.tr("Press Next to call the first lead."))

    def _show_status(self, text: str) -> None:
        self.status.setText(text)
        self.held_title.setText(self.tr(
            "Held back, outside %1:00–%2:00 their time (%n):", "", self.held.count())
            .replace("%1", str(CALL_FROM_HOUR)).replace("%2", str(CALL_UNTIL_HOUR)))
        held = self.held.count() > 0  # no empty box until someone is held back
        self.held_title.setVisible(held)
        self.held.setVisible(held)

    def next(self) -> QueueLead | None:
        """Move to the next callable lead and announce it (call mode starts from there)."""
        queue = self.selected_queue()
        if queue is None:
            QMessageBox.information(self, self.tr("Call queue"),
                                    self.tr("Make a call queue first (New…), then press Next."))
            return None
        try:
            step = next_lead(queue.filter, self._cursor)
        except ValidationError as exc:
            QMessageBox.warning(self, self.tr("Call queue"), str(exc))
            return None
        self._cursor = step.cursor
        for lead in step.held[:max(0, HELD_SHOWN - self.held.count())]:
            hour = self.tr("unknown") if lead.local_hour is None else f"{lead.local_hour:02d}:xx"
            self.held.addItem(f"{hour}  {lead.name}  ({lead.time_zone})")
        self.current = step.lead
        if step.lead is None and not step.exhausted:
            self._show_status(self.tr("No lead callable at this hour among the contacts looked "
                                      "at so far. Press Next to keep looking."))
            return None
        if step.lead is None:
            self._show_status(self.tr("Queue done. Leads worked: %n. Restart later for the "
                                      "held-back leads.", "", self.done_count))
            return None
        self.done_count += 1
        status = (self.tr("Lead %1: <b>%2</b>").replace("%1", str(self.done_count))
                  .replace("%2", escape(step.lead.name)))
        if step.lead.phone and not is_assigned(step.lead.phone):
            status += " " + self.tr("⚠ %s is not an assigned number: check it before "
                                    "dialling.") % escape(step.lead.phone)
        self._show_status(status)
        self.lead_ready.emit(step.lead)
        return step.lead

    def new_queue(self) -> None:
        dialog = QueueDialog(None, self)
        if dialog.exec() and dialog.saved:
            self.reload(dialog.saved.id)

    def edit_queue(self) -> None:
        queue = self.selected_queue()
        if queue is None:
            return
        dialog = QueueDialog(queue, self)
        if dialog.exec() and dialog.saved:
            self.reload(dialog.saved.id)

    def delete_current(self) -> None:
        queue = self.selected_queue()
        if queue is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete queue"),
                                      self.tr("Delete the queue %s? Contacts are not touched.")
                                      % queue.name)
        if answer == QMessageBox.StandardButton.Yes:
            delete_queue(queue.id)
            self.reload()
