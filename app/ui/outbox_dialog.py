"""The outbox: messages not sent yet, why each waits, and Retry / Discard for the ones that
need a person (refused, or cut off mid-send and so perhaps delivered). A message sent later
shows when it is scheduled, in local time; Discard takes it out before then."""

from __future__ import annotations

import time

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.services.errors import ValidationError
from app.services.mail_queries import outbox_rows
from app.services.outbox import discard, retry
from app.ui.local_time import minute_text
from app.ui.named import named


class OutboxDialog(QDialog):
    retried = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Outbox"))
        self.resize(1000, 360)
        self.states = {"queued": self.tr("waiting"), "sending": self.tr("being sent"),
                       "failed": self.tr("not sent"), "unknown": self.tr("cut off: unknown")}
        self.table = named(QTableWidget(0, 5), "outboxTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Queued"), self.tr("To"), self.tr("Subject"), self.tr("State"),
             self.tr("Reason")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.empty = QLabel(self.tr("Nothing waiting: every message has been sent."))
        self.retry_button = named(QPushButton(self.tr("&Retry now")), "outboxRetry")
        self.discard_button = named(QPushButton(self.tr("&Discard…")), "outboxDiscard")
        self.retry_button.clicked.connect(self.retry_selected)
        self.discard_button.clicked.connect(self.discard_selected)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.retry_button)
        row.addWidget(self.discard_button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(row)
        self.ids: list[int] = []
        self.refresh()

    def refresh(self) -> None:
        rows = outbox_rows()
        self.ids = [r.id for r in rows]
        self.table.setRowCount(len(rows))
        now = int(time.time())
        for n, r in enumerate(rows):
            state = self.states.get(r.state, r.state)
            if r.state == "queued" and r.scheduled_at > now and not r.last_error:
                state = self.tr("scheduled for %1").replace("%1", minute_text(r.scheduled_at))
            elif r.state == "queued" and r.next_attempt_at > now and not r.last_error:
                state = self.tr("sending in a few seconds")
            for col, text in enumerate((minute_text(r.when), r.to_addrs, r.subject,
                                        state, r.last_error)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(n, col, item)
        self.table.resizeColumnsToContents()
        self.empty.setVisible(not rows)
        if rows:
            self.table.selectRow(0)

    def _selected(self) -> int | None:
        row = self.table.currentRow()
        return self.ids[row] if 0 <= row < len(self.ids) else None

    def retry_selected(self) -> None:
        message_id = self._selected()
        if message_id is None:
            return
        try:
            retry(message_id)
        except ValidationError as exc:
            QMessageBox.warning(self, self.tr("Outbox"), str(exc))
        self.retried.emit()
        self.refresh()

    def discard_selected(self) -> None:
        message_id = self._selected()
        if message_id is None:
            return
        answer = QMessageBox.question(self, self.tr("Discard"), self.tr(
            "Discard this message? It will not be sent."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            discard(message_id)
        except ValidationError as exc:
            QMessageBox.warning(self, self.tr("Outbox"), str(exc))
        self.refresh()
