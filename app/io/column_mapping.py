"""Which contact field each CSV column holds, guessed from the header row, and how one row
becomes an ImportRecord. The guess can be corrected column by column (the GUI mapping step)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from app.io.header_names import GENERIC, GOOGLE, GOOGLE_GROUP, OUTLOOK, normalize_header
from app.io.records import ImportRecord

MULTI_VALUE = " ::: "  # Google joins several values of one cell with this
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")

# Field keys a column can be assigned to, with the words shown for them.
FIELD_CHOICES: tuple[tuple[str, str], ...] = (
    ("", "(ignore)"), ("name", "Full name"), ("first_name", "First name"),
    ("middle_name", "Middle name"), ("last_name", "Last name"), ("company", "Company"),
    ("title", "Job title"), ("phone", "Phone"), ("email", "Email"), ("street", "Street"),
    ("city", "City"), ("region", "State / region"), ("postal_code", "Postal code"),
    ("country", "Country"), ("status", "Status"), ("source", "Source"), ("tags", "Tags"),
    ("notes", "Notes"), ("do_not_call", "Do not call"), ("extra", "Add to notes"),
    ("phone_label", "Phone label"), ("email_label", "Email label"),
    ("address_formatted", "Full address"),
)
_ADDRESS_PARTS = ("street", "city", "region", "postal_code", "country")
_SIMPLE = ("first_name", "last_name", "company", "title", "status", "source", "do_not_call")
_GENERIC_LOOKUP = {normalize_header(h): key for key, names in GENERIC.items() for h in names}
_GENERIC_LOOKUP["title"] = "title"
_GOOGLE_MARKERS = {"organization name", "labels", "group membership", "given name",
                   "family name", "organization 1 name", "name prefix", "file as"}
_OUTLOOK_MARKERS = {"e mail address", "business phone", "business street", "home street",
                    "e mail 2 address", "primary phone", "business fax"}


@dataclass(frozen=True)
class ColumnRole:
    field: str = ""  # a key of FIELD_CHOICES; "" ignores the column
    label: str = ""  # the phone/email label, or the caption of an "extra" note line
    group: str = ""  # pairs "Phone 1 - Label" with "Phone 1 - Value"; one address per group


def detect_profile(headers: Sequence[str]) -> str:
    """'google', 'outlook' or 'spreadsheet'."""
    names = {normalize_header(h) for h in headers}
    if names & _OUTLOOK_MARKERS:
        return "outlook"
    if names & _GOOGLE_MARKERS:
        return "google"
    return "spreadsheet"


def _role_from_spec(spec: str) -> ColumnRole:
    if not spec:
        return ColumnRole()
    if spec.startswith("extra:"):
        return ColumnRole("extra", spec[6:])
    if spec.startswith("phone:"):
        return ColumnRole("phone", spec[6:])
    if spec == "labels":
        return ColumnRole("tags")
    field, _, group = spec.partition("@")
    return ColumnRole(field, "", group)


def _group_role(header: str, original: str) -> ColumnRole | None:
    match = GOOGLE_GROUP.match(header)
    if not match:
        return None
    kind, number, part = match.groups()
    kind = "email" if kind in ("e mail", "email") else kind
    group = f"{kind}{number}"
    if kind in ("phone", "email"):
        if part == "value":
            return ColumnRole(kind, "", group)
        if part in ("label", "type"):
            return ColumnRole(f"{kind}_label", "", group)
        return ColumnRole()
    if kind == "address":
        parts = {"street": "street", "city": "city", "region": "region",
                 "postal code": "postal_code", "country": "country",
                 "formatted": "address_formatted"}
        if part in parts:
            return ColumnRole(parts[part], "", group)
        if part in ("po box", "extended address"):
            return ColumnRole("extra", original.strip())
        return ColumnRole()
    if kind in ("organization", "organisation"):
        org = {"name": "company", "title": "title"}
        if part in org:
            return ColumnRole(org[part])
        return ColumnRole("extra", original.strip()) if part == "department" else ColumnRole()
    if part == "value":
        return ColumnRole("extra", original.rsplit("-", 1)[0].strip() or original.strip())
    return ColumnRole()


def guess_role(header: str, profile: str) -> ColumnRole:
    name = normalize_header(header)
    specific = OUTLOOK if profile == "outlook" else GOOGLE if profile == "google" else {}
    if name in specific:
        return _role_from_spec(specific[name])
    grouped = _group_role(name, header)
    if grouped is not None:
        return grouped
    return _role_from_spec(_GENERIC_LOOKUP.get(name, ""))


def map_headers(headers: Sequence[str], profile: str | None = None) -> list[ColumnRole]:
    chosen = profile or detect_profile(headers)
    return [guess_role(h, chosen) for h in headers]


def unescape_cell(value: str) -> str:
    """Undo the export's formula neutralisation: a quote before =, +, -, @, tab, CR or '."""
    if len(value) > 1 and value[0] == "'" and (value[1] in FORMULA_TRIGGERS or value[1] == "'"):
        return value[1:]
    return value


_STANDARD_LABELS = frozenset({"mobile", "work", "home", "other", "main", "fax", "pager"})


@lru_cache(maxsize=1024)
def normal_label(text: str) -> str:
    """'Mobile' -> 'mobile' (the app's own words are lower case); other labels as written."""
    label = text.strip().removeprefix("* ")
    return label.lower() if label.lower() in _STANDARD_LABELS else label


def split_name(full: str) -> tuple[str, str]:
    """'Anna Weber' -> ('Anna', 'Weber'); 'Weber, Anna' -> ('Anna', 'Weber')."""
    text = " ".join(full.split())
    if "," in text:
        last, _, first = text.partition(",")
        return first.strip(), last.strip()
    first, _, last = text.rpartition(" ")
    return (first, last) if first else (last, "")


_DROPPED_LABELS = frozenset({"* mycontacts", "mycontacts"})


@lru_cache(maxsize=4096)
def split_tags(text: str) -> tuple[str, ...]:
    """Tags from one cell: Google's ' ::: ' and commas or semicolons separate them; Google's
    system label '* myContacts' is dropped and the '* ' of other system labels removed."""
    tags: list[str] = []
    for part in text.split(MULTI_VALUE) if MULTI_VALUE in text else (text,):
        pieces = part.replace(";", ",").split(",") if ("," in part or ";" in part) else (part,)
        for piece in pieces:
            tag = piece.strip()
            if not tag or tag.casefold() in _DROPPED_LABELS:
                continue
            if tag.startswith("* "):
                tag = tag[2:].strip()
            if tag:
                tags.append(tag)
    return tuple(tags)


_PHONE, _EMAIL, _SIMPLE_KIND, _ADDRESS, _TAGS, _NAME, _MIDDLE, _EXTRA, _NOTES = range(9)


def _kind(field: str) -> int:
    if field in ("phone", "email"):
        return _PHONE if field == "phone" else _EMAIL
    if field in _SIMPLE:
        return _SIMPLE_KIND
    if field in _ADDRESS_PARTS or field == "address_formatted":
        return _ADDRESS
    return {"tags": _TAGS, "name": _NAME, "middle_name": _MIDDLE, "extra": _EXTRA,
            "notes": _NOTES}.get(field, -1)


class RowMapper:
    """Turns rows into ImportRecords for one fixed list of column roles (compiled once)."""

    def __init__(self, roles: Sequence[ColumnRole]) -> None:
        self._labels = [(i, r.group) for i, r in enumerate(roles)
                        if r.field in ("phone_label", "email_label")]
        self._columns = [(i, _kind(r.field), r.field, r.label, r.group)
                         for i, r in enumerate(roles) if _kind(r.field) >= 0]
        self._width = max((c[0] for c in self._columns), default=-1) + 1

    def build(self, row: int, cells: Sequence[str]) -> ImportRecord:
        record = ImportRecord(row)
        fields = record.fields
        if len(cells) < self._width:
            cells = [*cells, *([""] * (self._width - len(cells)))]
        labels: dict[str, str] = {}
        for i, group in self._labels:
            if i < len(cells) and cells[i]:
                labels[group] = normal_label(unescape_cell(cells[i]))
        addresses: dict[str, dict[str, str]] = {}
        full_name = middle = ""
        for i, kind, field, label, group in self._columns:
            cell = cells[i]
            if not cell or cell.isspace():
                continue
            value = unescape_cell(cell) if cell[0] == "'" else cell
            if kind == _NOTES:
                record.notes.append(value)
                continue
            value = value.strip()
            if kind == _SIMPLE_KIND:
                if not fields.get(field):
                    fields[field] = value
            elif kind in (_PHONE, _EMAIL):
                label = label or labels.get(group, "")
                target = record.phones if kind == _PHONE else record.emails
                if MULTI_VALUE in value:
                    target.extend((v.strip(), label) for v in value.split(MULTI_VALUE)
                                  if v.strip())
                else:
                    target.append((value, label))
            elif kind == _ADDRESS:
                parts = addresses.setdefault(group, {})
                parts[field] = f"{parts[field]}\n{value}" if field in parts else value
            elif kind == _TAGS:
                record.tags.extend(split_tags(value))
            elif kind == _NAME:
                full_name = full_name or value
            elif kind == _MIDDLE:
                middle = middle or value
            else:
                record.notes.append(f"{label}: {value}" if label else value)
        if full_name or middle:
            _apply_names(record, full_name, middle)
        if addresses:
            _apply_addresses(record, addresses)
        return record


def build_record(row: int, cells: Sequence[str], roles: Sequence[ColumnRole]) -> ImportRecord:
    """One CSV row as an ImportRecord; cells beyond the roles are ignored."""
    return RowMapper(roles).build(row, cells)


def _apply_names(record: ImportRecord, full_name: str, middle: str) -> None:
    if full_name and not (record.fields.get("first_name") or record.fields.get("last_name")):
        first, last = split_name(full_name)
        record.set_if_empty("first_name", first)
        record.set_if_empty("last_name", last)
    if middle:
        first = record.fields.get("first_name", "")
        record.fields["first_name"] = f"{first} {middle}".strip()


def _apply_addresses(record: ImportRecord, addresses: dict[str, dict[str, str]]) -> None:
    placed = False
    for group, parts in addresses.items():
        if not placed:
            if any(parts.get(p) for p in _ADDRESS_PARTS):
                for part in _ADDRESS_PARTS:
                    record.set_if_empty(part, parts.get(part, ""))
            else:
                record.set_if_empty("street", parts.get("address_formatted", ""))
            placed = True
            continue
        text = parts.get("address_formatted") or ", ".join(
            parts[p].replace("\n", ", ") for p in _ADDRESS_PARTS if parts.get(p))
        if text:
            caption = group.capitalize() if group and not group[-1].isdigit() else "Other"
            record.notes.append(f"{caption} address: {text}")
