"""vCard 2.1, 3.0 and 4.0 reading, streamed card by card.

Handles folded lines, QUOTED-PRINTABLE with soft line breaks and CHARSET (2.1), bare TYPE
parameters (``TEL;CELL``), grouped properties with Apple labels (``item1.TEL`` +
``item1.X-ABLabel``), escaped ``\\,`` ``\\;`` ``\\n``, and ``TEL;VALUE=uri:tel:...`` (4.0).
Embedded photos and other binary properties are skipped. Damaged files are cut into cards by
``app.io.vcard_blocks``, which says what it repaired on each card.
"""

from __future__ import annotations

import quopri
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from app.io.column_mapping import split_name
from app.io.records import ImportFormatError, ImportRecord
from app.io.text_decoding import open_text
from app.io.vcard_blocks import CardBlock, iter_blocks

_TYPE_LABELS = {"cell": "mobile", "mobile": "mobile", "work": "work", "home": "home",
                "fax": "fax", "pager": "pager", "main": "main", "other": "other",
                "iphone": "iphone", "car": "car", "text": "text", "video": "video"}
_IGNORED_TYPES = {"voice", "pref", "internet", "x400", "msg", "bbs", "modem", "isdn", "pcs",
                  "dom", "intl", "postal", "parcel", "x-internet"}
_AB_LABEL = re.compile(r"^_\$!<(.*)>!\$_$")
_SKIPPED = ("PHOTO", "LOGO", "SOUND", "KEY")
X_STATUS, X_SOURCE, X_DNC = "X-CALLDESK-STATUS", "X-CALLDESK-SOURCE", "X-CALLDESK-DO-NOT-CALL"


@dataclass
class VProperty:
    group: str
    name: str
    params: dict[str, list[str]]
    value: str  # decoded text, escapes still in place
    types: list[str] = field(default_factory=list)


def _split_unquoted(text: str, sep: str) -> list[str]:
    parts, current, quoted = [], [], False
    for ch in text:
        if ch == '"':
            quoted = not quoted
            current.append(ch)
        elif ch == sep and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts


def parse_property(line: str) -> VProperty | None:
    head, sep, value = line.partition(":")
    if not sep:
        return None
    quoted_head = _split_unquoted(line, ":")
    if len(quoted_head) > 1 and len(quoted_head[0]) != len(head):
        head, value = quoted_head[0], line[len(quoted_head[0]) + 1:]
    pieces = _split_unquoted(head, ";")
    group, _, name = pieces[0].rpartition(".")
    params: dict[str, list[str]] = {}
    types: list[str] = []
    for piece in pieces[1:]:
        key, eq, val = piece.partition("=")
        if not eq:  # vCard 2.1 bare parameter: TEL;CELL;PREF
            key, val = ("ENCODING", key) if key.upper() in (
                "QUOTED-PRINTABLE", "BASE64", "8BIT", "7BIT") else ("TYPE", key)
        values = [v.strip().strip('"') for v in _split_unquoted(val, ",")]
        params.setdefault(key.strip().upper(), []).extend(values)
        if key.strip().upper() == "TYPE":
            types.extend(t.strip('"').casefold() for v in values for t in v.split(",") if t)
    encoding = [e.upper() for e in params.get("ENCODING", [])]
    if "QUOTED-PRINTABLE" in encoding:
        charset = (params.get("CHARSET") or ["utf-8"])[0]
        data = quopri.decodestring(value.encode("latin-1", "replace"))
        try:
            value = data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            value = data.decode("cp1252", "replace")
    return VProperty(group.casefold(), name.strip().upper(), params, value, types)


def unescape(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            nxt = text[i + 1]
            out.append("\n" if nxt in "nN" else nxt)
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def split_structured(text: str, sep: str = ";") -> list[str]:
    """Split on unescaped *sep*, then unescape each part."""
    parts, current, i = [], [], 0
    while i < len(text):
        ch = text[i]
        if ch == "\\" and i + 1 < len(text):
            current.append(text[i:i + 2])
            i += 2
            continue
        if ch == sep:
            parts.append(unescape("".join(current)))
            current = []
        else:
            current.append(ch)
        i += 1
    parts.append(unescape("".join(current)))
    return parts


def _label(prop: VProperty, ab_labels: dict[str, str]) -> str:
    if prop.group and prop.group in ab_labels:
        return ab_labels[prop.group]
    for kind in prop.types:
        if kind in _TYPE_LABELS:
            return _TYPE_LABELS[kind]
    others = [t for t in prop.types if t not in _IGNORED_TYPES]
    return others[0] if others else ""


def _tel_value(value: str) -> str:
    text = value.strip()
    if text.casefold().startswith("tel:"):
        text = text[4:]
        number, _, params = text.partition(";")
        ext = next((p[4:] for p in params.split(";") if p.casefold().startswith("ext=")), "")
        text = f"{number} ext. {ext}" if ext else number
    return text


def card_to_record(number: int, props: list[VProperty]) -> ImportRecord:
    record = ImportRecord(number)
    ab_labels = {}
    for prop in props:
        if prop.name == "X-ABLABEL" and prop.group:
            text = unescape(prop.value).strip()
            match = _AB_LABEL.match(text)
            ab_labels[prop.group] = match.group(1).lower() if match else text
    full_name = org = ""
    for prop in props:
        name, value = prop.name, prop.value
        if name == "N":
            parts = [*split_structured(value), "", "", "", "", ""]
            record.set_if_empty("last_name", parts[0])
            given = " ".join(p.strip() for p in (parts[1], parts[2].replace(",", " ")) if p)
            record.set_if_empty("first_name", given)
            for caption, part in (("Name prefix", parts[3]), ("Name suffix", parts[4])):
                if part.strip():
                    record.notes.append(f"{caption}: {part.strip()}")
        elif name == "FN":
            full_name = full_name or unescape(value).strip()
        elif name == "ORG":
            org = "; ".join(p.strip() for p in split_structured(value) if p.strip())
            record.set_if_empty("company", org)
        elif name == "TITLE":
            record.set_if_empty("title", unescape(value))
        elif name == "TEL" and value.strip():
            record.phones.append((_tel_value(unescape(value)), _label(prop, ab_labels)))
        elif name == "EMAIL" and value.strip():
            record.emails.append((unescape(value).strip(), _label(prop, ab_labels)))
        elif name == "ADR":
            _address(record, prop, ab_labels)
        elif name == "NOTE":
            record.notes.append(unescape(value))
        elif name == "CATEGORIES":
            record.tags.extend(t.strip() for t in split_structured(value, ",") if t.strip())
        elif name == X_STATUS:
            record.set_if_empty("status", unescape(value))
        elif name == X_SOURCE:
            record.set_if_empty("source", unescape(value))
        elif name == X_DNC:
            record.set_if_empty("do_not_call", unescape(value))
        elif name in ("BDAY", "URL", "NICKNAME", "ROLE") and value.strip():
            caption = {"BDAY": "Birthday", "URL": "Website", "NICKNAME": "Nickname",
                       "ROLE": "Role"}[name]
            record.notes.append(f"{caption}: {unescape(value).strip()}")
    if not (record.fields.get("first_name") or record.fields.get("last_name")) \
            and full_name and full_name != org:
        first, last = split_name(full_name)
        record.set_if_empty("first_name", first)
        record.set_if_empty("last_name", last)
    return record


def _address(record: ImportRecord, prop: VProperty, ab_labels: dict[str, str]) -> None:
    parts = [*split_structured(prop.value), "", "", "", "", "", "", ""]
    street = "\n".join(p.strip() for p in (parts[0], parts[1], parts[2]) if p.strip())
    values = {"street": street, "city": parts[3].strip(), "region": parts[4].strip(),
              "postal_code": parts[5].strip(), "country": parts[6].strip()}
    if not any(values.values()):
        return
    if any(record.fields.get(k) for k in values):
        label = _label(prop, ab_labels) or "other"
        text = ", ".join(v.replace("\n", ", ") for v in values.values() if v)
        record.notes.append(f"{label.capitalize()} address: {text}")
        return
    for key, val in values.items():
        record.set_if_empty(key, val)


def _properties(block: CardBlock) -> list[VProperty]:
    props = []
    for _, line in block.lines:
        prop = parse_property(line)
        if prop is not None and prop.name not in _SKIPPED:
            props.append(prop)
    return props


def read_vcard_records(path: Path) -> Iterator[ImportRecord]:
    """Every card as an ImportRecord, with the line it starts on and what was repaired."""
    handle, _ = open_text(path)
    found = False
    with handle:
        for block in iter_blocks(handle):
            found = True
            record = card_to_record(block.number, _properties(block))
            record.line = block.line
            record.warnings.extend(block.warnings)
            yield record
    if not found:
        raise ImportFormatError(f"{path.name} contains no vCard: no BEGIN:VCARD line and no "
                                "vCard property")


def count_vcards(path: Path) -> int:
    """The number of cards read_vcard_records yields, found by the same cutting."""
    handle, _ = open_text(path)
    with handle:
        return sum(1 for _ in iter_blocks(handle))


def looks_like_vcard(path: Path) -> bool:
    handle, _ = open_text(path)
    with handle:
        head = handle.read(4096)
    return head.lstrip("\ufeff \t\r\n").upper().startswith("BEGIN:VCARD")
