"""Incoming call (Ctrl+I): type or paste the caller's number (or a text holding it); the exact
match opens call mode, partial digits list candidates, an unknown number offers a new lead."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from app.services.call_types import InboundCandidate, InboundMatch
from app.services.inbound import match_inbound
from app.services.phones import format_for_display
from app.ui.app_context import AppContext
from app.ui.status_names import status_name

MATCH_DELAY_MS = 80


class IncomingCallDialog(QDialog):
    """After exec(): ``chosen_contact_id`` (answer as this contact) or ``new_lead_number``
    (make a new lead with this number); ``number`` is the E.164 understood, if any."""

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.chosen_contact_id: int | None = None
        self.new_lead_number = ""
        self.number = ""
        self.setObjectName("incomingCallDialog")
        self.setWindowTitle(self.tr("Incoming call"))
        self.resize(520, 420)
        self.input = QLineEdit()
        self.input.setObjectName("incomingNumber")
        self.input.setPlaceholderText(self.tr(
            "Type the number, or paste the caller-ID text or message that holds it"))
        self.understood = QLabel()
        self.understood.setObjectName("incomingUnderstood")
        self.matches = QListWidget()
        self.matches.setObjectName("incomingMatches")
        self.matches.setUniformItemSizes(True)
        self.matches.itemActivated.connect(lambda _: self.answer())
        self.answer_button = QPushButton(self.tr("&Answer as this contact (Enter)"))
        self.answer_button.clicked.connect(self.answer)
        self.new_lead_button = QPushButton(self.tr("&New lead with this number"))
        self.new_lead_button.setObjectName("incomingNewLead")
        self.new_lead_button.clicked.connect(self.new_lead)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.answer_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.new_lead_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self._cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Who is calling? (Ctrl+V pastes)")))
        layout.addWidget(self.input)
        layout.addWidget(self.understood)
        layout.addWidget(self.matches, 1)
        layout.addWidget(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(MATCH_DELAY_MS)
        self._timer.timeout.connect(self.find_caller)
        self.input.textChanged.connect(lambda _: self._timer.start())
        self.input.returnPressed.connect(self._enter)
        self.find_caller()

    def find_caller(self) -> InboundMatch | None:
        self._timer.stop()
        self.matches.clear()
        text = self.input.text().strip()
        if not text:
            self.understood.setText("")
            self.number = ""
            self._update_buttons()
            return None
        match = match_inbound(text, self._ctx.home_region)
        self.number = match.e164
        shown = format_for_display(match.e164, self._ctx.home_region) if match.e164 else ""
        if match.exact:
            self.understood.setText(self.tr("<b>%s</b> — known caller") % shown)
        elif match.partial:
            self.understood.setText(
                (self.tr("%s — not known; numbers containing these digits:") % shown)
                if shown else self.tr("Numbers containing these digits:"))
        elif shown:
            self.understood.setText(self.tr("<b>%s</b> — not in your contacts") % shown)
        else:
            self.understood.setText(self.tr("No phone number found in this text yet."))
        for candidate in match.exact or match.partial:
            self._add(candidate)
        if self.matches.count():
            self.matches.setCurrentRow(0)
        self._update_buttons()
        return match

    def _add(self, c: InboundCandidate) -> None:
        phone = format_for_display(c.phone, self._ctx.home_region)
        extra = "  ⚠ " + self.tr("do not call") if c.do_not_call else ""
        item = QListWidgetItem(f"{c.name}  {phone}  {c.city}  ({status_name(c.status)}){extra}")
        item.setData(Qt.ItemDataRole.UserRole, c.contact_id)
        self.matches.addItem(item)

    def _update_buttons(self) -> None:
        self.answer_button.setEnabled(self.matches.count() > 0)
        self.new_lead_button.setEnabled(bool(self.number))

    def _enter(self) -> None:
        """Enter in the number field: answer a single exact match, else move to the list."""
        match = self.find_caller()
        if match is not None and len(match.exact) == 1:
            self.answer()
        elif self.matches.count():
            self.matches.setFocus()
        elif self.number:
            self.new_lead_button.setFocus()

    def showEvent(self, event) -> None:
        """Tab walks the buttons as they are laid out: Answer, New lead, Cancel (the button
        box sets its own order when it lays them out, so this comes after)."""
        super().showEvent(event)
        self.setTabOrder(self.matches, self.answer_button)
        self.setTabOrder(self.answer_button, self.new_lead_button)
        self.setTabOrder(self.new_lead_button, self._cancel)

    def keyPressEvent(self, event) -> None:
        """Enter belongs to the number field, the list and a focused button (each acts on it
        itself); it must not fall through to a default button and close the dialog."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    def answer(self) -> None:
        item = self.matches.currentItem()
        if item is None:
            return
        self.chosen_contact_id = int(item.data(Qt.ItemDataRole.UserRole))
        self.accept()

    def new_lead(self) -> None:
        if not self.number:
            return
        self.new_lead_number = self.number
        self.accept()
