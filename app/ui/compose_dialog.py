"""Write an email to a contact, or send them a quote: a template fills subject and text with
merge fields, the preview beside shows what the customer will read, and Send puts it in the
outbox (the worker sends it; the dialog closes at once). Sent now, it is held a few seconds so
the window can offer Undo; "Send later" holds it until the chosen local time."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.services import outbox
from app.services.errors import NotFoundError, ValidationError
from app.services.mail_merge import contact_values, quote_values
from app.services.mail_templates import (
    fields_for,
    find_template,
    list_templates,
    merge,
    preview,
)
from app.services.outbox import UndoneMail
from app.services.quote_mail import RenderedQuote
from app.ui.labelled_rows_editor import ERROR_STYLE
from app.ui.named import named


class ComposeDialog(QDialog):
    queued = Signal(int)  # the outbox message id

    def __init__(self, contact_id: int, quote_id: int | None = None, parent=None,
                 template: str | None = None, draft: UndoneMail | None = None) -> None:
        super().__init__(parent)
        self.contact_id = contact_id
        self.quote_id = quote_id
        self.rendered: RenderedQuote | None = None  # the quote's PDF, made while typing
        self.values = quote_values(quote_id) if quote_id is not None else contact_values(
            contact_id)
        self.setWindowTitle(self.tr("Email quote %1").replace("%1", self.values["quote_number"])
                            if quote_id is not None else self.tr("New email"))
        self.resize(920, 560)
        self.to = named(QLineEdit(self.values.get("_email", "")), "composeTo")
        self.template = named(QComboBox(), "composeTemplate")
        self.template.addItem(self.tr("(no template)"), "")
        for item in list_templates("quote" if quote_id is not None else "contact"):
            self.template.addItem(item.title, item.name)
        self.subject = named(QLineEdit(), "composeSubject")
        self.body = named(QPlainTextEdit(), "composeBody")
        purpose = "quote" if quote_id is not None else "contact"
        fields = QLabel(self.tr("Merge fields: %1").replace(
            "%1", " ".join("{" + f + "}" for f in fields_for(purpose))))
        fields.setWordWrap(True)
        fields.setStyleSheet("color: #666;")
        self.attachment = named(QLabel(), "composeAttachment")
        self.later = named(QCheckBox(self.tr("Send &later, at")), "composeLater")
        self.later_at = named(QDateTimeEdit(), "composeLaterAt")
        self.later_at.setCalendarPopup(True)
        tomorrow = QDateTime.currentDateTime().addDays(1)
        tomorrow.setTime(QTime(9, 0))
        self.later_at.setDateTime(tomorrow)
        self.later_at.setEnabled(False)
        self.later.toggled.connect(self.later_at.setEnabled)
        self.later.toggled.connect(self._label_send)
        later_row = QHBoxLayout()
        later_row.addWidget(self.later)
        later_row.addWidget(self.later_at, 1)
        form_box = QWidget()
        form = QFormLayout(form_box)
        form.addRow(self.tr("&To"), self.to)
        form.addRow(self.tr("Te&mplate"), self.template)
        form.addRow(self.tr("&Subject"), self.subject)
        form.addRow(self.body)
        form.addRow(fields)
        form.addRow(later_row)
        if quote_id is not None:
            self.attachment.setText(self.tr("Attached: Quotation %1.pdf (this revision, as "
                                            "printed)").replace("%1",
                                                                self.values["quote_number"]))
            form.addRow(self.attachment)
            self._render_ahead(quote_id)
        preview_box = QWidget()
        side = QVBoxLayout(preview_box)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(QLabel(self.tr("Preview")))
        self.preview_subject = named(QLabel(), "previewSubject")
        self.preview_subject.setWordWrap(True)
        self.preview_subject.setStyleSheet("font-weight: bold;")
        self.preview = named(QPlainTextEdit(), "composePreview")
        self.preview.setReadOnly(True)
        side.addWidget(self.preview_subject)
        side.addWidget(self.preview, 1)
        split = QSplitter()
        split.addWidget(form_box)
        split.addWidget(preview_box)
        split.setSizes([520, 400])
        self.error = named(QLabel(), "composeError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.send_button = buttons.addButton(self.tr("&Send"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.send_button.setToolTip(self.tr("Put it in the outbox (Ctrl+Return); it goes in "
                                            "%1 s and can be undone until then")
                                    .replace("%1", str(outbox.UNDO_S)))
        buttons.accepted.connect(self.send)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.send)
        bottom = QHBoxLayout()
        bottom.addWidget(self.error, 1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)
        self.template.currentIndexChanged.connect(self.apply_template)
        self.subject.textChanged.connect(self.update_preview)
        self.body.textChanged.connect(self.update_preview)
        chosen = template or ("quote" if quote_id is not None else "follow-up")
        self.template.setCurrentIndex(max(0, self.template.findData(chosen)))
        if draft is None:
            self.apply_template()
        else:  # an undone send comes back as it was written
            self.template.setCurrentIndex(0)
            self.to.setText(draft.to)
            self.subject.setText(draft.subject)
            self.body.setPlainText(draft.body)
        self.body.setFocus() if self.to.text() else self.to.setFocus()
        self._refuse_do_not_contact()

    def _refuse_do_not_contact(self) -> None:
        from app.services.do_not_contact import blocked_names

        blocked = blocked_names(self.contact_id, [])
        if blocked:
            self.error.setText(self.tr("%1 asked not to be emailed (Do not email is ticked on "
                                       "the contact).").replace("%1", blocked[0]))
            self.error.show()
            self.send_button.setEnabled(False)

    def _render_ahead(self, quote_id: int) -> None:
        """Render the PDF while the user reads and types, so Send need not wait for it."""
        from app.ui.thread_call import ThreadCall

        def work() -> object:
            from app.db.connection import db
            from app.services.quote_mail import render_ahead

            try:
                return render_ahead(quote_id)
            finally:
                if not db.is_closed():
                    db.close()  # this thread's own connection

        self._render = ThreadCall(self)
        self._render.done.connect(self._rendered)
        self._render.start(work)  # a failure here is only a missed head start

    def _label_send(self, later: bool) -> None:
        self.send_button.setText(self.tr("&Schedule") if later else self.tr("&Send"))

    def send_at(self) -> int | None:
        """The chosen "send later" moment in UTC epoch seconds (the field shows local time)."""
        return self.later_at.dateTime().toSecsSinceEpoch() if self.later.isChecked() else None

    def apply_template(self) -> None:
        item = find_template(str(self.template.currentData() or ""))
        if item is not None:
            self.subject.setText(item.subject)
            self.body.setPlainText(item.body)
        self.update_preview()

    def update_preview(self) -> None:
        try:
            shown = preview(self.subject.text(), self.body.toPlainText(), self.values)
        except ValidationError as exc:
            self.preview_subject.setText("")
            self.preview.setPlainText(str(exc))
            return
        self.preview_subject.setText(shown.subject)
        self.preview.setPlainText(shown.body)

    def send(self) -> None:
        try:
            message_id = self._queue()
        except (ValidationError, NotFoundError) as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.queued.emit(message_id)
        self.accept()

    def _queue(self) -> int:
        from app.services.do_not_contact import refuse_do_not_contact

        refuse_do_not_contact(self.contact_id, self.to.text().replace(";", ",").split(","))
        if self.quote_id is not None:
            from app.services.quote_mail import email_quote

            return email_quote(self.quote_id, self.to.text(),
                               str(self.template.currentData() or "quote"),
                               self.subject.text(), self.body.toPlainText(),
                               undo_s=self.undo_s(), send_at=self.send_at(),
                               rendered=self.rendered)
        from app.services.outbox import OutgoingMail, queue_mail

        merged = merge(self.subject.text(), self.body.toPlainText(), self.values)
        return queue_mail(OutgoingMail(self.contact_id, self.to.text(), merged.subject,
                                       merged.body, send_at=self.send_at()),
                          undo_s=self.undo_s())

    def _rendered(self, result: object) -> None:
        if isinstance(result, RenderedQuote):
            self.rendered = result

    def undo_s(self) -> int:
        return 0 if self.later.isChecked() else outbox.UNDO_S
