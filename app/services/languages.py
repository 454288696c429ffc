"""The interface languages CallDesk ships, each named in its own language.

Adding a language is this one entry plus its translation file
resources/translations/calldesk_<code>.ts (`make translations` creates and updates it).
"""

from __future__ import annotations

SYSTEM = ""  # follow the computer's language when CallDesk has it, else English
LANGUAGES: dict[str, str] = {
    "en": "English",
    "hi": "हिन्दी",
}
SOURCE_LANGUAGE = "en"  # the language of the strings in the code: it needs no file


def translated_languages() -> list[str]:
    """The codes that have a translation file."""
    return [code for code in LANGUAGES if code != SOURCE_LANGUAGE]
