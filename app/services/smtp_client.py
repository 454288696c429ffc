"""Talking SMTP to the user's server, with every failure named by its step: DNS, connection,
TLS, login, refused sender or recipient. Every socket operation has a timeout."""

from __future__ import annotations

import smtplib
import socket
import ssl
from collections.abc import Sequence

from app.services.mail_account import MailAccount
from app.services.mail_errors import MailError

TIMEOUT_S = 20.0


def tls_context(account: MailAccount) -> ssl.SSLContext:
    try:
        return ssl.create_default_context(cafile=account.ca_file or None)
    except (OSError, ssl.SSLError) as exc:
        raise MailError("tls", f"cannot read the certificates in {account.ca_file}: {exc}",
                        transient=False) from exc


def resolve(host: str, port: int) -> None:
    try:
        socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise MailError("dns", f"cannot find the server {host} ({exc.strerror})") from exc
    except UnicodeError as exc:
        raise MailError("dns", f"'{host}' is not a valid server name", transient=False) from exc


def _connect_error(account: MailAccount, exc: OSError, timeout: float) -> MailError:
    where = f"{account.smtp_host}:{account.smtp_port}"
    if isinstance(exc, ssl.SSLError):
        return MailError("tls", f"{where}: {_ssl_text(exc)}", transient=False)
    if isinstance(exc, ConnectionRefusedError):
        return MailError("connect", f"{where} refused the connection (is the port right, "
                                    "is the server running?)")
    if isinstance(exc, TimeoutError | socket.timeout):
        return MailError("connect", f"{where} did not answer within {timeout:g} s")
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return MailError("connect", f"{where} closed the connection at once")
    return MailError("connect", f"{where}: {exc.strerror or exc}")


def _ssl_text(exc: ssl.SSLError) -> str:
    if isinstance(exc, ssl.SSLCertVerificationError):
        return f"the server's certificate is not trusted ({exc.verify_message})"
    return f"the secure connection failed ({exc.reason or exc})"


def _reply(code: int, text: bytes | str) -> str:
    message = text.decode("utf-8", "replace") if isinstance(text, bytes) else text
    return f"{code} {' '.join(message.split())}"


def connect(account: MailAccount, password: str | None,
            timeout: float = TIMEOUT_S) -> smtplib.SMTP:
    """An SMTP session, secured and logged in as the account says."""
    resolve(account.smtp_host, account.smtp_port)
    try:
        if account.security == "tls":
            server: smtplib.SMTP = smtplib.SMTP_SSL(
                account.smtp_host, account.smtp_port, timeout=timeout,
                context=tls_context(account))
        else:
            server = smtplib.SMTP(account.smtp_host, account.smtp_port, timeout=timeout)
    except OSError as exc:
        raise _connect_error(account, exc, timeout) from exc
    try:
        _secure_and_login(server, account, password)
    except BaseException:
        _close(server)
        raise
    return server


def _secure_and_login(server: smtplib.SMTP, account: MailAccount,
                      password: str | None) -> None:
    try:
        server.ehlo()
        if account.security == "starttls":
            if not server.has_extn("starttls"):
                raise MailError("tls", f"{account.smtp_host} does not offer STARTTLS; choose "
                                       "TLS or none", transient=False)
            server.starttls(context=tls_context(account))
            server.ehlo()
        if account.user:
            if password is None:
                raise MailError("password", f"no password for {account.user} (enter it, or "
                                            "set CALLDESK_MAIL_PASSWORD)", transient=False)
            if not server.has_extn("auth"):
                raise MailError("login", f"{account.smtp_host} offers no login (AUTH) on this "
                                         "connection; try STARTTLS or TLS", transient=False)
            server.login(account.user, password)
    except smtplib.SMTPAuthenticationError as exc:
        raise MailError("login", f"the server refused user {account.user}: "
                                 f"{_reply(exc.smtp_code, exc.smtp_error)}",
                        transient=False) from exc
    except ssl.SSLError as exc:
        raise MailError("tls", _ssl_text(exc), transient=False) from exc
    except smtplib.SMTPNotSupportedError as exc:
        raise MailError("login", str(exc), transient=False) from exc
    except smtplib.SMTPResponseException as exc:
        raise MailError("login", _reply(exc.smtp_code, exc.smtp_error),
                        transient=exc.smtp_code < 500) from exc
    except (smtplib.SMTPServerDisconnected, OSError) as exc:
        raise MailError("connect", f"{account.smtp_host} closed the connection "
                                   f"({exc or 'no reason given'})") from exc


def _close(server: smtplib.SMTP) -> None:
    try:
        server.quit()
    except (smtplib.SMTPException, OSError):
        server.close()


def check_sender(server: smtplib.SMTP, sender: str) -> None:
    try:
        code, text = server.mail(sender)
        if code != 250:
            raise MailError("sender", f"the server refused {sender}: {_reply(code, text)}",
                            transient=code < 500)
        server.rset()
    except smtplib.SMTPServerDisconnected as exc:
        raise MailError("connect", f"the server closed the connection ({exc})") from exc


def test_connection(account: MailAccount, password: str | None,
                    timeout: float = TIMEOUT_S) -> str:
    """Connect, secure, log in and offer the From address, as sending would; says what worked
    or raises MailError naming what failed."""
    server = connect(account, password, timeout)
    try:
        check_sender(server, account.sender)
    finally:
        _close(server)
    secured = {"tls": "over TLS", "starttls": "with STARTTLS"}.get(account.security,
                                                                    "without encryption")
    who = f"logged in as {account.user}" if account.user else "no login"
    return (f"{account.smtp_host}:{account.smtp_port} answered {secured}, {who}, and accepts "
            f"{account.sender} as the sender")


def send(server: smtplib.SMTP, sender: str, recipients: Sequence[str], data: bytes) -> list[str]:
    """Hand one message over; returns the recipients the server refused while taking it for
    the others. Raises MailError when nobody got it."""
    try:
        refused = server.sendmail(sender, list(recipients), data)
    except smtplib.SMTPSenderRefused as exc:
        raise MailError("sender", f"the server refused {sender}: "
                                  f"{_reply(exc.smtp_code, exc.smtp_error)}",
                        transient=exc.smtp_code < 500) from exc
    except smtplib.SMTPRecipientsRefused as exc:
        codes = [code for code, _ in exc.recipients.values()]
        text = "; ".join(f"{addr}: {_reply(code, msg)}"
                         for addr, (code, msg) in exc.recipients.items())
        raise MailError("recipient", text, transient=all(c < 500 for c in codes)) from exc
    except smtplib.SMTPDataError as exc:
        raise MailError("send", f"the server did not take the message: "
                                f"{_reply(exc.smtp_code, exc.smtp_error)}",
                        transient=exc.smtp_code < 500) from exc
    except smtplib.SMTPServerDisconnected as exc:
        raise MailError("send", "the server closed the connection while the message was "
                                "being sent") from exc
    except smtplib.SMTPResponseException as exc:
        raise MailError("send", _reply(exc.smtp_code, exc.smtp_error),
                        transient=exc.smtp_code < 500) from exc
    except OSError as exc:
        raise MailError("send", f"the connection broke while sending ({exc})") from exc
    return sorted(refused)


quit_server = _close
