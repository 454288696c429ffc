"""What a typed search means, on either engine: the words to match as prefixes, the digits to
look for in phone numbers, and the plan a list query follows; and search text as typed or
pasted made safe to look for (a pasted NUL, a control character or half of a surrogate pair
can be neither stored nor matched, and must not make a search fail)."""

from __future__ import annotations

import re
from dataclasses import dataclass

_PHONE_LIKE = re.compile(r"^[\d\s+\-().]+$")
_MIN_PHONE_DIGITS = 3  # the trigram indexes need three characters
_NON_DIGITS = re.compile(r"\D+")
MIN_WORD_CHARS = 2
# C0 and C1 controls (tab and newlines become spaces), lone surrogates, non-characters.
_UNSEARCHABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_SPACES = re.compile("[\t\n\r]")


def clean_search_text(text: str) -> str:
    return _UNSEARCHABLE.sub("", _SPACES.sub(" ", text))


def search_digits(text: str) -> str:
    """Digits to look for inside stored numbers (E.164 without '+'): trunk and international
    zeros are dropped, so '098765 43210', '0091 98765' and '+91 98765' find +919876543210."""
    return _NON_DIGITS.sub("", text).lstrip("0")


def fts_match(text: str) -> str | None:
    """An FTS5 MATCH expression where every typed word must match as a prefix, in any
    column."""
    words = search_words(text)
    if not words:
        return None
    return " ".join('"' + w.replace('"', '""') + '"*' for w in words)


def phone_digits(text: str) -> str | None:
    """The digits to look for when *text* looks like (part of) a phone number."""
    if not _PHONE_LIKE.match(text.strip()):
        return None
    digits = search_digits(text)
    if len(digits) < _MIN_PHONE_DIGITS:
        # Mostly zeros ('000', '0012'): no trunk prefix to drop, look for the digits as typed.
        digits = _NON_DIGITS.sub("", text)
    return digits if len(digits) >= _MIN_PHONE_DIGITS else None


@dataclass(frozen=True)
class SearchPlan:
    """How to find the contacts matching a search.

    ``subquery`` selects the matching contact ids (column ``id``, no duplicates). ``dense``
    means so many rows match that walking the sort index and testing each row beats sorting
    the matches; ``row_test`` is then the per-row condition to use on ``contact``.
    ``matches`` is the probed count, capped just above the dense threshold."""

    subquery: str
    params: list[object]
    dense: bool
    matches: int = 0
    walk_first: bool = False
    walk_budget_ms: float = 0.0
    row_test: str = ""
    row_params: tuple[object, ...] = ()
    # The row test alone finds the matches (it reads no other table), so a plan that collects
    # them can read their sort keys from the rows it tests.
    test_finds_all: bool = False


def search_words(text: str) -> list[str]:
    """The words of *text* that filter; none when it is a lone character (that would match
    most of the table)."""
    words = [w for w in text.split() if w.strip('"')]
    if not words or (len(words) == 1 and len(words[0]) < MIN_WORD_CHARS):
        return []
    return words
