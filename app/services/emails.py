"""Email addresses as typed or pasted, normalised to the one form that is stored and compared.

Pasting from a mail program or a web page brings a ``mailto:`` prefix, a display name with
angle brackets, or invisible characters (zero-width spaces, bidi marks) that would make the
same address look different to duplicate detection. Those are taken off. What cannot be an
address (two dots in a row, a domain label starting or ending with a hyphen) is refused."""

from __future__ import annotations

import re

from app.services.errors import ValidationError

# Zero-width characters, bidi controls and marks, the BOM, soft hyphen, word joiner.
_INVISIBLE = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064"
                        "\u2066-\u206f\ufeff]")
_IN_BRACKETS = re.compile(r"<([^<>]*)>\s*$")
_LOCAL = re.compile(r"^[^\s@<>()\[\],;:\"\\]+$")
_LABEL = re.compile(r"^(?!-)[^\s@<>()\[\],;:\"\\.]+(?<!-)$")


def normalise_email(text: str, field: str = "Email") -> str:
    """The address in *text* ('' for blank), or ValidationError naming *field*."""
    address = _INVISIBLE.sub("", text).strip()
    bracketed = _IN_BRACKETS.search(address)
    if bracketed:  # 'Asha Rao <asha@example.com>'
        address = bracketed.group(1).strip()
    if address[:7].casefold() == "mailto:":
        address = address[7:].split("?", 1)[0].strip()
    if not address:
        return ""
    local, at, domain = address.rpartition("@")
    if not at or not local or not domain:
        raise ValidationError(field, f"'{text.strip()}' is not an email address")
    if not _LOCAL.match(local) or local.startswith(".") or local.endswith(".") \
            or ".." in local:
        raise ValidationError(field, f"'{address}' is not an email address (the part before @)")
    labels = domain.rstrip(".").split(".")
    if len(labels) < 2 or not all(_LABEL.match(label) for label in labels):
        raise ValidationError(field, f"'{address}' is not an email address (the domain "
                                     f"'{domain}' is not valid)")
    return f"{local}@{domain.rstrip('.')}"


def is_email(text: str) -> bool:
    try:
        return bool(normalise_email(text))
    except ValidationError:
        return False
