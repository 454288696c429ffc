"""Email a quote: the PDF of that exact revision attached, the send recorded against that
revision and its recipient, the quote marked sent; all in one transaction with the outbox."""

from __future__ import annotations

from dataclasses import dataclass

from app.db.connection import db
from app.services.errors import ValidationError
from app.services.mail_merge import quote_values
from app.services.mail_mime import Attachment
from app.services.mail_templates import get_template, merge
from app.services.outbox import OutgoingMail, queue_mail
from app.services.quote_types import DRAFT, SENT

EMAILABLE = (DRAFT, SENT, "accepted")


@dataclass(frozen=True)
class QuoteSend:
    number: str
    to: str
    state: str
    queued_at: int


@dataclass(frozen=True)
class RenderedQuote:
    """A quote's PDF rendered ahead (while the compose window is open), with the versions of
    the quote and its customer it shows: Send uses it only if neither has changed since."""

    quote_id: int
    stamp: tuple[int, int]
    filename: str
    data: bytes


def _stamp(quote_id: int) -> tuple[int, int] | None:
    row = db.execute_sql("SELECT q.row_version, c.row_version FROM quote q JOIN contact c "
                         "ON c.id = q.contact_id WHERE q.id = ?", (quote_id,)).fetchone()
    return None if row is None else (int(row[0]), int(row[1]))


def render_ahead(quote_id: int) -> RenderedQuote | None:
    """The PDF as ``email_quote`` would attach it; None when the quote is gone."""
    stamp = _stamp(quote_id)  # read first: a change during the render makes it stale
    if stamp is None:
        return None
    name, pdf = quote_pdf(quote_id)
    return RenderedQuote(quote_id, stamp, name, pdf)


def quote_pdf(quote_id: int) -> tuple[str, bytes]:
    """The quote's PDF as the letterhead prints it, and its file name."""
    from app.pdf.quote import render_quote
    from app.services.business import load_logo, load_profile
    from app.services.money import locale_for_region
    from app.services.quotes import get_quote
    from app.services.settings import default_region

    detail = get_quote(quote_id)
    data = render_quote(detail, load_profile(), load_logo(), locale_for_region(default_region()))
    return f"Quotation {detail.number}.pdf", data


def email_quote(quote_id: int, to: str, template: str = "quote", subject: str | None = None,
                body: str | None = None, undo_s: int = 0, send_at: int | None = None,
                rendered: RenderedQuote | None = None) -> int:
    """Queue the quote to *to*; *subject*/*body* (with merge fields) replace the template's.
    *undo_s* and *send_at* as for ``queue_mail``; *rendered*, the PDF made ahead, is used
    when the quote and customer are still as it shows them. Returns the outbox message id."""
    with db.atomic():
        row = db.execute_sql("SELECT status, number, contact_id FROM quote WHERE id = ?",
                             (quote_id,)).fetchone()
        if row is None:
            raise ValidationError("Quote", f"quote {quote_id} no longer exists")
        status, number, contact_id = str(row[0]), str(row[1]), int(row[2])
        if status not in EMAILABLE:
            hint = "; email its latest revision" if status == "revised" else ""
            raise ValidationError("Quote", f"{number} is {status} and cannot be emailed{hint}")
        chosen = get_template(template)
        merged = merge(chosen.subject if subject is None else subject,
                       chosen.body if body is None else body, quote_values(quote_id))
        if (rendered is not None and rendered.quote_id == quote_id
                and rendered.stamp == _stamp(quote_id)):
            name, pdf = rendered.filename, rendered.data
        else:
            name, pdf = quote_pdf(quote_id)
        message_id = queue_mail(OutgoingMail(
            contact_id, to, merged.subject, merged.body,
            [Attachment(name, "application/pdf", pdf)], quote_id=quote_id, send_at=send_at),
            undo_s=undo_s, quote_was_draft=status == DRAFT)
        if status == DRAFT:
            from app.services.quotes import set_status

            set_status(quote_id, SENT)
    return message_id


def quote_sends(quote_id: int) -> list[QuoteSend]:
    """Which revision went to whom: every email of this quote, newest first."""
    rows = db.execute_sql(
        "SELECT q.number, m.to_addrs, m.state, m.created_at FROM email_message m "
        "JOIN quote q ON q.id = m.quote_id WHERE m.quote_id = ? "
        "ORDER BY m.created_at DESC, m.id DESC", (quote_id,)).fetchall()
    return [QuoteSend(str(r[0]), str(r[1]), str(r[2]), int(r[3])) for r in rows]
