"""Building the MIME text of one outgoing message (pure: no database, no network).

Bodies are quoted-printable and headers RFC 2047-encoded, so the whole message is ASCII and
passes any server, Devanagari included. An invitation carries its calendar as a text/calendar
alternative whose ``method=`` matches the calendar's METHOD (RFC 6047).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage
from email.utils import formatdate, make_msgid, parseaddr
from uuid import uuid4

MAX_ATTACHMENTS_BYTES = 25 * 1024 * 1024  # what most providers take, after encoding overhead


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str  # e.g. application/pdf
    data: bytes


@dataclass(frozen=True)
class CalendarPart:
    method: str  # REQUEST | CANCEL
    ics: bytes


def new_message_id(sender: str) -> str:
    domain = parseaddr(sender)[1].rpartition("@")[2] or "calldesk.invalid"
    return make_msgid(domain=domain)


def build_mime(*, sender: str, to: Sequence[str], subject: str, body: str, message_id: str,
               attachments: Sequence[Attachment] = (), calendar: CalendarPart | None = None,
               in_reply_to: str = "", date_epoch: float | None = None) -> str:
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = sender
    msg["To"] = ", ".join(to)
    msg["Subject"] = subject
    msg["Date"] = formatdate(date_epoch, localtime=False)
    msg["Message-ID"] = message_id
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    msg.set_content(body, cte="quoted-printable")
    if calendar is not None:
        msg.add_alternative(calendar.ics.decode("utf-8"), subtype="calendar",
                            params={"method": calendar.method}, cte="quoted-printable")
    for item in attachments:
        maintype, _, subtype = item.content_type.partition("/")
        msg.add_attachment(item.data, maintype=maintype, subtype=subtype or "octet-stream",
                           filename=item.filename)
    if msg.is_multipart():
        # Chosen here, the generator need not search the whole text (a PDF's base64) for a
        # boundary that does not occur in it: '-' is not in base64, and the rest is random.
        msg.set_boundary(f"==calldesk-{uuid4().hex}")
    return msg.as_bytes().decode("ascii")
