"""Bundled Noto fonts for ReportLab, with per-script fallback and HarfBuzz shaping.

ReportLab draws each text fragment in one font, so text is split into runs by script: Latin and
common characters use Noto Sans, Devanagari runs (with the spaces and joiners between them)
use Noto Sans Devanagari; shaping then forms conjuncts and places matras within each run.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"
LATIN, LATIN_BOLD = "NotoSans", "NotoSans-Bold"
DEVANAGARI, DEVANAGARI_BOLD = "NotoSansDevanagari", "NotoSansDevanagari-Bold"

# Devanagari, Vedic extensions and Devanagari Extended; joiners and the danda stay inside.
_DEVA = "\u0900-\u097f\u1cd0-\u1cff\ua8e0-\ua8ff\u200c\u200d"
_DEVANAGARI_RUN = re.compile(f"[{_DEVA}]+(?:[ \u00a0]+[{_DEVA}]+)*")


@cache
def register_fonts() -> None:
    """Register the four faces and their bold mapping once per process."""
    for name, file in ((LATIN, "NotoSans-Regular.ttf"), (LATIN_BOLD, "NotoSans-Bold.ttf"),
                       (DEVANAGARI, "NotoSansDevanagari-Regular.ttf"),
                       (DEVANAGARI_BOLD, "NotoSansDevanagari-Bold.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file), shapable=True))
    pdfmetrics.registerFontFamily(LATIN, normal=LATIN, bold=LATIN_BOLD, italic=LATIN,
                                  boldItalic=LATIN_BOLD)
    pdfmetrics.registerFontFamily(DEVANAGARI, normal=DEVANAGARI, bold=DEVANAGARI_BOLD,
                                  italic=DEVANAGARI, boldItalic=DEVANAGARI_BOLD)


def has_devanagari(text: str) -> bool:
    return _DEVANAGARI_RUN.search(text) is not None


@cache
def _devanagari_chars() -> frozenset[int]:
    register_fonts()
    return frozenset(pdfmetrics.getFont(DEVANAGARI).face.charWidths)


def _font_runs(text: str) -> list[tuple[bool, str]]:
    """(is_devanagari, text) runs. A whole word goes to the Devanagari face when it has
    Devanagari letters and that face has every character of it ("(प्रति", "मीटर)," ), because
    a word split across two fonts is shaped piecewise and loses its conjuncts; spaces between
    such words stay in the run."""
    covered = _devanagari_chars()
    runs: list[tuple[bool, str]] = []
    for token in re.split(r"(\s+)", text):
        if not token:
            continue
        if token.isspace():
            deva = bool(runs) and runs[-1][0]
        elif has_devanagari(token) and all(ord(c) in covered for c in token):
            deva = True
        else:  # mixed-script word: split by script inside it
            pos = 0
            for match in _DEVANAGARI_RUN.finditer(token):
                runs.append((False, token[pos:match.start()]))
                runs.append((True, match.group()))
                pos = match.end()
            runs.append((False, token[pos:]))
            continue
        if runs and runs[-1][0] == deva:
            runs[-1] = (deva, runs[-1][1] + token)
        else:
            runs.append((deva, token))
    return [r for r in runs if r[1]]


def markup(text: str, bold: bool = False) -> str:
    """Paragraph markup for plain *text*: escaped, Devanagari words in their own font,
    line breaks kept."""
    face = DEVANAGARI_BOLD if bold else DEVANAGARI
    out = [f'<font face="{face}">{escape(chunk)}</font>' if deva else escape(chunk)
           for deva, chunk in _font_runs(text)]
    return "".join(out).replace("\n", "<br/>")
