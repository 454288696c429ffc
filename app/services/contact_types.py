"""Plain data passed between the contact service and its callers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass
class PhoneInput:
    number: str
    label: str = "mobile"
    # Imports keep text that cannot be parsed, flagged, instead of dropping it.
    keep_unparsed: bool = False


@dataclass
class EmailInput:
    address: str
    label: str = ""


@dataclass
class ContactInput:
    first_name: str = ""
    last_name: str = ""
    company: str = ""
    title: str = ""
    street: str = ""
    city: str = ""
    region: str = ""
    postal_code: str = ""
    country: str = ""
    status: str = "lead"
    source: str = ""
    tags: list[str] = field(default_factory=list)
    notes: str = ""
    do_not_call: bool = False
    do_not_contact: bool = False  # no email to this contact
    phones: list[PhoneInput] = field(default_factory=list)
    emails: list[EmailInput] = field(default_factory=list)
    gst_treatment: str = ""  # app.services.gst.TREATMENTS
    gstin: str = ""
    gst_state: str = ""  # GST state code


@dataclass(frozen=True)
class PhoneInfo:
    e164: str | None
    raw: str
    label: str
    extension: str
    is_primary: bool

    @property
    def unparsed(self) -> bool:
        return self.e164 is None

    def as_typed_text(self) -> str:
        """Text that parses back to this phone: E.164 with its extension, or the raw text."""
        if self.e164 is None:
            return self.raw
        return f"{self.e164} ext. {self.extension}" if self.extension else self.e164


@dataclass(frozen=True)
class EmailInfo:
    address: str
    label: str
    is_primary: bool


@dataclass(frozen=True)
class ContactDetail:
    id: int
    first_name: str
    last_name: str
    company: str
    title: str
    street: str
    city: str
    region: str
    postal_code: str
    country: str
    status: str
    source: str
    tags: list[str]
    notes: str
    do_not_call: bool
    phones: list[PhoneInfo]
    emails: list[EmailInfo]
    created_at: datetime
    updated_at: datetime
    last_contacted_at: datetime | None
    row_version: int = 1  # a save based on an older version is refused as a conflict
    updated_by: str = ""  # who saved it last ('' for the owner of a single file)
    gst_treatment: str = ""
    gstin: str = ""
    gst_state: str = ""
    do_not_contact: bool = False

    @property
    def display_name(self) -> str:
        return display_name(self.first_name, self.last_name, self.company)

    @property
    def address_lines(self) -> list[str]:
        locality = " ".join(p for p in (self.postal_code, self.city) if p)
        parts = [self.street, locality, self.region, self.country]
        return [line for part in parts for line in part.splitlines() if line.strip()]

    def to_input(self) -> ContactInput:
        return ContactInput(
            first_name=self.first_name, last_name=self.last_name, company=self.company,
            title=self.title, street=self.street, city=self.city, region=self.region,
            postal_code=self.postal_code, country=self.country, status=self.status,
            source=self.source, tags=list(self.tags), notes=self.notes,
            do_not_call=self.do_not_call, do_not_contact=self.do_not_contact,
            phones=[PhoneInput(p.as_typed_text(), p.label, keep_unparsed=p.unparsed)
                    for p in self.phones],
            emails=[EmailInput(e.address, e.label) for e in self.emails],
            gst_treatment=self.gst_treatment, gstin=self.gstin, gst_state=self.gst_state,
        )


@dataclass(frozen=True)
class SaveResult:
    contact_id: int
    warnings: list[str]


@dataclass(frozen=True)
class DuplicateHit:
    contact_id: int
    name: str
    what: str  # the phone or email both contacts share


def display_name(first_name: str, last_name: str, company: str = "") -> str:
    name = " ".join(p for p in (first_name.strip(), last_name.strip()) if p)
    return name or company.strip()


def split_tags(text: str) -> list[str]:
    return [t.strip() for t in text.replace(";", ",").split(",") if t.strip()]
