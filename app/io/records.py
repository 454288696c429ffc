"""What every contact reader yields: one source record per CSV row or vCard, still raw text."""

from __future__ import annotations

from dataclasses import dataclass, field

# Contact fields a reader may fill (the keys of ImportRecord.fields).
TEXT_FIELDS = (
    "first_name", "last_name", "company", "title", "street", "city", "region",
    "postal_code", "country", "status", "source", "do_not_call",
)


@dataclass
class ImportRecord:
    """One contact as found in a file. ``row`` is what a person sees: the spreadsheet row
    (the header is row 1) or the position of the card in a vCard file (first card is 1)."""

    row: int
    fields: dict[str, str] = field(default_factory=dict)
    phones: list[tuple[str, str]] = field(default_factory=list)  # (raw text, label)
    emails: list[tuple[str, str]] = field(default_factory=list)  # (address, label)
    tags: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # paragraphs, joined with newlines

    def is_empty(self) -> bool:
        return not (any(v.strip() for v in self.fields.values()) or self.phones
                    or self.emails or self.tags or any(n.strip() for n in self.notes))

    def set_if_empty(self, name: str, value: str) -> None:
        value = value.strip()
        if value and not self.fields.get(name, "").strip():
            self.fields[name] = value


class ImportFormatError(Exception):
    """The file cannot be read as the format it was opened as; the message says why."""
