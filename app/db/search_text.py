"""Search text as typed or pasted, made safe to look for: a pasted NUL, a control character or
half of a surrogate pair (from a broken clipboard or file) can be neither stored nor matched,
and must not make a search fail."""

from __future__ import annotations

import re

# C0 and C1 controls (tab and newlines become spaces), lone surrogates, non-characters.
_UNSEARCHABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_SPACES = re.compile("[\t\n\r]")


def clean_search_text(text: str) -> str:
    return _UNSEARCHABLE.sub("", _SPACES.sub(" ", text))
