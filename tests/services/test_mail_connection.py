"""Test connection against a real aiosmtpd: each failure says which step failed."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.services.errors import ValidationError
from app.services.mail_account import load_account, make_account, save_account
from app.services.mail_errors import MailError
from app.services.smtp_client import test_connection as check_connection
from tests.mail_servers import (  # noqa: F401
    CERT_FILE,
    PASSWORD,
    REFUSED_SENDER,
    SmtpServer,
    database_text,
    free_port,
    smtp,
    smtp_tls,
)


def _account(server: SmtpServer, **changes: str):
    return make_account(**{**server.account_args(), **changes})


def test_starttls_login_and_sender_succeed(smtp: SmtpServer) -> None:  # noqa: F811
    text = check_connection(_account(smtp), PASSWORD)
    assert "with STARTTLS" in text and "logged in as anil" in text
    assert "anil@surya.example" in text


def test_implicit_tls_succeeds(smtp_tls: SmtpServer) -> None:  # noqa: F811
    assert "over TLS" in check_connection(_account(smtp_tls), PASSWORD)


def test_unknown_host_is_a_dns_failure() -> None:
    account = make_account("no-such-host.invalid:587", "starttls", "anil", "a@b.example")
    with pytest.raises(MailError) as err:
        check_connection(account, "x", timeout=5)
    assert err.value.stage == "dns"
    assert str(err.value).startswith("DNS: cannot find the server no-such-host.invalid")


def test_closed_port_is_a_refused_connection() -> None:
    port = free_port()
    account = make_account(f"127.0.0.1:{port}", "none", "", "a@b.example")
    with pytest.raises(MailError) as err:
        check_connection(account, None, timeout=5)
    assert err.value.stage == "connect"
    assert f"127.0.0.1:{port} refused the connection" in str(err.value)


def test_untrusted_certificate_is_a_tls_failure(smtp: SmtpServer) -> None:  # noqa: F811
    with pytest.raises(MailError) as err:
        check_connection(_account(smtp, ca_file=""), PASSWORD)
    assert err.value.stage == "tls"
    assert "certificate is not trusted" in str(err.value)


def test_tls_against_a_plain_server_is_a_tls_failure(smtp: SmtpServer) -> None:  # noqa: F811
    with pytest.raises(MailError) as err:
        check_connection(_account(smtp, security="tls"), PASSWORD, timeout=5)
    assert err.value.stage == "tls"


def test_wrong_password_is_a_login_failure(smtp: SmtpServer) -> None:  # noqa: F811
    with pytest.raises(MailError) as err:
        check_connection(_account(smtp), "wrong")
    assert err.value.stage == "login"
    assert "the server refused user anil: 535" in str(err.value)


def test_missing_password_is_named(smtp: SmtpServer) -> None:  # noqa: F811
    with pytest.raises(MailError) as err:
        check_connection(_account(smtp), None)
    assert err.value.stage == "password"
    assert "CALLDESK_MAIL_PASSWORD" in str(err.value)


def test_refused_sender_is_named(smtp: SmtpServer) -> None:  # noqa: F811
    with pytest.raises(MailError) as err:
        check_connection(_account(smtp, from_addr=REFUSED_SENDER), PASSWORD)
    assert err.value.stage == "sender"
    assert f"the server refused {REFUSED_SENDER}: 550" in str(err.value)


def test_account_round_trips_through_settings_without_the_password(db_path: str) -> None:
    account = make_account("mail.example.com", "tls", "anil", "Anil <anil@surya.example>",
                           "imap.example.com", CERT_FILE)
    save_account(account)
    from app.services.mail_password import forget_session, store_password

    store_password(account, PASSWORD)  # keyring, or this session
    forget_session()
    assert load_account() == replace(account)
    assert (account.smtp_port, account.imap_port) == (465, 993)
    assert "anil@surya.example" in database_text()
    assert PASSWORD not in database_text()


@pytest.mark.parametrize(("args", "field"), [
    (("mail.example.com:99999", "tls", "u", "a@b.example"), "SMTP server"),
    (("", "tls", "u", "a@b.example"), "SMTP server"),
    (("mail.example.com", "ssl", "u", "a@b.example"), "Security"),
    (("mail.example.com", "tls", "u", "not an address"), "From"),
    (("mail.example.com", "tls", "u", "a@b.example", "imap:x"), "IMAP server"),
])
def test_bad_account_input_names_the_field(args: tuple[str, ...], field: str) -> None:
    with pytest.raises(ValidationError) as err:
        make_account(*args)
    assert err.value.field == field
