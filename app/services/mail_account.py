"""The user's own mailbox: SMTP (and optionally IMAP) server, security, login and From address.

One account per user (table mail_account), in the database so it travels with the data file;
the password never is (see mail_password).
"""

from __future__ import annotations

from dataclasses import dataclass
from email.headerregistry import Address
from email.utils import formataddr, parseaddr

from app.db.connection import db
from app.services.errors import ValidationError

SECURITY = ("none", "starttls", "tls")
_COLUMNS = "smtp_host, smtp_port, security, login, from_addr, imap_host, imap_port, ca_file"


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


def _user_id() -> int:
    from app.services.users import current_user

    return current_user().id


def save_account(account: MailAccount) -> None:
    """The account of the user at this desk."""
    import time

    with db.atomic():
        db.execute_sql(
            f"INSERT INTO mail_account (user_id, {_COLUMNS}, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET "
            "smtp_host = excluded.smtp_host, smtp_port = excluded.smtp_port, "
            "security = excluded.security, login = excluded.login, "
            "from_addr = excluded.from_addr, imap_host = excluded.imap_host, "
            "imap_port = excluded.imap_port, ca_file = excluded.ca_file, "
            "updated_at = excluded.updated_at",
            (_user_id(), account.smtp_host, account.smtp_port, account.security, account.user,
             account.from_addr, account.imap_host, account.imap_port, account.ca_file,
             int(time.time())))


def clear_account() -> None:
    with db.atomic():
        db.execute_sql("DELETE FROM mail_account WHERE user_id = ?", (_user_id(),))


def load_account() -> MailAccount | None:
    """The account of the user at this desk, or None before they set one up."""
    row = db.execute_sql(f"SELECT {_COLUMNS} FROM mail_account WHERE user_id = ?",
                         (_user_id(),)).fetchone()
    if row is None:
        return None
    return MailAccount(str(row[0]), int(row[1]), str(row[2]), str(row[3]), str(row[4]),
                       str(row[5]), int(row[6]), str(row[7]))


def require_account() -> MailAccount:
    account = load_account()
    if account is None:
        raise ValidationError("Mail account",
                              "set up the mail account first (Settings ▸ Mail)")
    return account
