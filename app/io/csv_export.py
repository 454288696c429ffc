"""Contacts to CSV: UTF-8 with BOM (Excel reads it right), one row per contact, numbered
phone and email columns the importer maps back, and cells neutralised against formulas."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import Any, TextIO

from app.io.column_mapping import FORMULA_TRIGGERS

BASE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("First Name", "first_name"), ("Last Name", "last_name"), ("Company", "company"),
    ("Job Title", "title"), ("Street", "street"), ("City", "city"), ("Region", "region"),
    ("Postal Code", "postal_code"), ("Country", "country"), ("Status", "status"),
    ("Source", "source"), ("Tags", "tags"), ("Do Not Call", "do_not_call"), ("Notes", "notes"),
)
BOM = "\ufeff"


def neutralise(value: str) -> str:
    """A leading quote keeps spreadsheets from running =, +, -, @, tab or CR as a formula;
    a value that already starts with a quote gets one more, so the importer can undo it."""
    if value and (value[0] in FORMULA_TRIGGERS or value[0] == "'"):
        return "'" + value
    return value


def header(phone_columns: int, email_columns: int) -> list[str]:
    names = [name for name, _ in BASE_COLUMNS]
    for i in range(1, phone_columns + 1):
        names += [f"Phone {i} - Label", f"Phone {i} - Value"]
    for i in range(1, email_columns + 1):
        names += [f"E-mail {i} - Label", f"E-mail {i} - Value"]
    return names


def phone_text(phone: dict[str, Any]) -> str:
    """E.164 (with ' ext. N'), or the raw text of a number that was never parsed."""
    if not phone["e164"]:
        return str(phone["raw"])
    return f"{phone['e164']} ext. {phone['extension']}" if phone["extension"] else phone["e164"]


def contact_cells(snapshot: dict[str, Any], phone_columns: int,
                  email_columns: int) -> list[str]:
    contact = snapshot["contact"]
    cells = []
    for _, key in BASE_COLUMNS:
        value = contact[key]
        if key == "do_not_call":
            value = "yes" if value else ""
        cells.append(str(value))
    phones = snapshot["phones"][:phone_columns]
    for i in range(phone_columns):
        cells += [phones[i]["label"], phone_text(phones[i])] if i < len(phones) else ["", ""]
    emails = snapshot["emails"][:email_columns]
    for i in range(email_columns):
        cells += [emails[i]["label"], emails[i]["address"]] if i < len(emails) else ["", ""]
    return [neutralise(c) for c in cells]


class CsvContactWriter:
    def __init__(self, stream: TextIO, phone_columns: int, email_columns: int) -> None:
        self._phones = max(1, phone_columns)
        self._emails = max(1, email_columns)
        stream.write(BOM)
        self._writer = csv.writer(stream, lineterminator="\r\n")
        self._writer.writerow(header(self._phones, self._emails))

    def write(self, snapshots: Iterable[dict[str, Any]]) -> None:
        self._writer.writerows(contact_cells(s, self._phones, self._emails)
                               for s in snapshots)
