"""Create, change, read and delete contacts, with their phones and emails, atomically."""

from __future__ import annotations

from dataclasses import dataclass

from app.db.connection import db
from app.db.fields import from_epoch, utc_now
from app.db.models import CONTACT_STATUSES, Contact, Email, Phone
from app.db.users import user_name
from app.services.contact_types import (
    ContactDetail,
    ContactInput,
    DuplicateHit,
    EmailInfo,
    PhoneInfo,
    SaveResult,
    display_name,
    split_tags,
)
from app.services.country_codes import region_of_contact
from app.services.emails import normalise_email
from app.services.errors import (
    EditConflict,
    KeptForQuotesError,
    NotFoundError,
    ValidationError,
)
from app.services.gst import check_party
from app.services.phones import digits_of, parse_phone
from app.services.settings import default_region
from app.services.text_checks import TEXT_LIMIT as TEXT_LIMIT  # re-exported
from app.services.text_checks import check_text


@dataclass(frozen=True)
class _CleanPhone:
    e164: str | None
    raw: str
    label: str
    extension: str


@dataclass(frozen=True)
class _Clean:
    values: dict[str, object]
    phones: list[_CleanPhone]
    emails: list[tuple[str, str]]
    warnings: list[str]


def validate(data: ContactInput, region: str | None = None) -> _Clean:
    """Check every field; raise ValidationError naming the first bad one."""
    # The contact's own country decides how its numbers are read, as it does on import.
    home = region_of_contact(data.country, region or default_region())
    text_fields = {
        "First name": data.first_name, "Last name": data.last_name, "Company": data.company,
        "Title": data.title, "Street": data.street, "City": data.city, "Region": data.region,
        "Postal code": data.postal_code, "Country": data.country, "Source": data.source,
        "Notes": data.notes,
    }
    for label, value in text_fields.items():
        check_text(label, value)
    for tag_text in data.tags:
        check_text("Tags", tag_text)
    for index, phone in enumerate(data.phones, start=1):
        check_text(f"Phone {index}", phone.number + phone.label)
    for index, email in enumerate(data.emails, start=1):
        check_text(f"Email {index}", email.address + email.label)
    if not display_name(data.first_name, data.last_name, data.company):
        raise ValidationError("First name", "enter a first name, last name or company")
    if data.status not in CONTACT_STATUSES:
        allowed = ", ".join(CONTACT_STATUSES)
        raise ValidationError("Status", f"'{data.status}' is not one of {allowed}")
    warnings: list[str] = []
    phones: list[_CleanPhone] = []
    for index, phone in enumerate(data.phones, start=1):
        if not phone.number.strip():
            continue
        field = f"Phone {index}"
        try:
            parsed = parse_phone(phone.number, home, field)
        except ValidationError as exc:
            if not phone.keep_unparsed:
                raise
            warnings.append(f"{field}: kept as typed, not a usable number ({exc.message})")
            phones.append(_CleanPhone(None, phone.number.strip(), phone.label.strip(), ""))
            continue
        if parsed.warning:
            warnings.append(parsed.warning)
        if any((p.e164, p.extension) == (parsed.e164, parsed.extension) for p in phones):
            continue  # the same number and extension typed twice
        phones.append(_CleanPhone(parsed.e164, phone.number.strip(), phone.label.strip(),
                                  parsed.extension))
    emails: list[tuple[str, str]] = []
    for index, email in enumerate(data.emails, start=1):
        address = normalise_email(email.address, f"Email {index}")
        if not address:
            continue
        if address.casefold() not in (e[0].casefold() for e in emails):
            emails.append((address, email.label.strip()))
    tags: list[str] = []
    for tag in (t for raw in data.tags for t in split_tags(raw)):
        if tag.casefold() not in (t.casefold() for t in tags):
            tags.append(tag)
    values: dict[str, object] = {
        "first_name": data.first_name.strip(), "last_name": data.last_name.strip(),
        "company": data.company.strip(), "title": data.title.strip(),
        "street": data.street.strip(), "city": data.city.strip(), "region": data.region.strip(),
        "postal_code": data.postal_code.strip(), "country": data.country.strip(),
        "status": data.status, "source": data.source.strip(), "tags": ", ".join(tags),
        "notes": data.notes, "do_not_call": bool(data.do_not_call),
        "do_not_contact": bool(data.do_not_contact),
    }
    values["gst_treatment"], values["gstin"], values["gst_state"] = check_party(
        data.gst_treatment, data.gstin, data.gst_state)
    values["name_key"] = display_name(
        str(values["first_name"]), str(values["last_name"]), str(values["company"])
    ).casefold()
    values["primary_phone"] = next((p.e164 for p in phones if p.e164), "")
    values["primary_email"] = emails[0][0] if emails else ""
    values["other_emails"] = " ".join(e[0] for e in emails[1:])
    return _Clean(values, phones, emails, warnings)


def _write_children(contact_id: int, clean: _Clean) -> None:
    Phone.delete().where(Phone.contact == contact_id).execute()
    Email.delete().where(Email.contact == contact_id).execute()
    primary_set = False
    for phone in clean.phones:
        is_primary = phone.e164 is not None and not primary_set
        primary_set = primary_set or is_primary
        Phone.insert(
            contact=contact_id, e164=phone.e164, raw_text=phone.raw, label=phone.label,
            extension=phone.extension, is_primary=is_primary,
            digits=(phone.e164 or "").lstrip("+") or digits_of(phone.raw),
        ).execute()
    for position, (address, label) in enumerate(clean.emails):
        Email.insert(contact=contact_id, address=address, address_key=address.casefold(),
                     label=label, is_primary=position == 0).execute()


def create_contact(data: ContactInput) -> SaveResult:
    clean = validate(data)
    now = utc_now()
    with db.atomic():
        contact_id = Contact.insert(**clean.values, created_at=now, updated_at=now).execute()
        _write_children(contact_id, clean)
    return SaveResult(contact_id, clean.warnings)


# Who changed a record when no user is recorded: in a single file, the owner's own other
# window or a command run beside it.
OTHER_WRITER = "another window or program"


def update_contact(contact_id: int, data: ContactInput,
                   expected_version: int | None = None) -> SaveResult:
    """Save the contact. With *expected_version* (the row version it was opened at) a save
    over somebody else's newer change raises EditConflict instead, saving nothing."""
    clean = validate(data)
    with db.atomic():
        query = Contact.update(**clean.values, updated_at=utc_now()).where(
            Contact.id == contact_id)
        if expected_version is not None:
            query = query.where(Contact.row_version == expected_version)
        if not query.execute():
            if expected_version is not None and Contact.get_or_none(
                    Contact.id == contact_id) is not None:
                current = get_contact(contact_id)
                raise EditConflict(current, current.updated_by or OTHER_WRITER,
                                   current.updated_at)
            raise NotFoundError(f"Contact {contact_id} no longer exists")
        _write_children(contact_id, clean)
    return SaveResult(contact_id, clean.warnings)


QUOTES_NAMED = 5  # numbered quotes named in a refusal


def numbered_quotes(contact_id: int) -> tuple[int, list[str]]:
    """How many numbered quotes the contact has, and the first few numbers."""
    count = db.execute_sql("SELECT count(*) FROM quote WHERE contact_id = ? AND number IS NOT "
                           "NULL", (contact_id,)).fetchone()[0]
    rows = db.execute_sql("SELECT number FROM quote WHERE contact_id = ? AND number IS NOT "
                          f"NULL ORDER BY id LIMIT {QUOTES_NAMED}", (contact_id,)).fetchall()
    return int(count), [str(r[0]) for r in rows]


def delete_contact(contact_id: int) -> None:
    """Delete the contact and everything that hangs off it (calls, appointments, draft
    quotes). A contact with numbered quotes is refused (KeptForQuotesError): mark it
    inactive instead."""
    with db.atomic():
        row = Contact.get_or_none(Contact.id == contact_id)
        if row is None:
            raise NotFoundError(f"Contact {contact_id} no longer exists")
        count, numbers = numbered_quotes(contact_id)
        if count:
            name = display_name(row.first_name, row.last_name, row.company)
            raise KeptForQuotesError(name, count, numbers)
        if not Contact.delete().where(Contact.id == contact_id).execute():
            # On a team server a seller may delete only the contacts they added.
            raise ValidationError("Contact", "only the owner, or the person who added it, "
                                             "may delete it; mark it inactive instead")


def mark_inactive(contact_id: int) -> None:
    """The way to retire a contact who has quotes: kept with its history, out of the queues."""
    with db.atomic():
        changed = (Contact.update(status="inactive", updated_at=utc_now())
                   .where(Contact.id == contact_id).execute())
        if not changed:
            raise NotFoundError(f"Contact {contact_id} no longer exists")


def get_contact(contact_id: int) -> ContactDetail:
    row = Contact.get_or_none(Contact.id == contact_id)
    if row is None:
        raise NotFoundError(f"Contact {contact_id} no longer exists")
    phones = [
        PhoneInfo(p.e164, p.raw_text, p.label, p.extension, p.is_primary)
        for p in Phone.select().where(Phone.contact == contact_id).order_by(Phone.id)
    ]
    emails = [
        EmailInfo(e.address, e.label, e.is_primary)
        for e in Email.select().where(Email.contact == contact_id).order_by(Email.id)
    ]
    return ContactDetail(
        id=row.id, first_name=row.first_name, last_name=row.last_name, company=row.company,
        title=row.title, street=row.street, city=row.city, region=row.region,
        postal_code=row.postal_code, country=row.country, status=row.status, source=row.source,
        tags=split_tags(row.tags), notes=row.notes, do_not_call=row.do_not_call,
        phones=phones, emails=emails, created_at=row.created_at, updated_at=row.updated_at,
        last_contacted_at=from_epoch(row.last_contacted_at) if row.last_contacted_at else None,
        row_version=int(row.row_version), updated_by=user_name(row.updated_by),
        gst_treatment=row.gst_treatment, gstin=row.gstin, gst_state=row.gst_state,
        do_not_contact=bool(row.do_not_contact),
    )


def find_duplicates(data: ContactInput, exclude_id: int | None = None) -> list[DuplicateHit]:
    """Other contacts that already have one of these phones or emails."""
    clean = validate(data)
    hits: dict[int, DuplicateHit] = {}
    wanted = {(p.e164, p.extension) for p in clean.phones if p.e164}
    e164s = sorted({e164 for e164, _ in wanted})
    keys = [address.casefold() for address, _ in clean.emails]
    shared: list[tuple[int, str]] = []
    if e164s:
        marks = ",".join("?" * len(e164s))
        shared += [
            (cid, f"{e164} ext. {ext}" if ext else e164) for cid, e164, ext in db.execute_sql(
                f"SELECT contact_id, e164, extension FROM phone WHERE e164 IN ({marks})",
                e164s).fetchall() if (e164, ext) in wanted]
    if keys:
        marks = ",".join("?" * len(keys))
        shared += db.execute_sql(
            f"SELECT contact_id, address FROM email WHERE address_key IN ({marks})",
            keys).fetchall()
    for cid, what in shared:
        if cid != exclude_id and cid not in hits:
            contact = Contact.get_by_id(cid)
            name = display_name(contact.first_name, contact.last_name, contact.company)
            hits[cid] = DuplicateHit(cid, name, what)
    return list(hits.values())
