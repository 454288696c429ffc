"""The interface language: CallDesk's translation, Qt's own strings (buttons, file dialogs,
context menus) and the locale dates, times and numbers follow."""

from __future__ import annotations

import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from app.services.languages import LANGUAGES, SOURCE_LANGUAGE
from app.ui.fonts import FONT_DIR

TRANSLATION_DIR = FONT_DIR.parent / "translations"
_installed: list[QTranslator] = []
_current = [SOURCE_LANGUAGE]
_warned: set[str] = set()


def resolve_language(code: str) -> str:
    """The language a choice means: SYSTEM is the computer's first language CallDesk has."""
    if code in LANGUAGES:
        return code
    for name in QLocale.system().uiLanguages():
        base = name.replace("-", "_").split("_")[0]
        if base in LANGUAGES:
            return base
    return SOURCE_LANGUAGE


def interface_language() -> str:
    """The language in use ('en', 'hi'), as installed last."""
    return _current[0]


def install_language(app: QApplication, code: str, region: str = "") -> str:
    """Use *code* ('hi', 'en' or SYSTEM) for every string and format from now on; *region*
    (the home country) completes the locale: 'hi' in India formats as hi_IN.
    Returns the language in use."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    chosen = resolve_language(code)
    if chosen != SOURCE_LANGUAGE:
        # Qt ships no Hindi for its own strings: ours comes first, Qt's where it has one.
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name in (f"calldesk_{chosen}", f"qtbase_{chosen}"):
            translator = QTranslator(app)
            if translator.load(name, str(TRANSLATION_DIR)) or translator.load(name, qt_dir):
                app.installTranslator(translator)
                _installed.append(translator)
            elif name.startswith("calldesk_"):
                # Without our strings the interface is English: Hindi dates would not fit it.
                _warn_missing(name)
                chosen = SOURCE_LANGUAGE
                break
    QLocale.setDefault(_locale_for(chosen, region))
    _current[0] = chosen
    return chosen


def _warn_missing(name: str) -> None:
    if name in _warned:
        return
    _warned.add(name)
    print(f"warning: {TRANSLATION_DIR / name}.qm is missing (built from its .ts by "
          "pyside6-lrelease): the interface stays in English", file=sys.stderr)


def _locale_for(language: str, region: str) -> QLocale:
    """The computer's locale when it speaks the language (its own formats stay), else the
    language in the home country: Tamil day names never sit in an English interface."""
    system = QLocale.system()
    if system.name().split("_")[0] == language:
        return system
    return QLocale(f"{language}_{region.upper()}" if region else language)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate reads)
    """Marks *text* for translation under *context* where it is defined; it is translated
    (QCoreApplication.translate with the same context) where it is shown."""
    return text
