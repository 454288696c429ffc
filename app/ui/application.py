"""Start the GUI: one QApplication, bundled fonts, the single-instance lock, the database."""

from __future__ import annotations

import sys

from PySide6.QtCore import QLockFile
from PySide6.QtWidgets import QApplication, QMessageBox

from app.db.connection import DatabaseOpenError, close_database, open_database
from app.db.migrations import MigrationError
from app.ui.app_context import AppContext
from app.ui.fonts import application_font, load_bundled_fonts
from app.ui.startup_checks import check_at_start


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
        app.setApplicationName("CallDesk")
        app.setOrganizationName("CallDesk")
        load_bundled_fonts()
        app.setFont(application_font())
    return app


def lock_for(db_path: str) -> QLockFile:
    lock = QLockFile(db_path + ".lock")
    lock.setStaleLockTime(0)  # a lock is stale only when its process is gone
    return lock


def run_gui(db_path: str) -> int:
    app = make_application()
    lock = lock_for(db_path)
    if not lock.tryLock(100):
        message = app.translate(
            "Application", "CallDesk is already open on this database:\n%s\n\n"
            "Switch to that window, or open another database with --db."
        ) % db_path
        print(message.replace("\n\n", " ").replace("\n", " "), file=sys.stderr)
        QMessageBox.critical(None, "CallDesk", message)
        return 1
    try:
        if not check_at_start(db_path):  # quick_check; offers the newest good backup
            return 1
        try:
            open_database(db_path)
        except (DatabaseOpenError, MigrationError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            QMessageBox.critical(None, "CallDesk", str(exc))
            return 1
        from app.services.settings import default_region
        from app.ui.main_window import MainWindow

        window = MainWindow(AppContext(db_path=db_path, home_region=default_region()))
        window.show()
        window.data_safety.after_start()  # start-up backup, warnings, drafts left by a crash
        return app.exec()
    finally:
        close_database()
        lock.unlock()
