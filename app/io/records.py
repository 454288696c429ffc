"""What every contact reader yields: one source record per CSV row or vCard, still raw text."""

from __future__ import annotations

# Contact fields a reader may fill (the keys of ImportRecord.fields).
TEXT_FIELDS = (
    "first_name", "last_name", "company", "title", "street", "city", "region",
    "postal_code", "country", "status", "source", "do_not_call",
)


class ImportRecord:
    """One contact as found in a file. ``row`` is what a person sees: the spreadsheet row
    (the header is row 1) or the position of the card in a vCard file (first card is 1);
    ``line`` is the physical line it starts on (0: the same as ``row``). ``warnings`` say what
    the reader repaired, ``refusal`` why the reader could not make a contact of it.
    A plain slotted class: a 100,000-row import creates 100,000 of them."""

    __slots__ = ("row", "fields", "phones", "emails", "tags", "notes", "line", "warnings",
                 "refusal")

    def __init__(self, row: int, fields: dict[str, str] | None = None,
                 phones: list[tuple[str, str]] | None = None,
                 emails: list[tuple[str, str]] | None = None,
                 tags: list[str] | None = None, notes: list[str] | None = None) -> None:
        self.row = row
        self.fields: dict[str, str] = fields if fields is not None else {}
        self.phones: list[tuple[str, str]] = phones if phones is not None else []  # raw, label
        self.emails: list[tuple[str, str]] = emails if emails is not None else []
        self.tags: list[str] = tags if tags is not None else []
        self.notes: list[str] = notes if notes is not None else []  # paragraphs
        self.line = 0
        self.warnings: list[str] = []  # whole sentences: "has no END:VCARD; …"
        self.refusal = ""

    def __repr__(self) -> str:
        return (f"ImportRecord(row={self.row}, fields={self.fields}, phones={self.phones}, "
                f"emails={self.emails}, tags={self.tags}, notes={self.notes}, line={self.line}, "
                f"warnings={self.warnings}, refusal={self.refusal!r})")

    def is_empty(self) -> bool:
        return not (any(v.strip() for v in self.fields.values()) or self.phones
                    or self.emails or self.tags or any(n.strip() for n in self.notes))

    def set_if_empty(self, name: str, value: str) -> None:
        value = value.strip()
        if value and not self.fields.get(name, "").strip():
            self.fields[name] = value


class ImportFormatError(Exception):
    """The file cannot be read as the format it was opened as; the message says why."""
