"""Who is calling: the typed or pasted number matched to contacts.

A number read from the text is matched exactly by its E.164 form (index phone_e164); without
an exact match, the digits typed are looked for inside stored numbers (trigram index) and the
contacts found are offered as candidates.
"""

from __future__ import annotations

from app.db.call_list import (
    ContactBrief,
    contact_briefs,
    contacts_matching_digits,
    contacts_with_e164,
)
from app.db.search import phone_digits, search_digits
from app.db.search_text import clean_search_text
from app.services.call_types import InboundCandidate, InboundMatch
from app.services.contact_types import display_name
from app.services.errors import ValidationError
from app.services.phones import numbers_in_text, parse_phone

CANDIDATE_LIMIT = 20
MIN_PARTIAL_DIGITS = 4


def _candidate(brief: ContactBrief) -> InboundCandidate:
    return InboundCandidate(brief.id, display_name(brief.first_name, brief.last_name,
                            brief.company), brief.primary_phone, brief.city, brief.status,
                            brief.do_not_call)


def read_number(text: str, region: str) -> str:
    """The first phone number in *text* as E.164 ('' if there is none). Pasted text (an email
    signature, a caller-ID line) goes through the matcher; a bare number is parsed directly."""
    found = numbers_in_text(text, region)
    if found:
        return found[0]
    try:
        return parse_phone(text, region, "Number").e164
    except ValidationError:
        return ""


def match_inbound(text: str, region: str, limit: int = CANDIDATE_LIMIT) -> InboundMatch:
    text = clean_search_text(text)
    e164 = read_number(text, region)
    exact: list[InboundCandidate] = []
    if e164:
        exact = [_candidate(b) for b in contact_briefs(contacts_with_e164(e164, limit))]
    partial: list[InboundCandidate] = []
    if not exact:
        # For a whole number, its last eight digits also find the same line stored under
        # another country code or with a typo in the prefix.
        digits = search_digits(e164)[-8:] if e164 else phone_digits(text)
        if digits and len(digits) >= MIN_PARTIAL_DIGITS:
            ids = contacts_matching_digits(digits, limit)
            partial = [_candidate(b) for b in contact_briefs(ids)]
    return InboundMatch(e164, exact, partial)
