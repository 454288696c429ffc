"""What went wrong talking to a mail server, named by the step that failed."""

from __future__ import annotations

STAGES = {
    "account": "Mail account",
    "password": "Password",
    "dns": "DNS",
    "connect": "Connection",
    "tls": "TLS",
    "login": "Login",
    "sender": "Sender refused",
    "recipient": "Recipient refused",
    "send": "Sending",
    "imap": "IMAP",
}
# A later attempt may go through (the network, a busy server); the others need a person.
TRANSIENT = ("dns", "connect", "send", "imap")


class MailError(Exception):
    def __init__(self, stage: str, message: str, *, transient: bool | None = None) -> None:
        super().__init__(f"{STAGES.get(stage, stage)}: {message}")
        self.stage = stage
        self.detail = message
        self.transient = stage in TRANSIENT if transient is None else transient
