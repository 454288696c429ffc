"""A copy of each sent message in the user's IMAP Sent folder, so their mail program shows
what CallDesk sent. It runs after the server took the message: whatever goes wrong here is
stored on the message (``sent_copy``) and shown, and never sends the message again."""

from __future__ import annotations

import contextlib
import imaplib
import re
import time
from collections.abc import Sequence

from app.db.connection import db
from app.services.mail_account import MailAccount
from app.services.mail_errors import MailError
from app.services.mail_fetch import connect_imap
from app.services.smtp_client import TIMEOUT_S

SAVED = "saved"
# One LIST reply: (attributes) "delimiter" name — the name quoted or bare.
_LIST = re.compile(r'^\((?P<flags>[^)]*)\)\s+(?:"[^"]*"|NIL)\s+(?P<name>"(?:[^"\\]|\\.)*"|\S+)$')


def _folders(client: imaplib.IMAP4) -> list[tuple[str, set[str]]]:
    status, data = client.list('""', "*")
    if status != "OK":
        raise MailError("imap", f"listing the folders failed: {data!r}")
    found = []
    for line in data:
        text = line.decode("utf-8", "replace") if isinstance(line, bytes) else str(line)
        match = _LIST.match(text.strip())
        if match is None:
            continue
        name = match.group("name")
        if name.startswith('"'):
            name = name[1:-1].replace('\\"', '"').replace("\\\\", "\\")
        found.append((name, {f.casefold() for f in match.group("flags").split()}))
    return found


def sent_folder(client: imaplib.IMAP4) -> str:
    """The folder marked \\Sent (RFC 6154 SPECIAL-USE), else the one called Sent."""
    folders = _folders(client)
    for name, flags in folders:
        if "\\sent" in flags:
            return name
    for name, _ in folders:
        if name.casefold() == "sent":
            return name
    raise MailError("imap", "the IMAP server has no Sent folder (none marked \\Sent, none "
                            "named Sent)", transient=False)


def _quoted(name: str) -> str:
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


def save_copies(account: MailAccount, password: str | None, message_ids: Sequence[int],
                timeout: float = TIMEOUT_S) -> dict[int, str]:
    """APPEND each sent message, byte for byte as it went out, to the Sent folder; returns
    (and stores) 'saved' or the reason for each."""
    outcome: dict[int, str] = {}
    try:
        client = connect_imap(account, password, timeout)
    except MailError as exc:
        outcome = {i: f"copy to Sent: {exc}" for i in message_ids}
    else:
        try:
            folder = sent_folder(client)
            for message_id in message_ids:
                row = db.execute_sql("SELECT mime FROM email_message WHERE id = ?",
                                     (message_id,)).fetchone()
                status, data = client.append(_quoted(folder), "(\\Seen)",
                                             imaplib.Time2Internaldate(time.time()),
                                             str(row[0]).encode("ascii"))
                outcome[message_id] = SAVED if status == "OK" else (
                    f"copy to Sent: the server refused it ({_text(data)})")
        except MailError as exc:
            outcome.update({i: f"copy to Sent: {exc}" for i in message_ids
                            if i not in outcome})
        except (OSError, imaplib.IMAP4.error) as exc:
            outcome.update({i: f"copy to Sent: {exc}" for i in message_ids
                            if i not in outcome})
        finally:
            with contextlib.suppress(OSError, imaplib.IMAP4.error):
                client.logout()
    for message_id, result in outcome.items():
        with db.atomic():
            db.execute_sql("UPDATE email_message SET sent_copy = ? WHERE id = ?",
                           (result, message_id))
    return outcome


def _text(data: object) -> str:
    if isinstance(data, list) and data:
        first = data[0]
        return first.decode("utf-8", "replace") if isinstance(first, bytes) else str(first)
    return str(data)
