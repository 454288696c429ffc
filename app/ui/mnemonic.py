"""A label without its Alt+letter, for places that show text but take no key (a second
View menu entry, a button whose key is elsewhere, a list of shortcuts)."""

from __future__ import annotations

import re

# "&Day" in English, "दिन (&D)" in Hindi (the key kept as on an English keyboard); "&&" is
# a shown "&" and stays one.
_MNEMONIC = re.compile(r"\s*\(&\w\)|&(?!&)")


def without_mnemonic(text: str) -> str:
    return _MNEMONIC.sub("", text)
