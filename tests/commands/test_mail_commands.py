"""mail account / test / send-outbox, quote email and appointment invite, as typed."""

from __future__ import annotations

import pytest

from app.cli import main
from app.db.connection import close_database, db, open_database
from app.services.first_start import set_owner_name
from app.services.mail_password import ENV, forget_session
from tests.mail_servers import CERT_FILE, PASSWORD, SmtpServer, database_text, smtp  # noqa: F401
from tests.services.mail_helpers import customer, quote, visit


@pytest.fixture()
def records(db_path: str, smtp: SmtpServer, monkeypatch: pytest.MonkeyPatch,  # noqa: F811
            capsys: pytest.CaptureFixture[str]):
    set_owner_name("Anil Deshpande")
    ids = {"quote": quote(customer()), "visit": visit(customer())}
    close_database()
    monkeypatch.setenv(ENV, PASSWORD)
    forget_session()
    account = ["mail", "account", "--db", db_path, "--smtp", f"127.0.0.1:{smtp.port}",
               "--security", "starttls", "--user", "anil", "--from",
               "Anil Deshpande <anil@surya.example>", "--ca-file", CERT_FILE]
    assert main(account) == 0
    out = capsys.readouterr().out
    assert "saved the mail account: 127.0.0.1:" in out
    assert ("the password is in the system keyring" in out
            or f"no system keyring here: the password is not kept; set {ENV}" in out)
    close_database()
    yield ids
    forget_session()
    close_database()


def test_account_test_and_quote_email(records, db_path: str, smtp: SmtpServer,  # noqa: F811
                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["mail", "test", "--db", db_path]) == 0
    assert "ok: 127.0.0.1:" in capsys.readouterr().out
    close_database()
    assert main(["quote", "email", "Q-0001", "--to", "priya@example.com", "--db", db_path]) == 0
    out = capsys.readouterr().out
    assert "Q-0001 to priya@example.com: in the outbox" in out and "sent" in out
    [got] = smtp.received
    assert got.rcpt_tos == ["priya@example.com"]
    [pdf] = list(got.message.iter_attachments())
    assert pdf.get_filename() == "Quotation Q-0001.pdf"
    open_database(db_path)
    row = db.execute_sql("SELECT status FROM quote WHERE number = 'Q-0001'").fetchone()
    assert row[0] == "sent"
    assert "anil@surya.example" in database_text()
    assert PASSWORD not in database_text()  # the password stays out of the database


def test_server_down_then_send_outbox(records, db_path: str, smtp: SmtpServer,  # noqa: F811
                                      capsys: pytest.CaptureFixture[str]) -> None:
    smtp.stop()
    assert main(["appointment", "invite", str(records["visit"]), "--db", db_path]) == 1
    err = capsys.readouterr().err
    assert "not sent: Connection: 127.0.0.1:" in err and "stays in the outbox" in err
    close_database()
    smtp.start()
    open_database(db_path)
    db.execute_sql("UPDATE email_message SET next_attempt_at = 0")  # the backoff has passed
    close_database()
    assert main(["mail", "send-outbox", "--db", db_path]) == 0
    assert "sent 1, waiting 0, failed 0" in capsys.readouterr().out
    [got] = smtp.received
    [part] = [p for p in got.message.walk() if p.get_content_type() == "text/calendar"]
    assert part.get_param("method") == "REQUEST"


def test_errors_are_one_line(records, db_path: str, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["quote", "email", "Q-0001", "--to", "priya at example", "--db", db_path]) == 1
    assert capsys.readouterr().err.strip() == (
        "error: To: 'priya at example' is not an email address")
    close_database()
    assert main(["quote", "email", "Q-0009", "--to", "a@b.example", "--db", db_path]) == 1
    assert "no quote numbered Q-0009" in capsys.readouterr().err
    close_database()
    assert main(["quote", "email", "Q-0001", "--to", "a@b.example", "--template", "x",
                 "--db", db_path]) == 1
    assert "there is no template named 'x'" in capsys.readouterr().err
    close_database()
    assert main(["mail", "account", "--db", db_path, "--smtp", "mail.example.com:0",
                 "--security", "tls", "--from", "a@b.example"]) == 1
    assert "SMTP server: '0' is not a port number" in capsys.readouterr().err
    close_database()
    assert main(["appointment", "invite", "999", "--db", db_path]) == 1
    assert "appointment 999 no longer exists" in capsys.readouterr().err


def test_mail_fetch_logs_a_reply(db_path: str, monkeypatch: pytest.MonkeyPatch,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    from tests.imap_server import ImapServer

    customer()
    close_database()
    imap = ImapServer()
    imap.start()
    imap.add(b"From: Priya <priya@example.com>\r\nTo: anil@surya.example\r\n"
             b"Subject: Re: Quotation\r\nMessage-ID: <reply-1@example.com>\r\n\r\n"
             b"Yes, go ahead.\r\n")
    monkeypatch.setenv(ENV, PASSWORD)
    try:
        assert main(["mail", "account", "--db", db_path, "--smtp", "127.0.0.1:2525",
                     "--security", "none", "--user", "anil", "--from", "anil@surya.example",
                     "--imap", f"127.0.0.1:{imap.port}"]) == 0
        close_database()
        assert main(["mail", "fetch", "--db", db_path]) == 0
        assert "fetched 1 new message(s) from known contacts; 0 skipped" in (
            capsys.readouterr().out)
        close_database()
        assert main(["mail", "fetch", "--db", db_path]) == 0
        assert "fetched 0 new message(s)" in capsys.readouterr().out
    finally:
        imap.stop()
        forget_session()
