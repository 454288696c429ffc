"""Email the contacts selected in the Contacts tab with one template: each gets their own merged
message (the preview shows the first); those who asked not to be emailed, or have no address,
are skipped and counted."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from app.services.errors import ValidationError
from app.services.mail_bulk import BulkResult, email_contacts
from app.services.mail_merge import contact_values
from app.services.mail_templates import find_template, list_templates, preview
from app.ui.labelled_rows_editor import ERROR_STYLE
from app.ui.named import named


class BulkEmailDialog(QDialog):
    queued = Signal(object)  # BulkResult

    def __init__(self, contact_ids: list[int], parent=None) -> None:
        super().__init__(parent)
        self.contact_ids = contact_ids
        self.outcome: BulkResult | None = None
        self.setWindowTitle(self.tr("Email %n contact(s)", "", len(contact_ids)))
        self.resize(760, 560)
        self.template = named(QComboBox(), "bulkTemplate")
        for item in list_templates("contact"):
            self.template.addItem(item.title, item.name)
        self.subject = named(QLineEdit(), "bulkSubject")
        self.body = named(QPlainTextEdit(), "bulkBody")
        self.preview = named(QPlainTextEdit(), "bulkPreview")
        self.preview.setReadOnly(True)
        self.error = named(QLabel(), "bulkError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        note = QLabel(self.tr("Each contact gets their own message at their first address. "
                              "Contacts marked Do not email, or without an address, are "
                              "skipped."))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Te&mplate"), self.template)
        form.addRow(self.tr("&Subject"), self.subject)
        form.addRow(self.body)
        form.addRow(self.tr("Preview (first contact)"), self.preview)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.send_button = buttons.addButton(self.tr("&Send to %n contact(s)", "",
                                                     len(contact_ids)),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.send)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.template.currentIndexChanged.connect(self.apply_template)
        self.subject.textChanged.connect(self.update_preview)
        self.body.textChanged.connect(self.update_preview)
        self.template.setCurrentIndex(max(0, self.template.findData("follow-up")))
        self.apply_template()

    def apply_template(self) -> None:
        item = find_template(str(self.template.currentData() or ""))
        if item is not None:
            self.subject.setText(item.subject)
            self.body.setPlainText(item.body)
        self.update_preview()

    def update_preview(self) -> None:
        if not self.contact_ids:
            return
        try:
            shown = preview(self.subject.text(), self.body.toPlainText(),
                            contact_values(self.contact_ids[0]))
        except ValidationError as exc:
            self.preview.setPlainText(str(exc))
            return
        self.preview.setPlainText(shown.subject + "\n\n" + shown.body)

    def send(self) -> None:
        try:
            self.outcome = email_contacts(self.contact_ids, self.subject.text(),
                                         self.body.toPlainText())
        except ValidationError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.queued.emit(self.outcome)
        self.accept()

    def summary(self, result: BulkResult) -> str:
        """One line for the status bar: how many went to the outbox, how many were skipped."""
        text = self.tr("%n email(s) in the outbox", "", len(result.queued))
        if result.skipped:
            reasons = []
            if result.do_not_contact:
                reasons.append(self.tr("%n marked Do not email", "", result.do_not_contact))
            if result.no_address:
                reasons.append(self.tr("%n without an address", "", result.no_address))
            if result.empty_field:
                reasons.append(self.tr("%n with an empty merge field", "",
                                       result.empty_field))
            text += self.tr("; skipped %1: %2").replace("%1", str(result.skipped)).replace(
                "%2", ", ".join(reasons))
        return text
