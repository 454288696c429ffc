"""Random text for property tests of any service: what people type, and what breaks things.

``any_text`` includes everything (NUL, lone surrogates, controls) and must be either stored
exactly or refused with a ValidationError naming the field; ``clean_text`` is text a person
can type (every script, right-to-left, emoji, zero-width and combining characters) and must be
stored; ``notes_text`` adds 100 KB texts; ``rough_text`` is ``any_text`` with NUL and broken
surrogates drawn often. ``PROFILE`` is the hypothesis settings: quick in
`make test`, long under CALLDESK_SOAK=1.
"""

from __future__ import annotations

import os
import re

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

SOAK = os.environ.get("CALLDESK_SOAK") == "1"
EXAMPLES = 2000 if SOAK else 100
PROFILE = settings(max_examples=EXAMPLES, deadline=None, database=None,
                   suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

SPECIAL = [
    "", " ", "\t\n", "\x00", "a\x00b", "\u200b", "\ufeff", "\u202eevil\u202c",
    "مرحبا بالعالم", "שלום עולם", "राजेश कुमार", "क्षत्रिय", "👩‍👩‍👧‍👦", "🇮🇳", "Zoë", "Ǆ",
    "ﷺ", "\U0001f600" * 50, "O'Brien; DROP TABLE contact;--", "%s %n {0}", "<b>x</b>",
    "a" * 10_000, "\r\n", "\udc80", "x\ud800y",
]
any_text = st.one_of(
    st.sampled_from(SPECIAL),
    st.text(max_size=60),
    st.text(st.characters(exclude_categories=()), max_size=30),  # surrogates and controls too
    st.lists(st.sampled_from(SPECIAL[8:16]), max_size=6).map(" ".join),
)


def storable(text: str) -> bool:
    """What the text rule lets through: no NUL, no broken surrogates."""
    return "\x00" not in text and not re.search("[\ud800-\udfff]", text)


# any_text with the unstorable cases drawn often: one text field among several gets them then.
rough_text = st.one_of(any_text, st.sampled_from([t for t in SPECIAL if not storable(t)]))


def _hundred_kb(seed: str) -> str:
    unit = seed or "नोट 📝 مرحبا "
    return (unit * (100_000 // len(unit) + 1))[:100_000]


STORABLE = [t for t in SPECIAL if "\x00" not in t and not re.search("[\ud800-\udfff]", t)]
clean_text = st.one_of(  # any Unicode a person can type: no NUL, no broken surrogates
    st.sampled_from(STORABLE),
    st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=60),
    st.lists(st.sampled_from(STORABLE[6:14]), max_size=6).map(" ".join),
)
notes_text = st.one_of(clean_text, clean_text.map(_hundred_kb))


def report(capsys: pytest.CaptureFixture[str], what: str, tally: dict[str, int]) -> None:
    """Print the figures of a property run (tried / saved / refused) past pytest's capture."""
    with capsys.disabled():
        print(f"\nproperty test ({what}): {tally['tried']} random inputs, "
              f"{tally['saved']} saved and read back identical, {tally['refused']} refused "
              f"with a message naming the field, 0 partial writes")
