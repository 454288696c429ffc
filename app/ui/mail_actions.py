"""The Mail menu: write to the selected contact (Ctrl+M), email the selected quote, send the
selected appointment's invitation, see and flush the outbox. Sending runs in the outbox
worker, never in the window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from app.services.errors import NotFoundError, ValidationError

if TYPE_CHECKING:  # the mail code loads after the first paint, not at start
    from app.services.outbox import UndoneMail
    from app.ui.bulk_email_dialog import BulkEmailDialog
    from app.ui.compose_dialog import ComposeDialog
    from app.ui.main_window import MainWindow
    from app.ui.outbox_dialog import OutboxDialog
    from app.ui.outbox_runner import OutboxRunner
    from app.ui.undo_send_bar import UndoSendBar


class MailActions(QObject):
    def __init__(self, window: MainWindow, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self._runner: OutboxRunner | None = None
        self.dialog: ComposeDialog | None = None
        self.outbox: OutboxDialog | None = None
        self._undo_bar: UndoSendBar | None = None
        self.bulk: BulkEmailDialog | None = None
        for label, slot, keys in (
                (self.tr("&Write email to contact…"), self.compose_for_contact, "Ctrl+M"),
                (self.tr("Email &selected contacts…"), self.email_selected, "Ctrl+Alt+E"),
                (self.tr("Email &quote…"), self.email_quote, "Ctrl+Alt+M"),
                (self.tr("Send appointment &invitation"), self.invite, "Ctrl+Alt+I"),
                ("-", None, ""),
                (self.tr("&Outbox…"), self.show_outbox, "Ctrl+Alt+O"),
                (self.tr("&Send waiting email now"), self.send_now, None),
                (self.tr("&Fetch replies now"), self.fetch_now, None)):
            if slot is None:
                menu.addSeparator()
                continue
            action = QAction(label, window)
            if keys:
                action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            window.addAction(action)
            menu.addAction(action)

    @property
    def runner(self) -> OutboxRunner:
        if self._runner is None:
            from app.ui.outbox_runner import OutboxRunner

            window = self.window
            self._runner = OutboxRunner(self)
            self._runner.status.connect(lambda text: window.statusBar().showMessage(text,
                                                                                    15_000))
            self._runner.reported.connect(lambda _report: window.contacts.detail.refresh())
            self._runner.fetched.connect(lambda _result: window.contacts.detail.refresh())
        return self._runner

    def start(self) -> None:
        self.runner.start()

    def stop(self) -> None:
        if self._runner is not None:
            self._runner.stop()

    def _refuse(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 10_000)

    @property
    def undo_bar(self) -> UndoSendBar:
        if self._undo_bar is None:
            from app.ui.undo_send_bar import UndoSendBar

            self._undo_bar = UndoSendBar(self.window)
            self._undo_bar.undone.connect(self._undone)
            self._undo_bar.refused.connect(self._refuse)
            self.window.statusBar().addPermanentWidget(self._undo_bar)
        return self._undo_bar

    def compose(self, contact_id: int, quote_id: int | None = None,
                draft: UndoneMail | None = None, template: str | None = None
                ) -> ComposeDialog | None:
        from app.services.mail_account import load_account
        from app.ui.compose_dialog import ComposeDialog

        if load_account() is None:
            QMessageBox.information(self.window, self.tr("Email"), self.tr(
                "Set up your mail account first: File ▸ Settings ▸ Mail."))
            return None
        try:
            self.dialog = ComposeDialog(contact_id, quote_id, self.window, template=template,
                                        draft=draft)
        except NotFoundError as exc:
            self._refuse(str(exc))
            return None
        self.dialog.queued.connect(self._composed)
        self.dialog.open()
        return self.dialog

    def compose_for_contact(self, _checked: bool = False) -> None:
        contact_id = self.window.contacts.selected_contact_id()
        if contact_id is None:
            self._refuse(self.tr("Select a contact to write to."))
            return
        self.compose(contact_id)

    def email_selected(self, _checked: bool = False) -> None:
        """One template to the contacts selected in the Contacts tab."""
        from app.services.mail_account import load_account
        from app.ui.bulk_email_dialog import BulkEmailDialog
        from app.ui.main_window import TAB_CONTACTS

        self.window.tabs.setCurrentIndex(TAB_CONTACTS)
        ids = self.window.contacts.selected_contact_ids()
        if not ids:
            self._refuse(self.tr("Select the contacts to email (Shift or Ctrl + click)."))
            return
        if load_account() is None:
            QMessageBox.information(self.window, self.tr("Email"), self.tr(
                "Set up your mail account first: File ▸ Settings ▸ Mail."))
            return
        self.bulk = BulkEmailDialog(ids, self.window)
        self.bulk.queued.connect(self._bulk_queued)
        self.bulk.open()

    def _bulk_queued(self, result: object) -> None:
        from app.services.mail_bulk import BulkResult

        if not isinstance(result, BulkResult) or self.bulk is None:
            return
        self.window.statusBar().showMessage(self.bulk.summary(result), 20_000)
        self.window.contacts.detail.refresh()
        if result.queued:
            self.runner.wake(self.window)

    def email_quote(self, _checked: bool = False) -> None:
        from app.services.quotes import get_quote
        from app.ui.main_window import TAB_QUOTES

        self.window.tabs.setCurrentIndex(TAB_QUOTES)
        quote_id = self.window.quotes.selected_quote_id()
        if quote_id is None:
            self._refuse(self.tr("Select the quote to email."))
            return
        self.compose(get_quote(quote_id).data.contact_id, quote_id)

    def invite(self, _checked: bool = False) -> None:
        from app.services.appointment_invite import invite
        from app.ui.main_window import TAB_APPOINTMENTS

        self.window.tabs.setCurrentIndex(TAB_APPOINTMENTS)
        appointment_id = self.window.appointments.selected_id()
        if appointment_id is None:
            self._refuse(self.tr("Select the appointment whose invitation to send."))
            return
        try:
            invite(appointment_id)
        except (ValidationError, NotFoundError) as exc:
            QMessageBox.warning(self.window, self.tr("Invitation"), str(exc))
            return
        self._queued(0)

    def _composed(self, message_id: int) -> None:
        from app.ui.local_time import minute_text

        dialog = self.dialog
        send_at = dialog.send_at() if dialog is not None else None
        if send_at is None:
            self.undo_bar.offer(message_id)
        else:
            self.window.statusBar().showMessage(self.tr("Scheduled for %1 (Mail ▸ Outbox)")
                                                .replace("%1", minute_text(send_at)), 10_000)
            self.window.contacts.detail.refresh()
            return
        self._queued(message_id)

    def _undone(self, mail: object) -> None:
        from app.services.outbox import UndoneMail

        if not isinstance(mail, UndoneMail):
            return
        self.window.statusBar().showMessage(self.tr("Not sent: the message is back in the "
                                                    "compose window."), 10_000)
        self.window.contacts.detail.refresh()
        if mail.contact_id is not None:
            self.compose(mail.contact_id, mail.quote_id, draft=mail)

    def _queued(self, _message_id: int) -> None:
        self.window.statusBar().showMessage(self.tr("In the outbox; sending…"), 10_000)
        self.window.contacts.detail.refresh()
        self.runner.wake(self.window)

    def send_now(self, _checked: bool = False) -> None:
        self.runner.wake(self.window)

    def fetch_now(self, _checked: bool = False) -> None:
        from app.services.mail_account import load_account

        account = load_account()
        if account is None or not account.has_imap:
            self._refuse(self.tr("Add an IMAP server in Settings ▸ Mail to fetch replies."))
            return
        self.runner.fetch(self.window)

    def show_outbox(self, _checked: bool = False) -> None:
        from app.ui.outbox_dialog import OutboxDialog

        if self.outbox is None:  # one dialog, kept up to date by the worker's reports
            self.outbox = OutboxDialog(self.window)
            self.outbox.retried.connect(lambda: self.runner.wake(self.window))
            self.runner.reported.connect(self.outbox.refresh)
        else:
            self.outbox.refresh()
        self.outbox.open()
