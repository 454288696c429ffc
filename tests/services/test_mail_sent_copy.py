"""The copy in the IMAP Sent folder: the exact message that went out, in the folder marked
\\Sent (or called Sent); a failure there is stored and shown, and the message is never sent
again. Real aiosmtpd and the test IMAP server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.cli import main
from app.db.connection import close_database, db
from app.services.mail_account import make_account, save_account
from app.services.mail_password import forget_session, remember_for_session
from app.services.outbox import OutgoingMail, queue_mail, send_due
from tests.imap_server import ImapServer
from tests.mail_servers import PASSWORD, USER, SmtpServer
from tests.services.mail_helpers import customer


@pytest.fixture()
def servers(db_path: str) -> Iterator[tuple[SmtpServer, ImapServer]]:
    smtp, imap = SmtpServer("none"), ImapServer()
    smtp.start()
    imap.start()
    account = make_account(f"127.0.0.1:{smtp.port}", "none", USER,
                           "Anil Deshpande <anil@surya.example>", f"127.0.0.1:{imap.port}")
    save_account(account)
    remember_for_session(account, PASSWORD)
    yield smtp, imap
    forget_session()
    smtp.stop()
    imap.stop()


def _row(message_id: int) -> tuple[str, str, str]:
    row = db.execute_sql("SELECT state, sent_copy, mime FROM email_message WHERE id = ?",
                         (message_id,)).fetchone()
    return str(row[0]), str(row[1]), str(row[2])


def test_sent_message_is_appended_to_the_special_use_sent_folder(servers) -> None:
    smtp, imap = servers
    message_id = queue_mail(OutgoingMail(customer(), "priya@example.com", "नमस्ते Priya",
                                         "Thank you for your time."))
    report = send_due(timeout=5)
    assert report.sent == [message_id] and report.copy_failed == []
    state, copy, mime = _row(message_id)
    assert (state, copy) == ("sent", "saved")
    [copied] = imap.sent("Sent Items")  # the folder marked \Sent, not one called Sent
    assert copied == mime.encode("ascii")  # byte for byte what was stored and sent
    [got] = smtp.received
    assert got.message["Message-ID"] in copied.decode()
    assert imap.sent("Drafts") == []


def test_without_special_use_the_folder_called_sent_is_used(servers) -> None:
    _smtp, imap = servers
    imap.folders = {"Archive": ("", []), "Sent": ("", [])}
    message_id = queue_mail(OutgoingMail(None, "priya@example.com", "Price list", "Hi"))
    send_due(timeout=5)
    assert _row(message_id)[1] == "saved"
    assert len(imap.sent("Sent")) == 1


def test_a_refused_copy_is_shown_and_never_causes_a_resend(
        servers, db_path: str, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    smtp, imap = servers
    imap.refuse_append = "[OVERQUOTA] Mailbox is full"
    first = queue_mail(OutgoingMail(None, "priya@example.com", "Price list", "Hi"))
    report = send_due(timeout=5)
    assert report.sent == [first]
    reason = "copy to Sent: the server refused it ([OVERQUOTA] Mailbox is full)"
    assert report.copy_failed == [(first, reason)]
    assert _row(first)[:2] == ("sent", reason)
    imap.stop()  # and with the IMAP server gone altogether
    second = queue_mail(OutgoingMail(None, "priya@example.com", "Brochure", "Hi"))
    close_database()
    monkeypatch.setenv("CALLDESK_MAIL_PASSWORD", PASSWORD)
    assert main(["mail", "send-outbox", "--db", db_path]) == 0
    out = capsys.readouterr().out
    assert f"message {second} sent; not copied to the Sent folder: copy to Sent: " in out
    assert "refused the connection" in out
    assert send_due(timeout=5).sent == []  # nothing goes out again
    assert [str(r.message["Subject"]) for r in smtp.received] == ["Price list", "Brochure"]
    assert _row(second)[0] == "sent"
