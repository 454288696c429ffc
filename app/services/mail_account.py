"""The user's own mailbox: SMTP (and optionally IMAP) server, security, login and From address.

Kept in the settings table, so it travels with the data file; the password never is (see
mail_password).
"""

from __future__ import annotations

from dataclasses import dataclass
from email.headerregistry import Address
from email.utils import formataddr, parseaddr

from app.db.connection import db
from app.services.errors import ValidationError
from app.services.settings import get_setting, set_setting

SECURITY = ("none", "starttls", "tls")
_KEYS = ("smtp_host", "smtp_port", "security", "user", "from_addr", "imap_host", "imap_port",
         "ca_file")
_PREFIX = "mail."


@dataclass(frozen=True)
class MailAccount:
    smtp_host: str
    smtp_port: int
    security: str  # none | starttls | tls (also used for IMAP)
    user: str
    from_addr: str  # "Name <addr>"
    imap_host: str = ""
    imap_port: int = 0
    ca_file: str = ""  # a private CA's certificates; empty = the system's

    @property
    def sender(self) -> str:
        """The bare address of From."""
        return parseaddr(self.from_addr)[1]

    @property
    def sender_name(self) -> str:
        return parseaddr(self.from_addr)[0]

    @property
    def key(self) -> str:
        """Names the password in the keyring."""
        return f"{self.user or self.sender}@{self.smtp_host}:{self.smtp_port}"

    @property
    def has_imap(self) -> bool:
        return bool(self.imap_host)


def check_address(field: str, text: str) -> str:
    """One address, bare or as "Name <addr>"; returns it in the "Name <addr>" form."""
    name, addr = parseaddr(text.strip())
    try:
        parsed = Address(display_name=name, addr_spec=addr)
    except (ValueError, IndexError):
        parsed = None
    if (parsed is None or not addr or "@" not in addr or not parsed.username
            or "." not in parsed.domain or any(c.isspace() for c in addr)):
        raise ValidationError(field, f"'{text.strip()}' is not an email address")
    return formataddr((name, addr)) if name else addr


def check_addresses(field: str, text: str) -> list[str]:
    """Addresses separated by commas or semicolons; at least one."""
    parts = [p.strip() for p in text.replace(";", ",").split(",") if p.strip()]
    if not parts:
        raise ValidationError(field, "enter an email address")
    return [check_address(field, p) for p in parts]


def parse_host_port(field: str, text: str, default_port: int) -> tuple[str, int]:
    value = text.strip()
    if not value:
        raise ValidationError(field, "enter the server as HOST or HOST:PORT")
    host, sep, port = value.rpartition(":")
    if not sep:
        host, port = value, str(default_port)
    host = host.strip("[]")
    if not host or any(c.isspace() for c in host) or "/" in host:
        raise ValidationError(field, f"'{value}' is not a server name")
    if not port.isdigit() or not 0 < int(port) < 65536:
        raise ValidationError(field, f"'{port}' is not a port number (1 to 65535)")
    return host, int(port)


def default_smtp_port(security: str) -> int:
    return {"tls": 465, "starttls": 587}.get(security, 25)


def default_imap_port(security: str) -> int:
    return 993 if security == "tls" else 143


def make_account(smtp: str, security: str, user: str, from_addr: str, imap: str = "",
                 ca_file: str = "") -> MailAccount:
    """A checked account from what a person typed; raises ValidationError naming the field."""
    if security not in SECURITY:
        raise ValidationError("Security", "choose none, starttls or tls")
    host, port = parse_host_port("SMTP server", smtp, default_smtp_port(security))
    sender = check_address("From", from_addr)
    imap_host, imap_port = ("", 0)
    if imap.strip():
        imap_host, imap_port = parse_host_port("IMAP server", imap, default_imap_port(security))
    if any(c.isspace() for c in user.strip()):
        raise ValidationError("User", "a login name has no spaces")
    return MailAccount(host, port, security, user.strip(), sender, imap_host, imap_port,
                       ca_file.strip())


def save_account(account: MailAccount) -> None:
    with db.atomic():
        for key in _KEYS:
            set_setting(_PREFIX + key, str(getattr(account, key)))


def load_account() -> MailAccount | None:
    """The account, or None before one is set up."""
    values = {key: get_setting(_PREFIX + key) for key in _KEYS}
    if not values["smtp_host"]:
        return None
    return MailAccount(values["smtp_host"], int(values["smtp_port"] or 25),
                       values["security"] or "none", values["user"], values["from_addr"],
                       values["imap_host"], int(values["imap_port"] or 0), values["ca_file"])


def require_account() -> MailAccount:
    account = load_account()
    if account is None:
        raise ValidationError("Mail account",
                              "set up the mail account first (Settings ▸ Mail)")
    return account
