"""Around the first window: the setup wizard of a new database before it, the interface
language, and what the setup (or the command line) asked to do once the window is open."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.services.first_start import language, needs_first_start
from app.ui.headless import is_headless
from app.ui.translations import install_language

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow



def before_window(app: QApplication, lang: str | None = None) -> str:
    """Runs the setup on a new database (not on a headless platform, where nobody could
    answer it); returns how to start: 'import', 'demo' (already added) or 'empty'.
    The interface language is Settings' choice, or *lang* given on the command line."""
    start = "empty"
    apply_language(app, lang)
    if needs_first_start() and not is_headless():
        from app.ui.first_start_wizard import FirstStartWizard

        wizard = FirstStartWizard()
        wizard.exec()
        start = wizard.start_choice
    apply_language(app, lang)
    return start


def apply_language(app: QApplication, lang: str | None = None) -> str:
    """Install the chosen language (with the home country for its formats); an open database
    is needed for Settings' choice and the home country."""
    from app.services.settings import default_region

    return install_language(app, language() if lang is None else lang, default_region())


def after_window(window: MainWindow, start: str, open_files: list[str]) -> None:
    if open_files:
        # One import at a time: the first file; the window is painted before it opens.
        QTimer.singleShot(0, lambda: window.import_export.import_contacts(open_files[0]))
    elif start == "import":
        QTimer.singleShot(0, window.import_export.import_contacts)
