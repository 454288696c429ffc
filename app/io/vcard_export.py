"""Contacts to vCard 3.0 (default) or 4.0, folded at 75 octets, CRLF line ends. CallDesk's
own fields (status, source, do-not-call) travel as X-CALLDESK-* properties."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TextIO

from app.io.vcard_reader import X_DNC, X_SOURCE, X_STATUS

VERSIONS = ("3.0", "4.0")
_STANDARD = {"mobile": "CELL", "work": "WORK", "home": "HOME", "fax": "FAX",
             "pager": "PAGER"}
_EMAIL_STANDARD = {"work": "WORK", "home": "HOME"}


def escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n"))


def fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after a space; never inside a
    UTF-8 character."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    parts: list[str] = []
    start, limit = 0, 75
    while len(data) - start > limit:
        end = start + limit
        while data[end] & 0xC0 == 0x80:  # a continuation byte: step back to the start
            end -= 1
        parts.append(data[start:end].decode("utf-8"))
        start, limit = end, 74
    parts.append(data[start:].decode("utf-8"))
    return "\r\n ".join(parts)


def _phone_value(phone: dict[str, Any], version: str) -> tuple[str, str]:
    """(extra parameters, value)."""
    e164, ext = phone["e164"], phone["extension"]
    if not e164:
        return (";VALUE=text" if version == "4.0" else ""), escape(str(phone["raw"]))
    if version == "4.0":
        return ";VALUE=uri", f"tel:{e164};ext={ext}" if ext else f"tel:{e164}"
    return "", f"{e164} ext. {ext}" if ext else e164


def card_lines(snapshot: dict[str, Any], version: str = "3.0") -> list[str]:
    c = snapshot["contact"]
    first, last, company = str(c["first_name"]), str(c["last_name"]), str(c["company"])
    full = " ".join(p for p in (first, last) if p) or company
    lines = ["BEGIN:VCARD", f"VERSION:{version}",
             f"N:{escape(last)};{escape(first)};;;", f"FN:{escape(full)}"]
    if company:
        lines.append(f"ORG:{escape(company)}")
    if c["title"]:
        lines.append(f"TITLE:{escape(str(c['title']))}")
    item = 0
    for phone in snapshot["phones"]:
        params, value = _phone_value(phone, version)
        label = str(phone["label"])
        kind = _STANDARD.get(label)
        if kind or not label:
            types = f";TYPE={kind if version == '3.0' else kind.lower()}" if kind else ""
            lines.append(f"TEL{params}{types}:{value}")
        else:
            item += 1
            lines += [f"item{item}.TEL{params}:{value}", f"item{item}.X-ABLabel:{escape(label)}"]
    for email in snapshot["emails"]:
        label = str(email["label"])
        kind = _EMAIL_STANDARD.get(label)
        internet = "INTERNET," if version == "3.0" else ""
        if kind or not label:
            kinds = (kind if version == "3.0" else kind.lower()) if kind else ""
            types = f";TYPE={internet}{kinds}".rstrip(",") if (internet or kinds) else ""
            lines.append(f"EMAIL{types}:{escape(str(email['address']))}")
        else:
            item += 1
            lines += [f"item{item}.EMAIL:{escape(str(email['address']))}",
                      f"item{item}.X-ABLabel:{escape(label)}"]
    address = [str(c[k]) for k in ("street", "city", "region", "postal_code", "country")]
    if any(address):
        lines.append("ADR:;;" + ";".join(escape(p) for p in address))
    if c["notes"]:
        lines.append(f"NOTE:{escape(str(c['notes']))}")
    tags = [t.strip() for t in str(c["tags"]).split(",") if t.strip()]
    if tags:
        lines.append("CATEGORIES:" + ",".join(escape(t) for t in tags))
    lines.append(f"{X_STATUS}:{escape(str(c['status']))}")
    if c["source"]:
        lines.append(f"{X_SOURCE}:{escape(str(c['source']))}")
    if c["do_not_call"]:
        lines.append(f"{X_DNC}:yes")
    lines.append("END:VCARD")
    return [fold(line) for line in lines]


class VCardWriter:
    def __init__(self, stream: TextIO, version: str = "3.0") -> None:
        if version not in VERSIONS:
            raise ValueError(f"vCard version {version} is not one of {', '.join(VERSIONS)}")
        self._stream = stream
        self._version = version

    def write(self, snapshots: Iterable[dict[str, Any]]) -> None:
        for snapshot in snapshots:
            self._stream.write("\r\n".join(card_lines(snapshot, self._version)) + "\r\n")
