"""The status bar's "Sending… Undo" for the seconds a message is held before it goes."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from app.services import outbox
from app.services.errors import ValidationError
from app.services.outbox import UndoneMail, undo_send
from app.ui.named import named


class UndoSendBar(QWidget):
    undone = Signal(object)  # UndoneMail: what the message said, for the compose window
    refused = Signal(str)  # too late: it is already being sent

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message_id: int | None = None
        self.label = named(QLabel(), "undoSendLabel")
        self.button = named(QPushButton(self.tr("&Undo")), "undoSendButton")
        self.button.setToolTip(self.tr("Take the message back and edit it"))
        self.button.clicked.connect(self.undo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.finish)
        self.hide()

    def offer(self, message_id: int, seconds: int | None = None) -> None:
        seconds = outbox.UNDO_S if seconds is None else seconds
        self.message_id = message_id
        self.label.setText(self.tr("Sending in %1 s…").replace("%1", str(seconds)))
        self.timer.start(seconds * 1000)
        self.show()

    def finish(self) -> None:
        self.message_id = None
        self.timer.stop()
        self.hide()

    def undo(self) -> None:
        message_id = self.message_id
        self.finish()
        if message_id is None:
            return
        try:
            mail: UndoneMail = undo_send(message_id)
        except ValidationError as exc:
            self.refused.emit(str(exc))
            return
        self.undone.emit(mail)
