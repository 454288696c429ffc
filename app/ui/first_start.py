"""Around the first window: the setup wizard of a new database before it, the interface
language, and what the setup (or the command line) asked to do once the window is open."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
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


class FileImports(QObject):
    """The files a file manager handed over (%F), offered for import one after another: the
    next opens once the import before it is done, or its dialog closed, and its summary read."""

    POLL_MS = 300

    def __init__(self, window: MainWindow, files: list[str]) -> None:
        super().__init__(window)  # lives as long as the window
        self.window = window
        self.waiting = list(files)
        QTimer.singleShot(0, self.next)  # the window is painted before the first opens

    def next(self) -> None:
        actions = self.window.import_export
        if not self.waiting:
            return
        dialog, message = actions.dialog, actions.message
        if (actions.busy or (dialog is not None and dialog.isVisible())
                or (message is not None and message.isVisible())):
            QTimer.singleShot(self.POLL_MS, self.next)
            return
        opened = actions.import_contacts(self.waiting.pop(0))
        if opened is not None and self.waiting:
            opened.finished.connect(lambda _result: QTimer.singleShot(self.POLL_MS, self.next))


def after_window(window: MainWindow, start: str, open_files: list[str]) -> None:
    if open_files:
        FileImports(window, open_files)
    elif start == "import":
        QTimer.singleShot(0, window.import_export.import_contacts)
