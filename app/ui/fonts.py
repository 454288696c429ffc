"""Bundled OFL fonts, so Devanagari and Latin render the same on every machine."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase

FONT_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"
SCRIPTS = ("Devanagari", "Tamil", "Bengali", "Gujarati", "Gurmukhi", "Kannada", "Malayalam",
           "Telugu", "Oriya", "Arabic", "Hebrew", "Thai")


def load_bundled_fonts() -> list[str]:
    families: list[str] = []
    for path in sorted(FONT_DIR.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in families:
                families.append(family)
    return families


def application_font(point_size: int = 10) -> QFont:
    font = QFont("Noto Sans", point_size)
    # Latin first, then the bundled script faces (as the PDFs use them).
    font.setFamilies(["Noto Sans", *(f"Noto Sans {script}" for script in SCRIPTS)])
    return font
