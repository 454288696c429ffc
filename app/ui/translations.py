"""The interface language: CallDesk's own translation file and Qt's, when they exist."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QTranslator
from PySide6.QtWidgets import QApplication

from app.ui.fonts import FONT_DIR

TRANSLATION_DIR = FONT_DIR.parent / "translations"
_installed: list[QTranslator] = []


def install_language(app: QApplication, code: str) -> bool:
    """Use *code* ('hi') for every string from now on; English ('en' or '') needs nothing.
    Returns whether CallDesk's own translation was found."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if code in ("", "en"):
        return True
    found = False
    own = QTranslator(app)
    if own.load(str(TRANSLATION_DIR / f"calldesk_{code}.qm")):
        app.installTranslator(own)
        _installed.append(own)
        found = True
    qt = QTranslator(app)
    if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return found
