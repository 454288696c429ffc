"""Templates with merge fields: {first_name}, {quote_total} and so on.

A template names the fields it uses in braces. An unknown field is refused when the template
is saved or used, naming it; a field that would come out empty (a contact without a company)
refuses the send, naming it too. A preview shows the merged text with empty fields marked.
"""

from __future__ import annotations

import re
import time
from collections.abc import Mapping
from dataclasses import dataclass

from app.db.connection import db
from app.services.errors import ValidationError
from app.services.mail_default_templates import BUILTIN, CONTACT, Template
from app.services.text_checks import check_text

FIELDS: dict[str, str] = {
    "first_name": "contact's first name",
    "name": "contact's name",
    "company": "company",
    "city": "city",
    "quote_number": "quote number",
    "quote_total": "quote total",
    "valid_until": "quote valid until",
    "appointment_time": "appointment time (customer's zone)",
    "rep": "rep",
    "location": "appointment location",
    "my_name": "your name, in Settings ▸ General",
}
_OF_PURPOSE = {
    "contact": ("first_name", "name", "company", "city", "my_name"),
    "quote": ("first_name", "name", "company", "city", "quote_number", "quote_total",
              "valid_until", "my_name"),
    "appointment": ("first_name", "name", "company", "city", "appointment_time", "rep",
                    "location", "my_name"),
}
_FIELD = re.compile(r"\{([^{}]*)\}")
PURPOSES = ("contact", "quote", "appointment")


@dataclass(frozen=True)
class Merged:
    subject: str
    body: str


def fields_for(purpose: str) -> tuple[str, ...]:
    """The fields a template for *purpose* can fill."""
    return _OF_PURPOSE.get(purpose, tuple(FIELDS))


def fields_used(text: str) -> list[str]:
    return [m.group(1).strip() for m in _FIELD.finditer(text)]


def check_fields(where: str, text: str) -> None:
    for name in fields_used(text):
        if name not in FIELDS:
            known = ", ".join("{" + f + "}" for f in FIELDS)
            raise ValidationError(where, f"unknown merge field {{{name}}}; the fields are "
                                         f"{known}")


def _merge(where: str, text: str, values: Mapping[str, str], strict: bool) -> str:
    check_fields(where, text)

    def value(match: re.Match[str]) -> str:
        name = match.group(1).strip()
        found = values.get(name, "").strip()
        if found:
            return found
        if strict:
            raise ValidationError(where, f"the merge field {{{name}}} ({FIELDS[name]}) would "
                                         "come out empty; fill it in or change the text")
        return f"[{{{name}}} is empty]"

    return _FIELD.sub(value, text)


def merge(subject: str, body: str, values: Mapping[str, str]) -> Merged:
    """The text to send; raises ValidationError naming an unknown or empty field."""
    return Merged(_merge("Subject", subject, values, True), _merge("Message", body, values, True))


def preview(subject: str, body: str, values: Mapping[str, str]) -> Merged:
    """The merged text with empty fields marked instead of refused."""
    return Merged(_merge("Subject", subject, values, False),
                  _merge("Message", body, values, False))


def empty_fields(subject: str, body: str, values: Mapping[str, str]) -> list[str]:
    return [name for name in dict.fromkeys(fields_used(subject) + fields_used(body))
            if name in FIELDS and not values.get(name, "").strip()]


def list_templates(purpose: str | None = None) -> list[Template]:
    """Built-in and saved templates (a saved one replaces the built-in of its name); those for
    *purpose* and the ones any record can use."""
    saved = {t.name: t for t in _saved()}
    found = [saved.pop(t.name, t) for t in BUILTIN] + sorted(saved.values(),
                                                             key=lambda t: t.name)
    if purpose is None:
        return found
    return [t for t in found if t.purpose in (purpose, CONTACT)]


def find_template(name: str) -> Template | None:
    """The template called *name*, or None."""
    return next((t for t in list_templates() if t.name == name.strip()), None)


def get_template(name: str) -> Template:
    found = find_template(name)
    if found is not None:
        return found
    names = ", ".join(t.name for t in list_templates())
    raise ValidationError("Template", f"there is no template named {name!r}; there are {names}")


def _saved() -> list[Template]:
    return [Template(str(r[0]), str(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]), False)
            for r in db.execute_sql("SELECT name, language, purpose, subject, body "
                                    "FROM mail_template ORDER BY name").fetchall()]


def save_template(name: str, language: str, purpose: str, subject: str, body: str) -> None:
    clean = name.strip()
    if not clean:
        raise ValidationError("Name", "give the template a name")
    check_text("Name", clean, 200)
    if purpose not in PURPOSES:
        raise ValidationError("Purpose", f"choose one of {', '.join(PURPOSES)}")
    if language not in ("en", "hi"):
        raise ValidationError("Language", "choose en or hi")
    check_text("Subject", subject, 998)
    check_text("Message", body, 100_000)
    check_fields("Subject", subject)
    check_fields("Message", body)
    with db.atomic():
        db.execute_sql(
            "INSERT INTO mail_template (name, language, purpose, subject, body, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET "
            "language = excluded.language, purpose = excluded.purpose, "
            "subject = excluded.subject, body = excluded.body, "
            "updated_at = excluded.updated_at",
            (clean, language, purpose, subject, body, int(time.time())))
