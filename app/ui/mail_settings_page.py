"""Settings > Mail: the user's own mailbox (SMTP, optional IMAP) and a Test connection button
that says exactly which step failed. The password goes to the system keyring, or where there
is none, is kept for this session only; never into the database or the settings file."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.services.errors import ValidationError
from app.services.mail_account import MailAccount, load_account, make_account, save_account
from app.services.mail_password import (
    get_password,
    keyring_usable,
    remember_for_session,
    store_password,
)
from app.ui.labelled_rows_editor import ERROR_STYLE
from app.ui.named import named
from app.ui.settings_page import SettingsPage
from app.ui.thread_call import ThreadCall

OK_STYLE = "color: #15803d;"


class MailSettingsPage(SettingsPage):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.smtp = named(QLineEdit(), "mailSmtp")
        self.smtp.setPlaceholderText("smtp.example.com:587")
        self.security = named(QComboBox(), "mailSecurity")
        for label, key in ((self.tr("STARTTLS (port 587)"), "starttls"),
                           (self.tr("TLS (port 465)"), "tls"),
                           (self.tr("None (not encrypted)"), "none")):
            self.security.addItem(label, key)
        self.user = named(QLineEdit(), "mailUser")
        self.password = named(QLineEdit(), "mailPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.from_addr = named(QLineEdit(), "mailFrom")
        self.from_addr.setPlaceholderText(self.tr("Your Name <you@example.com>"))
        self.imap = named(QLineEdit(), "mailImap")
        self.imap.setPlaceholderText(self.tr("optional: imap.example.com:993"))
        self.ca_file = named(QLineEdit(), "mailCaFile")
        self.ca_file.setPlaceholderText(self.tr("optional: your company's CA file"))
        self.no_reply = named(QSpinBox(), "mailNoReplyDays")
        self.no_reply.setRange(0, 365)
        self.no_reply.setSpecialValueText(self.tr("off"))
        self.no_reply.setSuffix(self.tr(" days"))
        self.no_reply.setToolTip(self.tr("A sent email without a reply from the contact after "
                                         "this many days puts them in the Due list, to call "
                                         "(0 = off)"))
        self.test_button = named(QPushButton(self.tr("&Test connection")), "mailTest")
        self.test_button.clicked.connect(self.test_connection)
        self.result = named(QLabel(), "mailTestResult")
        self.result.setWordWrap(True)
        where = (self.tr("The password is kept in the system keyring.") if keyring_usable()
                 else self.tr("No system keyring here: the password is kept until CallDesk "
                              "closes, and asked for again next time."))
        self.password_hint = QLabel(where)
        self.password_hint.setWordWrap(True)
        row = QWidget()
        buttons = QHBoxLayout(row)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        form = QFormLayout(self)
        form.addRow(self.tr("&SMTP server"), self.smtp)
        form.addRow(self.tr("S&ecurity"), self.security)
        form.addRow(self.tr("&User"), self.user)
        form.addRow(self.tr("&Password"), self.password)
        form.addRow(self.password_hint)
        form.addRow(self.tr("&From"), self.from_addr)
        form.addRow(self.tr("&IMAP server"), self.imap)
        form.addRow(self.tr("CA &file"), self.ca_file)
        form.addRow(row)
        form.addRow(self.result)
        form.addRow(self.tr("Call when &no reply after"), self.no_reply)
        self._call = ThreadCall(self)
        self._call.done.connect(self._tested)
        self._call.failed.connect(self._test_failed)

    def title(self) -> str:
        return self.tr("Mail")

    def load(self) -> None:
        from app.services.no_reply import no_reply_days

        self.no_reply.setValue(no_reply_days())
        account = load_account()
        if account is None:
            return
        self.smtp.setText(f"{account.smtp_host}:{account.smtp_port}")
        self.security.setCurrentIndex(max(0, self.security.findData(account.security)))
        self.user.setText(account.user)
        self.from_addr.setText(account.from_addr)
        if account.has_imap:
            self.imap.setText(f"{account.imap_host}:{account.imap_port}")
        self.ca_file.setText(account.ca_file)
        if get_password(account):
            self.password.setPlaceholderText(self.tr("(unchanged)"))

    def account(self) -> MailAccount | None:
        """The account as typed; None when the page is left empty (no mail)."""
        if not (self.smtp.text().strip() or self.from_addr.text().strip()):
            return None
        return make_account(self.smtp.text(), str(self.security.currentData()),
                            self.user.text(), self.from_addr.text(), self.imap.text(),
                            self.ca_file.text())

    def save(self) -> None:
        from app.services.no_reply import set_no_reply_days

        set_no_reply_days(self.no_reply.value())
        account = self.account()
        if account is None:
            from app.services.mail_account import clear_account

            clear_account()  # emptied: no mail account any more
            return
        save_account(account)
        if self.password.text():
            store_password(account, self.password.text())

    def _password(self, account: MailAccount) -> str | None:
        return self.password.text() or get_password(account)

    def test_connection(self) -> None:
        if self._call.running():
            return
        try:
            account = self.account()
        except ValidationError as exc:
            self._show(str(exc), ok=False)
            return
        if account is None:
            self._show(self.tr("Enter the SMTP server and your From address first."), ok=False)
            return
        from app.services.smtp_client import test_connection

        password = self._password(account)
        if self.password.text():
            remember_for_session(account, self.password.text())
        self.test_button.setEnabled(False)
        self._show(self.tr("Connecting…"), ok=True)
        self._call.start(lambda: test_connection(account, password))

    def _tested(self, text: object) -> None:
        self.test_button.setEnabled(True)
        self._show(self.tr("Works: %1").replace("%1", str(text)), ok=True)

    def _test_failed(self, exc: object) -> None:
        self.test_button.setEnabled(True)
        self._show(str(exc), ok=False)

    def _show(self, text: str, ok: bool) -> None:
        self.result.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.result.setText(text)
