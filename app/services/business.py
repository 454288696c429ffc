"""The business profile printed on quotes, kept in the setting table (it travels with the data
file). The logo is stored in the database too, base64 in a setting, so a backup of the file is
complete and a moved data file still prints its letterhead."""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass, replace
from pathlib import Path

from app.db.connection import db
from app.services.errors import ValidationError
from app.services.gst import check_gstin, check_state
from app.services.money import check_currency, currency_for_region
from app.services.quote_totals import format_rate, parse_rate
from app.services.settings import default_region, get_setting, set_setting

PREFIX = "business."
LOGO_KEY = PREFIX + "logo"
MAX_LOGO_BYTES = 2_000_000
LOGO_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a")
DEFAULT_TERMS = "Prices are valid until the date shown. Payment within 15 days of invoice."
_TEXT_FIELDS = ("name", "address", "phone", "email", "website", "tax_id", "currency",
                "quote_prefix", "terms", "gstin", "state")


@dataclass(frozen=True)
class BusinessProfile:
    name: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    tax_id: str = ""
    currency: str = "INR"
    quote_prefix: str = "Q-"
    next_number: int = 1
    validity_days: int = 30
    terms: str = DEFAULT_TERMS
    tax_rate_bp: int = 1800
    gstin: str = ""
    state: str = ""  # GST state code of the business ('27' Maharashtra)
    round_to_rupee: bool = False  # Indian quotes: a round-off line makes the total whole


def load_profile() -> BusinessProfile:
    values = {row[0][len(PREFIX):]: row[1] for row in db.execute_sql(
        "SELECT key, value FROM setting WHERE key LIKE 'business.%' AND key <> ?", (LOGO_KEY,))}
    base = BusinessProfile(currency=currency_for_region(default_region()))
    text = {k: values[k] for k in _TEXT_FIELDS if k in values}
    profile = replace(base, **text)
    if values.get("validity_days", "").isdigit():
        profile = replace(profile, validity_days=int(values["validity_days"]))
    if values.get("tax_rate_bp", "").isdigit():
        profile = replace(profile, tax_rate_bp=int(values["tax_rate_bp"]))
    profile = replace(profile, round_to_rupee=values.get("round_to_rupee") == "1")
    if not profile.gstin and uses_gst():
        profile = replace(profile, gstin=_gstin_in(profile.tax_id))
    return replace(profile, next_number=next_number_for(profile.quote_prefix))


def next_number_for(prefix: str) -> int:
    row = db.execute_sql("SELECT next_number FROM quote_sequence WHERE prefix = ?",
                         (prefix,)).fetchone()
    return int(row[0]) if row else 1


def validate_profile(profile: BusinessProfile) -> BusinessProfile:
    currency = check_currency(profile.currency)
    prefix = profile.quote_prefix.strip()
    if len(prefix) > 12 or any(c.isspace() for c in prefix):
        raise ValidationError("Quote prefix", "use up to 12 characters without spaces")
    if not 0 < profile.validity_days <= 3650:
        raise ValidationError("Validity", "enter a number of days between 1 and 3650")
    if not 0 <= profile.tax_rate_bp <= 10_000:
        raise ValidationError("Default tax rate", "must be between 0 and 100%")
    if profile.next_number < 1:
        raise ValidationError("Next number", "must be 1 or more")
    for field in _TEXT_FIELDS:
        if "\x00" in str(getattr(profile, field)):
            raise ValidationError(field.replace("_", " ").capitalize(), "contains a NUL")
    state = check_state(profile.state)
    gstin = check_gstin(profile.gstin, state)
    return replace(profile, currency=currency, quote_prefix=prefix, gstin=gstin,
                   state=state or gstin[:2])


def save_profile(profile: BusinessProfile) -> None:
    """Store the profile; the next number may move forward, never back to a used number."""
    clean = validate_profile(profile)
    with db.atomic():
        used = db.execute_sql("SELECT max(seq) FROM quote WHERE prefix = ?",
                              (clean.quote_prefix,)).fetchone()[0]
        if used is not None and clean.next_number <= int(used):
            raise ValidationError("Next number", f"{clean.quote_prefix}{int(used):04d} is "
                                  f"already used; the next number must be above {int(used)}")
        for field in _TEXT_FIELDS:
            set_setting(PREFIX + field, str(getattr(clean, field)))
        set_setting(PREFIX + "validity_days", str(clean.validity_days))
        set_setting(PREFIX + "tax_rate_bp", str(clean.tax_rate_bp))
        set_setting(PREFIX + "round_to_rupee", "1" if clean.round_to_rupee else "0")
        db.execute_sql(
            "INSERT INTO quote_sequence (prefix, next_number) VALUES (?, ?) "
            "ON CONFLICT (prefix) DO UPDATE SET next_number = excluded.next_number",
            (clean.quote_prefix, clean.next_number))


def load_logo() -> bytes | None:
    encoded = get_setting(LOGO_KEY)
    if not encoded:
        return None
    try:
        return base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        return None


def read_logo_file(path: str | Path) -> bytes:
    """The bytes of a PNG/JPEG/GIF logo, or ValidationError naming the problem."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ValidationError("Logo", f"cannot read {path}: {exc.strerror or exc}") from None
    if len(data) > MAX_LOGO_BYTES:
        raise ValidationError("Logo", "the image is larger than 2 MB; use a smaller one")
    if not data.startswith(LOGO_SIGNATURES):
        raise ValidationError("Logo", "use a PNG, JPEG or GIF image")
    check_logo(data)
    return data


def check_logo(data: bytes) -> None:
    """Decode the whole image: a file cut short passes the signature check but cannot be
    printed (ValidationError naming the logo)."""
    import io

    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            image.load()
    except (OSError, UnidentifiedImageError, ValueError, SyntaxError) as exc:
        raise ValidationError("Logo", f"the image is damaged or incomplete ({exc}); "
                                      "export it again and choose it once more") from None


def save_logo(data: bytes | None) -> None:
    if data:
        check_logo(data)
    set_setting(LOGO_KEY, base64.b64encode(data).decode("ascii") if data else "")


def _gstin_in(tax_id: str) -> str:
    """The GSTIN typed as the tax number at first start (before there was a GSTIN field)."""
    try:
        return check_gstin(tax_id)
    except ValidationError:
        return ""


def uses_gst() -> bool:
    """Indian GST applies when the business sells from India (the home country setting)."""
    return default_region().upper() == "IN"


def rate_text(profile: BusinessProfile) -> str:
    return format_rate(profile.tax_rate_bp)


def rate_from_text(text: str) -> int:
    return parse_rate(text, "Default tax rate")
