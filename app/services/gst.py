"""Indian GST identity: states and union territories with their GST state codes, GST
treatments of a customer, and GSTIN checks (format, GSTN mod-36 check character, state)."""

from __future__ import annotations

import re
from decimal import Decimal

from app.services.errors import ValidationError

# GST state codes (the first two digits of every GSTIN) as the GST portal lists them; 25 and
# 28 are left out: Daman and Diu merged into 26 in 2020, old Andhra Pradesh is now 37.
STATES: dict[str, str] = {
    "01": "Jammu and Kashmir", "02": "Himachal Pradesh", "03": "Punjab", "04": "Chandigarh",
    "05": "Uttarakhand", "06": "Haryana", "07": "Delhi", "08": "Rajasthan",
    "09": "Uttar Pradesh", "10": "Bihar", "11": "Sikkim", "12": "Arunachal Pradesh",
    "13": "Nagaland", "14": "Manipur", "15": "Mizoram", "16": "Tripura", "17": "Meghalaya",
    "18": "Assam", "19": "West Bengal", "20": "Jharkhand", "21": "Odisha",
    "22": "Chhattisgarh", "23": "Madhya Pradesh", "24": "Gujarat",
    "26": "Dadra and Nagar Haveli and Daman and Diu", "27": "Maharashtra", "29": "Karnataka",
    "30": "Goa", "31": "Lakshadweep", "32": "Kerala", "33": "Tamil Nadu", "34": "Puducherry",
    "35": "Andaman and Nicobar Islands", "36": "Telangana", "37": "Andhra Pradesh",
    "38": "Ladakh", "97": "Other Territory",
}

REGISTERED, UNREGISTERED, CONSUMER, OVERSEAS = "registered", "unregistered", "consumer", \
    "overseas"
TREATMENTS: dict[str, str] = {
    "": "Not set", REGISTERED: "Registered business", UNREGISTERED: "Unregistered business",
    CONSUMER: "Consumer", OVERSEAS: "Overseas",
}

_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_FORMAT = re.compile(r"[0-9]{2}[A-Z]{5}[0-9]{4}[A-Z][1-9A-Z]Z[0-9A-Z]")


def state_label(code: str) -> str:
    """'27' -> '27 Maharashtra'; '' -> ''."""
    return f"{code} {STATES[code]}" if code in STATES else code


def check_state(code: str, field: str = "State") -> str:
    """A state code from a form ('27', '7' or '27 Maharashtra'), or ValidationError."""
    text = code.strip()
    if not text:
        return ""
    head = text.split(" ", 1)[0].zfill(2)
    if head not in STATES:
        raise ValidationError(field, f"'{code}' is not an Indian GST state code")
    return head


def gstin_check_char(first14: str) -> str:
    """The 15th character of a GSTIN from its first 14 (GSTN's mod-36 Luhn variant)."""
    total = 0
    for i, char in enumerate(first14):
        product = _CHARS.index(char) * (2 if i % 2 else 1)
        total += product // 36 + product % 36
    return _CHARS[(36 - total % 36) % 36]


def check_gstin(text: str, state: str = "", field: str = "GSTIN") -> str:
    """A GSTIN as typed -> upper case without spaces; refused naming *field* when the format,
    the check character or (with *state* given) its state code is wrong. Empty stays empty."""
    gstin = re.sub(r"[\s-]", "", text).upper()
    if not gstin:
        return ""
    if len(gstin) != 15:
        raise ValidationError(field, f"'{text.strip()}' has {len(gstin)} characters; a GSTIN "
                                     "has 15")
    if not _FORMAT.fullmatch(gstin):
        raise ValidationError(field, f"'{gstin}' is not a GSTIN: it is two digits of the "
                              "state, the 10-character PAN, an entity number, 'Z' and a check "
                              "character")
    if gstin[:2] not in STATES:
        raise ValidationError(field, f"'{gstin}' starts with {gstin[:2]}, which is not a GST "
                                     "state code")
    expected = gstin_check_char(gstin[:14])
    if gstin[14] != expected:
        raise ValidationError(field, f"'{gstin}' has a wrong check character (the last one); "
                                     "look for a typing mistake")
    if state and gstin[:2] != state:
        raise ValidationError(field, f"'{gstin}' belongs to {state_label(gstin[:2])}, not to "
                                     f"{state_label(state)}")
    return gstin


def half_rate(rate_bp: int) -> str:
    """Half a GST rate, for CGST and SGST: 1800 -> '9', 500 -> '2.5'."""
    return f"{(Decimal(rate_bp) / 200).normalize():f}"


def check_hsn(text: str, field: str = "HSN/SAC") -> str:
    """An HSN (goods) or SAC (services) code: 4, 6 or 8 digits; empty allowed."""
    code = re.sub(r"\s", "", text)
    if code and (not code.isdigit() or len(code) not in (4, 6, 8)):
        raise ValidationError(field, f"'{text.strip()}' is not an HSN or SAC code: use 4, 6 "
                                     "or 8 digits")
    return code


def check_party(treatment: str, gstin: str, state: str) -> tuple[str, str, str]:
    """A customer's GST treatment, GSTIN and state, cleaned; the state follows the GSTIN
    when only the GSTIN is given. Refused naming the field ('GST treatment', 'GSTIN',
    'State')."""
    if treatment not in TREATMENTS:
        raise ValidationError("GST treatment", f"'{treatment}' is not one of "
                              + ", ".join(t for t in TREATMENTS if t))
    code = check_state(state)
    clean = check_gstin(gstin, code)
    if clean and not code:
        code = clean[:2]
    if treatment == REGISTERED and not clean:
        raise ValidationError("GSTIN", "a registered business has a GSTIN; enter it")
    if clean and treatment in (UNREGISTERED, CONSUMER, OVERSEAS):
        raise ValidationError("GSTIN", f"a customer marked '{TREATMENTS[treatment]}' has no "
                                       "GSTIN; choose 'Registered business' or clear it")
    if treatment == OVERSEAS and code:
        raise ValidationError("State", "an overseas customer has no Indian state; clear it")
    return treatment, clean, code
