"""Email through the window: compose (Ctrl+M), email a quote, Settings ▸ Mail; a real aiosmtpd
receives what the outbox worker sends, off the UI thread."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.db.connection import db
from app.services.first_start import set_owner_name
from app.services.mail_account import load_account
from app.ui.compose_dialog import ComposeDialog
from app.ui.mail_settings_page import MailSettingsPage
from app.ui.main_window import TAB_QUOTES
from tests.mail_servers import (  # noqa: F401
    CERT_FILE,
    PASSWORD,
    SmtpServer,
    database_text,
    mail_account,
    smtp,
)
from tests.services.mail_helpers import customer, quote


@pytest.fixture(autouse=True)
def short_hold(monkeypatch: pytest.MonkeyPatch) -> None:
    """Sent from the window, a message is held 10 s for Undo; a second here."""
    from app.services import outbox

    monkeypatch.setattr(outbox, "UNDO_S", 1)


def _open_compose(qtbot, window, keys=(Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)):
    qtbot.keyClick(window, *keys)
    qtbot.waitUntil(lambda: isinstance(window.mail.dialog, ComposeDialog)
                    and window.mail.dialog.isVisible(), timeout=3000)
    return window.mail.dialog


def test_ctrl_m_writes_to_the_contact_and_the_worker_sends_it(
        qtbot, main_window, mail_account, smtp: SmtpServer) -> None:  # noqa: F811
    set_owner_name("Anil Deshpande")
    contact = customer()
    main_window.contacts.refresh()
    main_window.contacts.show_contact(contact)
    main_window.mail.start()
    dialog = _open_compose(qtbot, main_window)
    assert dialog.to.text() == "priya@example.com"  # the contact's address
    assert dialog.preview_subject.text() == "Thank you for your time, Priya"
    assert "Anil Deshpande" in dialog.preview.toPlainText()
    dialog.subject.setText("Catalogue for {company}")
    assert dialog.preview_subject.text() == "Catalogue for Sharma Traders"
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()  # closed at once: the worker sends
    qtbot.waitUntil(lambda: len(smtp.received) == 1, timeout=10_000)
    got = smtp.received[0].message
    assert str(got["Subject"]) == "Catalogue for Sharma Traders"
    assert "Dear Priya," in got.get_body(("plain",)).get_content()
    qtbot.waitUntil(lambda: db.execute_sql(
        "SELECT state FROM email_message").fetchone()[0] == "sent", timeout=5000)
    main_window.contacts.detail.refresh()
    html = main_window.contacts.detail.toHtml()
    assert "Catalogue for Sharma Traders" in html and "Emails" in html


def test_empty_merge_field_is_refused_in_the_dialog(qtbot, main_window,
                                                    mail_account) -> None:  # noqa: F811
    contact = customer(company="")  # and the user's own name is not set yet
    main_window.contacts.refresh()
    main_window.contacts.show_contact(contact)
    dialog = _open_compose(qtbot, main_window)
    dialog.subject.setText("Offer for {company}")
    assert dialog.preview_subject.text() == "Offer for [{company} is empty]"
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "{company} (company) would come out empty" in dialog.error.text()
    dialog.subject.setText("Offer")
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text().startswith("Message: the merge field {my_name} (your name, in "
                                          "Settings ▸ General) would come out empty")
    dialog.body.setPlainText("Hello {first_name}, here is the offer.")
    dialog.to.setText("not-an-address")
    dialog.subject.setText("Offer")
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "To: 'not-an-address' is not an email address"
    assert db.execute_sql("SELECT count(*) FROM email_message").fetchone()[0] == 0
    dialog.reject()


def test_email_quote_from_the_quotes_tab_attaches_its_pdf(
        qtbot, main_window, mail_account, smtp: SmtpServer) -> None:  # noqa: F811
    set_owner_name("Anil Deshpande")
    quote_id = quote(customer())
    main_window.tabs.setCurrentIndex(TAB_QUOTES)
    main_window.quotes.refresh()
    main_window.quotes.table.selectRow(0)
    main_window.mail.start()
    dialog = _open_compose(qtbot, main_window, (Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier
                                                | Qt.KeyboardModifier.AltModifier))
    assert dialog.quote_id == quote_id
    assert "Quotation Q-0001.pdf" in dialog.attachment.text()
    assert dialog.preview_subject.text() == "Quotation Q-0001 for Sharma Traders"
    dialog.send_button.click()
    qtbot.waitUntil(lambda: len(smtp.received) == 1, timeout=10_000)
    [pdf] = list(smtp.received[0].message.iter_attachments())
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf.get_content())).pages)
    assert "Q-0001" in text
    assert db.execute_sql("SELECT status FROM quote WHERE id = ?",
                          (quote_id,)).fetchone()[0] == "sent"


def _mail_page(main_window):
    from app.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(main_window)
    [page] = [p for p in dialog.pages if isinstance(p, MailSettingsPage)]
    return dialog, page


def test_settings_page_tests_the_connection_and_saves(qtbot, main_window,
                                                      smtp: SmtpServer) -> None:  # noqa: F811
    dialog, page = _mail_page(main_window)
    dialog.show()
    page.smtp.setText(f"127.0.0.1:{smtp.port}")
    page.security.setCurrentIndex(page.security.findData("starttls"))
    page.user.setText("anil")
    page.from_addr.setText("Anil Deshpande <anil@surya.example>")
    page.ca_file.setText(CERT_FILE)
    page.password.setText("wrong")
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.test_button.isEnabled(), timeout=10_000)
    assert page.result.text().startswith("Login: the server refused user anil: 535")
    page.password.setText(PASSWORD)
    page.test_button.click()
    qtbot.waitUntil(lambda: page.result.text().startswith("Works:"), timeout=10_000)
    page.from_addr.setText("nobody")
    dialog.save()
    assert dialog.isVisible() and "From: 'nobody' is not an email address" in dialog.error.text()
    page.from_addr.setText("Anil Deshpande <anil@surya.example>")
    dialog.save()
    account = load_account()
    assert account is not None and (account.smtp_port, account.user) == (smtp.port, "anil")
    assert PASSWORD not in database_text()
    QApplication.processEvents()


def test_ctrl_alt_i_sends_the_selected_appointments_invitation(
        qtbot, main_window, mail_account, smtp: SmtpServer) -> None:  # noqa: F811
    from app.ui.main_window import TAB_APPOINTMENTS
    from tests.services.mail_helpers import VISIT, visit

    set_owner_name("Anil Deshpande")
    visit(customer())
    main_window.tabs.setCurrentIndex(TAB_APPOINTMENTS)
    tab = main_window.appointments
    tab.set_view("list")
    tab.list_page.first.setDate(VISIT.date())
    tab.list_page.last.setDate(VISIT.date())
    tab.list_page.table.selectRow(0)
    main_window.mail.start()
    qtbot.keyClick(main_window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(smtp.received) == 1, timeout=10_000)
    got = smtp.received[0]
    assert got.rcpt_tos == ["ravi@surya.example"]
    [part] = [p for p in got.message.walk() if p.get_content_type() == "text/calendar"]
    assert part.get_param("method") == "REQUEST"
    assert "METHOD:REQUEST" in part.get_content()


def test_outbox_shows_why_a_message_waits_and_retry_sends_it(
        qtbot, main_window, mail_account, smtp: SmtpServer) -> None:  # noqa: F811
    from app.services.outbox import OutgoingMail, queue_mail, send_due

    smtp.stop()
    queue_mail(OutgoingMail(None, "priya@example.com", "Price list", "Attached."))
    send_due(timeout=5)
    qtbot.keyClick(main_window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.AltModifier)
    dialog = main_window.mail.outbox
    assert dialog is not None and dialog.isVisible()
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 2).text() == "Price list"
    assert dialog.table.item(0, 3).text() == "waiting"
    assert "refused the connection" in dialog.table.item(0, 4).text()
    smtp.start()
    main_window.mail.start()
    qtbot.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(smtp.received) == 1, timeout=10_000)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0, timeout=5000)  # refreshed by itself
    assert dialog.empty.isVisible()


def test_password_is_asked_once_per_session_without_a_keyring(
        qtbot, main_window, mail_account, smtp: SmtpServer) -> None:  # noqa: F811
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QInputDialog

    from app.services.mail_password import forget_session, get_password

    forget_session()  # a new session: nothing typed yet, and no keyring in this test
    asked: list[str] = []

    def type_password() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QInputDialog)
        asked.append(box.labelText())
        box.setTextValue(PASSWORD)
        box.accept()

    QTimer.singleShot(0, type_password)
    assert main_window.mail.runner.ensure_password(main_window)
    assert asked and "anil on 127.0.0.1" in asked[0]
    assert get_password(mail_account) == PASSWORD
    assert main_window.mail.runner.ensure_password(main_window)  # not asked again
    assert len(asked) == 1
