"""Bundled Noto fonts for ReportLab: a fallback chain by script, with HarfBuzz shaping.

ReportLab draws each text fragment in one font, so text is split into runs, each in the first
face of FALLBACK that has its characters: Latin (and Greek, Cyrillic) in Noto Sans, then the
Indian scripts, Arabic, Hebrew and Thai. Shaping forms conjuncts, places matras and joins
Arabic letters within each run; HarfBuzz lays out an Arabic or Hebrew run right to left, so
the spaces between words of one script stay in that run. Characters no bundled face has (CJK,
emoji) are reported by ``unprintable`` so the caller can say so instead of printing boxes.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"
LATIN, LATIN_BOLD = "NotoSans", "NotoSans-Bold"
DEVANAGARI, DEVANAGARI_BOLD = "NotoSansDevanagari", "NotoSansDevanagari-Bold"
# Faces after Latin, in the order they are tried; those without a bold file use regular.
SCRIPT_FACES = ("Devanagari", "Tamil", "Bengali", "Gujarati", "Gurmukhi", "Kannada",
                "Malayalam", "Telugu", "Oriya", "Arabic", "Hebrew", "Thai")
_HAS_BOLD = {"Devanagari"}
FALLBACK = (LATIN, *(f"NotoSans{s}" for s in SCRIPT_FACES))
_RTL_FACES = {"NotoSansArabic", "NotoSansHebrew"}

# Devanagari, Vedic extensions and Devanagari Extended; joiners and the danda stay inside.
_DEVA = "\u0900-\u097f\u1cd0-\u1cff\ua8e0-\ua8ff\u200c\u200d"
_DEVANAGARI_RUN = re.compile(f"[{_DEVA}]+(?:[ \u00a0]+[{_DEVA}]+)*")
# Characters drawn in whatever face the run around them uses (when it has them).
_JOINERS = {"\u200c", "\u200d"}


@cache
def register_fonts() -> None:
    """Register every bundled face and its bold mapping once per process."""
    faces = [(LATIN, "NotoSans-Regular.ttf"), (LATIN_BOLD, "NotoSans-Bold.ttf")]
    for script in SCRIPT_FACES:
        faces.append((f"NotoSans{script}", f"NotoSans{script}-Regular.ttf"))
        if script in _HAS_BOLD:
            faces.append((f"NotoSans{script}-Bold", f"NotoSans{script}-Bold.ttf"))
    for name, file in faces:
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file), shapable=True))
    for name in FALLBACK:
        bold = bold_face(name)
        pdfmetrics.registerFontFamily(name, normal=name, bold=bold, italic=name,
                                      boldItalic=bold)


def bold_face(face: str) -> str:
    script = face.removeprefix("NotoSans")
    if face == LATIN:
        return LATIN_BOLD
    return f"{face}-Bold" if script in _HAS_BOLD else face


@cache
def _coverage(face: str) -> frozenset[int]:
    register_fonts()
    return frozenset(pdfmetrics.getFont(face).face.charWidths)


def face_for(char: str) -> str | None:
    """The first face of the chain that has *char*, or None."""
    code = ord(char)
    for face in FALLBACK:
        if code in _coverage(face):
            return face
    return None


def _neutral(char: str) -> bool:
    """Spaces, punctuation, digits and joiners: they go with the run around them."""
    return char.isspace() or char in _JOINERS or unicodedata.category(char)[0] in "PNSZ"


def has_devanagari(text: str) -> bool:
    return _DEVANAGARI_RUN.search(text) is not None


def needs_shaping(text: str) -> bool:
    """Whether any of *text* is drawn in a script face (they all need HarfBuzz)."""
    return any(not _neutral(c) and face_for(c) not in (LATIN, None) for c in text)


def _word_face(word: str) -> str | None:
    """The script face a whole word can be drawn in (so it is shaped in one piece), if the
    word has letters of that script and the face has every character of it."""
    for char in word:
        if not _neutral(char):
            face = face_for(char)
            if face in (LATIN, None):
                return None
            covered = _coverage(face)
            return face if all(ord(c) in covered for c in word) else None
    return None


def font_runs(text: str) -> list[tuple[str, str]]:
    """(face, text) runs of *text*. Characters no face has are given to Latin (where they
    print as boxes; ``unprintable`` names them first)."""
    runs: list[tuple[str, str]] = []

    def add(face: str, chunk: str) -> None:
        if runs and runs[-1][0] == face:
            runs[-1] = (face, runs[-1][1] + chunk)
        else:
            runs.append((face, chunk))

    for token in re.split(r"(\s+)", text):
        if not token:
            continue
        if token.isspace():
            # Spaces between two words of one script face stay in its run (an Arabic phrase
            # is shaped, and so ordered right to left, as a whole).
            add(runs[-1][0] if runs else LATIN, token)
            continue
        whole = _word_face(token)
        if whole is not None:
            add(whole, token)
            continue
        pieces: list[tuple[str, str]] = []
        for char in token:
            previous = pieces[-1][0] if pieces else (runs[-1][0] if runs else LATIN)
            if _neutral(char) and ord(char) in _coverage(previous) and not (
                    previous in _RTL_FACES and char.isdigit()):  # digits read left to right
                face = previous
            else:
                face = face_for(char) or LATIN
            if pieces and pieces[-1][0] == face:
                pieces[-1] = (face, pieces[-1][1] + char)
            else:
                pieces.append((face, char))
        # ReportLab shapes a word in the font of its first piece, so a word that needs two
        # faces ("(تجربة)": the Arabic face has no brackets) is printed as two words.
        for index, (face, chunk) in enumerate(pieces):
            if index:
                add(LATIN, " ")
            add(face, chunk)
    # Trailing spaces of a right-to-left run would be laid out on its left: give them back.
    fixed: list[tuple[str, str]] = []
    for face, chunk in runs:
        body = chunk.rstrip(" \u00a0") if face in _RTL_FACES else chunk
        for part_face, part in ((face, body), (LATIN, chunk[len(body):])):
            if not part:
                continue
            if fixed and fixed[-1][0] == part_face:
                fixed[-1] = (part_face, fixed[-1][1] + part)
            else:
                fixed.append((part_face, part))
    return fixed


# Names of the scripts people are told are missing, by Unicode block of the character.
_MISSING_NAMES = (("CJK", re.compile("[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef"
                                     "\U00020000-\U0003ffff]")),
                  ("emoji", re.compile("[\u2600-\u27bf\U0001f000-\U0001faff]")))


def unprintable(text: str) -> list[str]:
    """Characters of *text* that no bundled face has, each once, with what they are:
    ['你 (CJK)', '😀 (emoji)']."""
    found: list[str] = []
    for char in dict.fromkeys(text):
        if _neutral(char) and (char.isspace() or char in _JOINERS):
            continue
        if char in "\ufe0f\ufe0e" or face_for(char) is not None:
            continue
        kind = next((name for name, block in _MISSING_NAMES if block.match(char)), "")
        if not kind:
            kind = unicodedata.name(char, f"U+{ord(char):04X}").title()
        found.append(f"{char} ({kind})")
    return found


def markup(text: str, bold: bool = False) -> str:
    """Paragraph markup for plain *text*: escaped, each run in its face, line breaks kept."""
    out = []
    for face, chunk in font_runs(text):
        if face == LATIN:
            out.append(escape(chunk))
        else:
            out.append(f'<font face="{bold_face(face) if bold else face}">{escape(chunk)}'
                       "</font>")
    return "".join(out).replace("\n", "<br/>")
