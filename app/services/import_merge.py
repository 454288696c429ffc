"""Turning raw import records into clean contact drafts, and merging duplicates into them."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from app.db.contact_bulk import CONTACT_COLUMNS, EMAIL_COLUMNS, PHONE_COLUMNS, phone_key
from app.io.header_names import STATUS_WORDS, TRUE_WORDS
from app.io.records import ImportRecord
from app.services.contact_types import split_tags
from app.services.contacts import TEXT_LIMIT
from app.services.country_codes import region_for_country
from app.services.emails import normalise_email
from app.services.errors import ValidationError
from app.services.import_phones import PhoneCache
from app.services.import_types import ImportProblem
from app.services.phones import digits_of

_TEXT_COLUMNS = ("first_name", "last_name", "company", "title", "street", "city", "region",
                 "postal_code", "country", "source")
FILLABLE = ("first_name", "last_name", "company", "title", "street", "city", "region",
            "postal_code", "country", "source")


@dataclass
class Draft:
    """A contact as it will be written: a new one, or an existing one with merges applied."""

    row: int
    values: dict[str, Any]
    phones: list[tuple[str | None, str, str, str]]  # (e164, raw, label, extension)
    emails: list[tuple[str, str]]  # (address, label)
    tags: list[str]
    contact_id: int | None = None  # set for contacts already in the database
    before_json: str = ""
    merged_rows: list[int] = field(default_factory=list)

    def phone_keys(self) -> list[str]:
        return [phone_key(p[0], p[3]) for p in self.phones if p[0]]

    def email_keys(self) -> list[str]:
        return [a.casefold() for a, _ in self.emails]

    def contact_row(self) -> tuple[Any, ...]:
        """The contact's columns in CONTACT_COLUMNS order, derived ones computed."""
        v = self.values
        first, last, company = v["first_name"], v["last_name"], v["company"]
        name = f"{first} {last}" if first and last else (first or last or company)
        primary_phone = next((p[0] for p in self.phones if p[0]), "")
        emails = self.emails
        return (first, last, name.casefold(), company, v["title"], v["street"], v["city"],
                v["region"], v["postal_code"], v["country"], v["status"], v["source"],
                ", ".join(self.tags), v["notes"], 1 if v["do_not_call"] else 0, primary_phone,
                emails[0][0] if emails else "", " ".join(a for a, _ in emails[1:]))

    def phone_rows(self) -> list[tuple[Any, ...]]:
        rows, primary_set = [], False
        for e164, raw, label, ext in self.phones:
            primary = e164 is not None and not primary_set
            primary_set = primary_set or primary
            digits = (e164 or "").lstrip("+") or digits_of(raw)
            rows.append((e164, raw, label, ext, 1 if primary else 0, digits))
        return rows

    def email_rows(self) -> list[tuple[Any, ...]]:
        return [(a, a.casefold(), label, 1 if i == 0 else 0)
                for i, (a, label) in enumerate(self.emails)]

    def merge(self, other: Draft) -> None:
        """Fill empty fields, add new phones, emails and tags, append notes."""
        for name in FILLABLE:
            if not self.values.get(name) and other.values.get(name):
                self.values[name] = other.values[name]
        if other.values.get("do_not_call"):
            self.values["do_not_call"] = 1
        notes, extra = str(self.values.get("notes") or ""), str(other.values.get("notes") or "")
        if extra and extra not in notes:
            self.values["notes"] = f"{notes}\n\n{extra}" if notes else extra
        known = {t.casefold() for t in self.tags}
        self.tags.extend(t for t in other.tags if t.casefold() not in known)
        have = {_same_phone(p) for p in self.phones}
        self.phones.extend(p for p in other.phones if _same_phone(p) not in have)
        keys = set(self.email_keys())
        self.emails.extend(e for e in other.emails if e[0].casefold() not in keys)
        self.merged_rows.append(other.row)


def _same_phone(phone: tuple[str | None, str, str, str]) -> str:
    """A phone's identity for merging: number and extension, or the text of an unread one."""
    e164, raw, _label, extension = phone
    return phone_key(e164, extension) if e164 else raw


def draft_from_snapshot(snapshot: dict[str, Any]) -> Draft:
    contact = snapshot["contact"]
    values = {c: contact[c] for c in CONTACT_COLUMNS}
    phones = [(p["e164"], p["raw"], p["label"], p["extension"]) for p in snapshot["phones"]]
    emails = [(e["address"], e["label"]) for e in snapshot["emails"]]
    tags = [t.strip() for t in str(contact["tags"]).split(",") if t.strip()]
    return Draft(0, values, phones, emails, tags, int(contact["id"]),
                 json.dumps(snapshot, ensure_ascii=False))


def snapshot_rows(snapshot: dict[str, Any]) -> tuple[tuple[Any, ...], list[tuple[Any, ...]],
                                                    list[tuple[Any, ...]]]:
    """A stored snapshot as (contact values, phone rows, email rows) for replace_contact."""
    contact = snapshot["contact"]
    return (tuple(contact[c] for c in CONTACT_COLUMNS),
            [tuple(p[c] for c in PHONE_COLUMNS) for p in snapshot["phones"]],
            [tuple(e[c] for c in EMAIL_COLUMNS) for e in snapshot["emails"]])


def _text_problem(values: dict[str, Any]) -> str | None:
    for name in (*_TEXT_COLUMNS, "notes"):
        value = values[name]
        if len(value) > TEXT_LIMIT:
            return f"{name.replace('_', ' ').capitalize()} is longer than {TEXT_LIMIT:,} characters"
        if "\x00" in value:
            values[name] = value.replace("\x00", "")
    return None


def clean_record(record: ImportRecord, region: str, problems: list[ImportProblem],
                 phones: PhoneCache | None = None) -> Draft | None:
    """A Draft for *record*, or None (with the reason noted as a refusal) when it cannot be
    imported. The rules are the contact form's (contacts.validate), applied without its
    per-call overhead: unparsable numbers are kept raw and reported, bad emails go to the
    notes. What the reader repaired is noted too, so every record is accounted for."""
    row, line = record.row, record.line

    def note(message: str, refused: bool = False, sentence: bool = False) -> None:
        problems.append(ImportProblem(row, message, line, refused, sentence))

    for warning in record.warnings:
        note(warning, sentence=True)
    if record.refusal:
        note(record.refusal, refused=True, sentence=True)
        return None
    if record.is_empty():
        note("has no name, company, phone, email or other detail to import; not imported",
             refused=True, sentence=True)
        return None
    f = record.fields
    notes = list(record.notes)
    tags: list[str] = []
    seen_tags: set[str] = set()
    raw_status = f.get("status", "").strip()
    status = STATUS_WORDS.get(raw_status.casefold(), "lead") if raw_status else "lead"
    extra_tags = [raw_status] if raw_status and raw_status.casefold() not in STATUS_WORDS else []
    for tag in (t for raw in (*record.tags, *extra_tags) for t in split_tags(raw)):
        if tag.casefold() not in seen_tags:
            seen_tags.add(tag.casefold())
            tags.append(tag)
    emails: list[tuple[str, str]] = []
    for typed, label in record.emails:
        try:
            address = normalise_email(typed)
        except ValidationError:
            address = ""
        if not address:
            address = typed.strip()
            note(f"'{address}' is not an email address; kept in the notes")
            notes.append(f"Email (not an address): {address}")
        elif address.casefold() not in (e[0].casefold() for e in emails):
            emails.append((address, label.strip()))
    values: dict[str, Any] = {name: f.get(name, "").strip() for name in _TEXT_COLUMNS}
    values["notes"] = "\n".join(notes)
    problem = _text_problem(values)
    if problem:
        note(f"{problem}; not imported", refused=True)
        return None
    if not (values["first_name"] or values["last_name"] or values["company"]):
        fallback = (emails[0][0] if emails else
                    record.phones[0][0].strip() if record.phones else f"Row {row}")
        values["first_name"] = fallback
        note(f"no name or company; named '{fallback}'")
    values["status"] = status
    values["do_not_call"] = f.get("do_not_call", "").strip().casefold() in TRUE_WORDS
    home = region
    if values["country"]:
        home = region_for_country(values["country"]) or region
    cache = phones or PhoneCache()
    clean_phones: list[tuple[str | None, str, str, str]] = []
    for index, (raw_text, label) in enumerate(record.phones, start=1):
        raw = raw_text.strip()
        if not raw:
            continue
        parsed = cache.parse(raw, home)
        if isinstance(parsed, str):
            note(f"Phone {index}: kept as typed, not a usable number ({parsed})")
            clean_phones.append((None, raw, label.strip(), ""))
        elif all((p[0], p[3]) != parsed for p in clean_phones):
            clean_phones.append((parsed[0], raw, label.strip(), parsed[1]))
    return Draft(row, values, clean_phones, emails, tags)
