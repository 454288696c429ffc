"""Start the GUI: one QApplication, bundled fonts, the single-instance lock, the database."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLockFile
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from app.db.connection import DatabaseOpenError, close_database, open_database
from app.db.migrations import MigrationError
from app.db.postgres import is_postgres_url
from app.ui.app_context import AppContext
from app.ui.fonts import FONT_DIR, application_font, load_bundled_fonts
from app.ui.headless import is_headless
from app.ui.startup_checks import check_at_start
from app.ui.translations import QT_TRANSLATE_NOOP

ICON_PATH = FONT_DIR.parent / "icons" / "calldesk.svg"


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
        app.setApplicationName("CallDesk")
        app.setOrganizationName("CallDesk")
        load_bundled_fonts()
        app.setFont(application_font())
        app.setWindowIcon(QIcon(str(ICON_PATH)))
        _keep_none_alive(app)
    return app


def _keep_none_alive(app: QApplication) -> None:
    """Some PySide6 builds (6.12.0 on CPython 3.11) drop a reference to None on every call of
    a Qt method that returns nothing; after some ten thousand such calls CPython aborts with
    "deallocating None". Since CPython 3.12 None is immortal and the missing reference does
    no harm: when a probe call shows the drop, give None an immortal-sized count here too."""
    if sys.version_info >= (3, 12):
        return
    before = sys.getrefcount(None)
    app.setObjectName(app.objectName())
    if sys.getrefcount(None) >= before:
        return
    import ctypes

    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40


def lock_for(db_path: str) -> QLockFile:
    lock = QLockFile(db_path + ".lock")
    lock.setStaleLockTime(0)  # a lock is stale only when its process is gone
    return lock


def _refuse(app: QApplication, message: str) -> int:
    """Say why the window cannot open: one line on stderr, and a message box for a person
    (not on a headless platform, where nobody could close it)."""
    print("error: " + message.replace("\n\n", " ").replace("\n", " "), file=sys.stderr)
    if not is_headless():
        QMessageBox.critical(None, "CallDesk", message)
    return 1


def run_gui(db_path: str, open_files: list[str] | None = None,
            lang: str | None = None) -> int:
    """Open the window on *db_path*; each of *open_files* (.csv, .vcf) is offered for import;
    *lang* overrides the interface language of Settings for this run."""
    app = make_application()
    if lang is not None:  # the messages before the database opens speak it too
        from app.ui.translations import install_language

        install_language(app, lang)
    if is_postgres_url(db_path):
        # A server database: no folder, lock file or file check here (the server guards
        # its data and lets several windows work on it at once).
        try:
            return _open_window(app, db_path, open_files, lang)
        finally:
            close_database()
    try:
        Path(db_path).expanduser().resolve().parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return _refuse(app, app.translate(
            "Application", "Cannot create the folder for the database %s: %s"
        ) % (db_path, exc.strerror or exc))
    lock = lock_for(db_path)
    if not lock.tryLock(100):
        if lock.error() == QLockFile.LockError.LockFailedError:
            text = QT_TRANSLATE_NOOP("Application", "CallDesk is already open on this "
                                     "database:\n%s\n\nSwitch to that window, or open another "
                                     "database with --db.")
        else:
            text = QT_TRANSLATE_NOOP("Application",
                                     "Cannot create the lock file next to the database %s.lock")
        message = app.translate("Application", text) % db_path
        if open_files and lock.error() == QLockFile.LockError.LockFailedError:
            # They would be lost without a word: say how to import them.
            message += "\n\n" + app.translate(
                "Application", "Not imported:\n%s\n\nImport them with File ▸ Import "
                "contacts in the open window.") % "\n".join(open_files)
        return _refuse(app, message)
    try:
        if not check_at_start(db_path, ask=not is_headless()):  # may offer a good backup
            return 1
        return _open_window(app, db_path, open_files, lang)
    finally:
        close_database()
        lock.unlock()


def _open_window(app: QApplication, db_path: str, open_files: list[str] | None,
                 lang: str | None) -> int:
    try:
        open_database(db_path)
    except (DatabaseOpenError, MigrationError) as exc:
        return _refuse(app, str(exc))
    from app.services.settings import default_region
    from app.ui.error_reporter import ErrorReporter
    from app.ui.first_start import after_window, before_window
    from app.ui.main_window import MainWindow

    reporter = ErrorReporter(app).install()
    start = before_window(app, lang)  # the setup of a new database, and the language
    window = MainWindow(AppContext(db_path=db_path, home_region=default_region()))
    window.show()
    window.data_safety.after_start()  # start-up backup, warnings, drafts left by a crash
    after_window(window, start, open_files or [])
    code = app.exec()
    reporter.uninstall()
    return code
