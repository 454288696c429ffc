"""The bundled Noto fonts for ReportLab, and markup that gives each script run its own font."""

from __future__ import annotations

import re
from html import escape
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"
LATIN, LATIN_BOLD = "NotoSans", "NotoSans-Bold"
DEVANAGARI, DEVANAGARI_BOLD = "NotoSansDevanagari", "NotoSansDevanagari-Bold"
_FILES = {
    LATIN: "NotoSans-Regular.ttf", LATIN_BOLD: "NotoSans-Bold.ttf",
    DEVANAGARI: "NotoSansDevanagari-Regular.ttf", DEVANAGARI_BOLD: "NotoSansDevanagari-Bold.ttf",
}
# Devanagari, Vedic extensions and Devanagari Extended; danda and joiners stay with the run.
_DEVANAGARI_RUN = re.compile(r"[\u0900-\u097F\u1CD0-\u1CFF\uA8E0-\uA8FF\u200C\u200D]+"
                             r"(?:[\s,.\-]+[\u0900-\u097F\u1CD0-\u1CFF\uA8E0-\uA8FF\u200C\u200D]+)*")


def register_fonts() -> None:
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, filename in _FILES.items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / filename)))
    addMapping(LATIN, 0, 0, LATIN)
    addMapping(LATIN, 1, 0, LATIN_BOLD)
    addMapping(LATIN, 0, 1, LATIN)
    addMapping(LATIN, 1, 1, LATIN_BOLD)
    addMapping(DEVANAGARI, 0, 0, DEVANAGARI)
    addMapping(DEVANAGARI, 1, 0, DEVANAGARI_BOLD)
    addMapping(DEVANAGARI, 0, 1, DEVANAGARI)
    addMapping(DEVANAGARI, 1, 1, DEVANAGARI_BOLD)


def markup(text: str, bold: bool = False) -> str:
    """Escape *text* for a Paragraph, putting Devanagari runs in the Devanagari font."""
    font = DEVANAGARI_BOLD if bold else DEVANAGARI
    out: list[str] = []
    pos = 0
    for match in _DEVANAGARI_RUN.finditer(text):
        out.append(escape(text[pos:match.start()], quote=False))
        out.append(f'<font name="{font}">{escape(match.group(0), quote=False)}</font>')
        pos = match.end()
    out.append(escape(text[pos:], quote=False))
    return "".join(out).replace("\n", "<br/>")
