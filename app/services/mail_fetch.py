"""Fetch replies over IMAP into the contacts' timelines.

Bounded and idempotent: each run reads at most ``limit`` new messages of INBOX (by UID, after
the last one seen, which is remembered with the folder's UIDVALIDITY), never marks anything
read (BODY.PEEK), and stores a message once (Message-ID is unique). A message is kept when it
answers one of ours (In-Reply-To / References) or comes from a contact's address; the rest is
none of CallDesk's business and is skipped. Every socket operation has a timeout.
"""

from __future__ import annotations

import imaplib
import re
import ssl
import time
from dataclasses import dataclass
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import getaddresses, parsedate_to_datetime

from app.db.connection import db
from app.services.mail_account import MailAccount
from app.services.mail_errors import MailError
from app.services.smtp_client import TIMEOUT_S, resolve, tls_context

LIMIT = 200
_IDS = re.compile(r"<[^<>\s]+>")


@dataclass(frozen=True)
class FetchResult:
    stored: int
    skipped: int
    more: bool  # there were more new messages than one run takes


def connect_imap(account: MailAccount, password: str | None, timeout: float) -> imaplib.IMAP4:
    if not account.has_imap:
        raise MailError("imap", "no IMAP server is set in the mail account", transient=False)
    resolve(account.imap_host, account.imap_port)
    where = f"{account.imap_host}:{account.imap_port}"
    try:
        if account.security == "tls":
            client: imaplib.IMAP4 = imaplib.IMAP4_SSL(
                account.imap_host, account.imap_port, ssl_context=tls_context(account),
                timeout=timeout)
        else:
            client = imaplib.IMAP4(account.imap_host, account.imap_port, timeout=timeout)
            if account.security == "starttls":
                client.starttls(tls_context(account))
    except ssl.SSLError as exc:
        raise MailError("tls", f"{where}: the secure connection failed ({exc.reason or exc})",
                        transient=False) from exc
    except ConnectionRefusedError as exc:
        raise MailError("connect", f"{where} refused the connection") from exc
    except TimeoutError as exc:
        raise MailError("connect", f"{where} did not answer within {timeout:g} s") from exc
    except (OSError, imaplib.IMAP4.error) as exc:
        raise MailError("imap", f"{where}: {exc}") from exc
    if password is None:
        client.shutdown()
        raise MailError("password", f"no password for {account.user}", transient=False)
    try:
        client.login(account.user or account.sender, password)
    except imaplib.IMAP4.error as exc:
        client.shutdown()
        raise MailError("login", f"the IMAP server refused user {account.user}: {exc}",
                        transient=False) from exc
    return client


def _check(status: str, data: object, what: str) -> None:
    if status != "OK":
        raise MailError("imap", f"{what} failed: {data!r}")


def fetch_replies(account: MailAccount, password: str | None, limit: int = LIMIT,
                  timeout: float = TIMEOUT_S) -> FetchResult:
    client = connect_imap(account, password, timeout)
    try:
        return _fetch(client, limit)
    except (OSError, imaplib.IMAP4.error) as exc:
        raise MailError("imap", f"the IMAP session broke off ({exc})") from exc
    finally:
        try:
            client.logout()
        except (OSError, imaplib.IMAP4.error):
            client.shutdown()


def _fetch(client: imaplib.IMAP4, limit: int) -> FetchResult:
    status, data = client.select("INBOX", readonly=True)
    _check(status, data, "SELECT INBOX")
    validity = str((client.response("UIDVALIDITY")[1] or [b""])[0] or b"", "ascii", "replace")
    from app.services.users import current_user

    user_id = current_user().id
    seen = db.execute_sql("SELECT imap_uidvalidity, imap_last_uid FROM mail_account "
                          "WHERE user_id = ?", (user_id,)).fetchone()
    last = int(seen[1]) if seen is not None and str(seen[0]) == validity else 0
    status, data = client.uid("SEARCH", f"UID {last + 1}:*")
    _check(status, data, "UID SEARCH")
    uids = sorted(int(u) for u in (data[0] or b"").split() if int(u) > last)
    batch, more = uids[:limit], len(uids) > limit
    stored = skipped = 0
    for uid in batch:
        status, parts = client.uid("FETCH", str(uid), "(BODY.PEEK[])")
        _check(status, parts, f"UID FETCH {uid}")
        raw = next((p[1] for p in parts if isinstance(p, tuple)), b"")
        with db.atomic():
            if _store(message_from_bytes(raw, policy=policy.default), uid, validity):
                stored += 1
            else:
                skipped += 1
            db.execute_sql("UPDATE mail_account SET imap_last_uid = ?, imap_uidvalidity = ? "
                           "WHERE user_id = ?", (uid, validity, user_id))
    return FetchResult(stored, skipped, more)


def _thread_contact(msg: EmailMessage) -> tuple[str, int | None]:
    """The message it answers (ours), and that message's contact."""
    ids = _IDS.findall(str(msg.get("In-Reply-To", ""))) + _IDS.findall(
        str(msg.get("References", "")))
    for message_id in ids:
        row = db.execute_sql("SELECT contact_id FROM email_message WHERE message_id = ?",
                             (message_id,)).fetchone()
        if row is not None:
            return message_id, None if row[0] is None else int(row[0])
    return (ids[0] if ids else ""), None


def _sender_contact(address: str) -> int | None:
    row = db.execute_sql("SELECT contact_id FROM email WHERE address_key = ? ORDER BY id "
                         "LIMIT 1", (address.casefold(),)).fetchone()
    return None if row is None else int(row[0])


def _text(msg: EmailMessage) -> str:
    body = msg.get_body(("plain", "html"))
    if body is None:
        return ""
    try:
        content = body.get_content()
    except (LookupError, UnicodeError):
        return ""
    if body.get_content_type() == "text/html":
        content = re.sub(r"<[^>]+>", " ", content)
    return str(content).replace("\r\n", "\n")


def _store(msg: EmailMessage, uid: int, validity: str) -> bool:
    from app.services.invite_replies import apply_replies, calendar_replies

    sender = (getaddresses([str(msg.get("From", ""))]) or [("", "")])[0][1]
    in_reply_to, contact_id = _thread_contact(msg)
    answered = apply_replies(calendar_replies(msg))  # a rep answering an invitation
    if contact_id is None:
        contact_id = answered
    if contact_id is None:
        contact_id = _sender_contact(sender) if sender else None
    if contact_id is None:
        return False  # not from a known contact: not logged
    message_id = (_IDS.findall(str(msg.get("Message-ID", ""))) or [f"<imap-{validity}-{uid}>"])[0]
    try:
        when = int(parsedate_to_datetime(str(msg["Date"])).timestamp())
    except (TypeError, ValueError):
        when = int(time.time())
    names = [p.get_filename() or "" for p in msg.iter_attachments()]
    cursor = db.execute_sql(
        "INSERT INTO email_message (contact_id, direction, state, message_id, in_reply_to, "
        "from_addr, to_addrs, subject, body, attachments, created_at, sent_at) "
        "VALUES (?, 'in', 'received', ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (message_id) DO NOTHING",
        (contact_id, message_id, in_reply_to, str(msg.get("From", "")), str(msg.get("To", "")),
         str(msg.get("Subject", "")), _text(msg)[:100_000], "\n".join(n for n in names if n),
         when, when))
    return int(cursor.rowcount) == 1
