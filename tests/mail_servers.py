"""Real mail servers on loopback for the tests: aiosmtpd (with AUTH, STARTTLS or implicit TLS,
and a sender it refuses) and the small IMAP server in tests/imap_server.py.

Import the fixtures into a test module: ``from tests.mail_servers import smtp  # noqa: F401``.
"""

from __future__ import annotations

import asyncio
import socket
import ssl
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

CERTS = Path(__file__).resolve().parent / "data" / "mail"
CERT_FILE = str(CERTS / "cert.pem")
KEY_FILE = str(CERTS / "key.pem")
USER, PASSWORD = "anil", "s3cret-pass"
REFUSED_SENDER = "blocked@example.com"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def server_tls() -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(CERT_FILE, KEY_FILE)
    return context


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    data: bytes

    @property
    def message(self) -> EmailMessage:
        parsed = message_from_bytes(self.data, policy=policy.default)
        assert isinstance(parsed, EmailMessage)
        return parsed


@dataclass
class _Handler:
    received: list[Received] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    drop_next: int = 0  # close the connection instead of answering this many DATA commands
    hold_from: int = 0  # from this DATA on (1-based), keep the message and never answer
    holding: threading.Event = field(default_factory=threading.Event)

    async def handle_MAIL(self, server, session, envelope, address, mail_options):  # noqa: N802
        if address == REFUSED_SENDER:
            return "550 5.7.1 This sender is not allowed here"
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        if self.drop_next:
            self.drop_next -= 1
            server.transport.close()
            return "421 4.4.2 Connection dropped"
        with self.lock:
            self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos),
                                          bytes(envelope.content)))
            count = len(self.received)
        if self.hold_from and count >= self.hold_from:
            # Taken, but the answer never comes: what a sender killed mid-send sees.
            self.holding.set()
            await asyncio.sleep(30)
        return "250 Message accepted for delivery"


def _authenticator(server, session, envelope, mechanism, auth_data) -> AuthResult:
    ok = (isinstance(auth_data, LoginPassword) and auth_data.login == USER.encode()
          and auth_data.password == PASSWORD.encode())
    return AuthResult(success=ok, handled=False)


class SmtpServer:
    """An aiosmtpd server that can be stopped and started again on the same port."""

    def __init__(self, security: str = "starttls") -> None:
        self.security = security
        self.port = free_port()
        self.handler = _Handler()
        self._controller: Controller | None = None

    @property
    def received(self) -> list[Received]:
        with self.handler.lock:
            return list(self.handler.received)

    def start(self) -> None:
        # aiosmtpd counts only STARTTLS as TLS for AUTH; on implicit TLS it is all TLS.
        kwargs: dict[str, object] = {"authenticator": _authenticator,
                                     "auth_require_tls": self.security == "starttls"}
        if self.security == "starttls":
            kwargs.update(tls_context=server_tls(), require_starttls=True)
        elif self.security == "tls":
            kwargs.update(ssl_context=server_tls())
        self._controller = Controller(self.handler, hostname="127.0.0.1", port=self.port,
                                      server_hostname="localhost", **kwargs)
        self._controller.start()

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def account_args(self) -> dict[str, str]:
        return {"smtp": f"127.0.0.1:{self.port}", "security": self.security, "user": USER,
                "from_addr": "Anil Deshpande <anil@surya.example>", "ca_file": CERT_FILE}


@pytest.fixture()
def smtp() -> Iterator[SmtpServer]:
    server = SmtpServer("starttls")
    server.start()
    yield server
    server.stop()


@pytest.fixture()
def smtp_tls() -> Iterator[SmtpServer]:
    server = SmtpServer("tls")
    server.start()
    yield server
    server.stop()


@pytest.fixture()
def mail_account(smtp: SmtpServer, db_path: str):
    """The account of the `smtp` server saved in the test's database, its password known
    for this session."""
    from app.services.mail_account import make_account, save_account
    from app.services.mail_password import forget_session, remember_for_session

    account = make_account(**smtp.account_args())
    save_account(account)
    remember_for_session(account, PASSWORD)
    yield account
    forget_session()


def database_text() -> str:
    """Every value of every table of the open database, as text: to show a secret is not
    stored anywhere in it."""
    from app.db.connection import db, is_postgres

    if is_postgres():
        listing = ("SELECT table_name FROM information_schema.tables "
                   "WHERE table_schema = 'public' AND table_type = 'BASE TABLE'")
    else:
        listing = "SELECT name FROM sqlite_master WHERE type = 'table'"
    tables = [str(r[0]) for r in db.execute_sql(listing, ()).fetchall()]
    return " ".join(str(value) for table in tables
                    for row in db.execute_sql(f'SELECT * FROM "{table}"', ()).fetchall()
                    for value in row)
