"""One template to many contacts: each gets their own merged message in the outbox, all in one
transaction. Contacts who asked not to be emailed, have no address, or would get a message with
an empty merge field are skipped and counted, never sent."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from app.db.connection import db
from app.services.do_not_contact import blocked_names
from app.services.errors import NotFoundError, ValidationError
from app.services.mail_merge import contact_values
from app.services.mail_templates import check_fields, merge
from app.services.outbox import OutgoingMail, queue_mail

MAX_RECIPIENTS = 500


@dataclass
class BulkResult:
    queued: list[int] = field(default_factory=list)  # outbox message ids
    do_not_contact: int = 0
    no_address: int = 0
    empty_field: int = 0  # a merge field would come out empty for that contact

    @property
    def skipped(self) -> int:
        return self.do_not_contact + self.no_address + self.empty_field


def email_contacts(contact_ids: Sequence[int], subject: str, body: str,
                   undo_s: int = 0, send_at: int | None = None) -> BulkResult:
    """Queue *subject*/*body* (with merge fields) to each contact's primary address."""
    ids = list(dict.fromkeys(contact_ids))
    if not ids:
        raise ValidationError("Contacts", "select the contacts to email")
    if len(ids) > MAX_RECIPIENTS:
        raise ValidationError("Contacts", f"{len(ids):,} selected; at most "
                              f"{MAX_RECIPIENTS} at a time")
    check_fields("Subject", subject)
    check_fields("Message", body)
    result = BulkResult()
    with db.atomic():
        for contact_id in ids:
            try:
                values = contact_values(contact_id)
            except NotFoundError:
                continue  # deleted meanwhile
            if blocked_names(contact_id, [values["_email"]]):
                result.do_not_contact += 1
                continue
            if not values["_email"]:
                result.no_address += 1
                continue
            try:
                merged = merge(subject, body, values)
            except ValidationError:
                result.empty_field += 1
                continue
            result.queued.append(queue_mail(
                OutgoingMail(contact_id, values["_email"], merged.subject, merged.body,
                             send_at=send_at), undo_s=undo_s))
    return result
