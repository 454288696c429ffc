"""Bundled OFL fonts, so Devanagari and Latin render the same on every machine."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase

FONT_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"


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
    font.setFamilies(["Noto Sans", "Noto Sans Devanagari"])
    return font
