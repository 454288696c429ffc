"""The window's side of the outbox worker: starts and stops it, wakes it when a message is
queued, asks once per session for a password no keyring holds, and tells the status bar."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from app.services.mail_account import load_account
from app.services.mail_password import get_password, remember_for_session
from app.services.mail_worker import OutboxWorker
from app.services.outbox import SendReport


class OutboxRunner(QObject):
    reported = Signal(object)  # SendReport, in the UI thread
    fetched = Signal(object)  # FetchResult, in the UI thread
    status = Signal(str)  # one line for the status bar

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = OutboxWorker(on_report=self.reported.emit, on_fetch=self.fetched.emit)
        self.reported.connect(self._on_report)
        self.fetched.connect(self._on_fetch)

    def start(self) -> None:
        self.worker.start()

    def stop(self) -> None:
        self.worker.stop()

    def wake(self, window: QWidget | None = None) -> None:
        if window is not None:
            self.ensure_password(window)
        self.worker.wake()

    def fetch(self, window: QWidget) -> None:
        if self.ensure_password(window):
            self.worker.fetch_now()

    def ensure_password(self, window: QWidget) -> bool:
        """Ask for the password when neither keyring, environment nor this session has it."""
        account = load_account()
        if account is None or not account.user or get_password(account) is not None:
            return True
        text, ok = QInputDialog.getText(
            window, self.tr("Mail password"),
            self.tr("Password of %1 on %2 (kept until CallDesk closes):")
            .replace("%1", account.user).replace("%2", account.smtp_host),
            QLineEdit.EchoMode.Password)
        if not ok:
            self.status.emit(self.tr("No mail password: messages wait in the outbox."))
            return False
        remember_for_session(account, text)
        return True

    def _on_report(self, report: object) -> None:
        if not isinstance(report, SendReport):
            return
        parts = []
        if report.sent:
            parts.append(self.tr("%n email(s) sent", "", len(report.sent)))
        if report.failed:
            parts.append(self.tr("not sent: %1").replace("%1", report.failed[-1][1]))
        elif report.waiting:
            parts.append(self.tr("%n email(s) waiting: %1", "", len(report.waiting))
                         .replace("%1", report.waiting[-1][1]))
        if report.copy_failed:
            parts.append(self.tr("sent, but not copied to the Sent folder: %1")
                         .replace("%1", report.copy_failed[-1][1]))
        if parts:
            self.status.emit("; ".join(parts))

    def _on_fetch(self, result: object) -> None:
        stored = getattr(result, "stored", 0)
        if stored:
            self.status.emit(self.tr("%n new email(s) from contacts", "", stored))
