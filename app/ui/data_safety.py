"""The window's data-safety duties: the start-up backup (and check of big files) in the
background, automatic backups while there are changes and at quit, Back up now / Restore from
backup…, refreshing when another process changed the database, the network-drive warning, and
offering drafts left by a crash."""

from __future__ import annotations

import sys
from datetime import datetime

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QSocketNotifier,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QMenu, QMessageBox

from app.db.backup import (
    BackupError,
    BackupInfo,
    backup_if_changed,
    newest_good_backup,
    restore_backup,
    take_backup,
)
from app.db.backup_postgres import server_backup_dir
from app.db.changes import watch_changes
from app.db.connection import DatabaseOpenError, close_database, db, open_database
from app.db.filesystems import network_filesystem
from app.db.integrity import quick_check
from app.db.migrations import MigrationError
from app.db.postgres import is_postgres_url
from app.ui.draft_recovery import offer_pending_drafts
from app.ui.local_time import local_text
from app.ui.restore_dialog import RestoreDialog
from app.ui.startup_checks import CHECKED_BEFORE_OPEN, ask_about_damage
from app.ui.ui_settings import ui_settings

# On a server, news of another person's write wakes the window at once; the notifications of
# one burst of writes are read together after this short wait.
NEWS_DELAY_MS = 50
BACKUP_EVERY_MS = 30 * 60 * 1000


class DataSafety(QObject):
    changed_underneath = Signal()
    backup_finished = Signal(str, str)  # path or "", error or ""
    start_checked = Signal(list)  # problems found by the background start-up check

    def __init__(self, window, file_menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.db_path: str = window.ctx.db_path
        # A server database is backed up by its owner (File > Back up now, `backup`, or the
        # server's own schedule); the file duties below are for a file on this computer.
        self.on_server = is_postgres_url(self.db_path)
        self.dirty = False  # changes since the last backup
        self._notifier: QSocketNotifier | None = None
        self.news_timer = QTimer(self)
        self.news_timer.setSingleShot(True)
        self.news_timer.setInterval(NEWS_DELAY_MS)
        self.news_timer.timeout.connect(self.poll)
        self._baseline()
        file_menu.addAction(window._action(self.tr("Back &up now"), self.back_up_now,
                                           "Ctrl+Alt+B"))
        file_menu.addAction(window._action(self.tr("&Restore from backup…"),
                                           self.restore_from_backup))
        file_menu.addSeparator()
        self.backup_finished.connect(self._backup_finished)

        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(self._changes.poll_ms)
        self.poll_timer.timeout.connect(self.poll)
        self.poll_timer.start()
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(BACKUP_EVERY_MS)
        self.backup_timer.timeout.connect(self.auto_backup)
        self._backup_running = False
        app = QCoreApplication.instance()
        if not self.on_server:
            self.backup_timer.start()
            if app is not None:
                app.aboutToQuit.connect(self.backup_on_quit)

        self.network_kind = None if self.on_server else network_filesystem(self.db_path)
        self.network_label = QLabel(self.tr("Network drive (%s): safe mode, slower")
                                    % self.network_kind)
        self.network_label.setVisible(self.network_kind is not None)
        window.statusBar().addPermanentWidget(self.network_label)
        self.start_checked.connect(self._start_checked)
        self.start_done = False

    # -- change tracking ------------------------------------------------------------------
    def _baseline(self) -> None:
        old = getattr(self, "_changes", None)
        if self._notifier is not None:  # before its socket closes
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if old is not None:
            old.close()
        self._changes = watch_changes(self.db_path)
        socket = self._changes.socket()
        if socket is not None:
            self._notifier = QSocketNotifier(socket, QSocketNotifier.Type.Read, self)
            self._notifier.activated.connect(self._news_arrived)

    def stop_watching(self) -> None:
        """The window is closing: no more polls, and the server's listening connection is
        given back."""
        self.poll_timer.stop()
        self.news_timer.stop()
        if self._notifier is not None:
            self._notifier.setEnabled(False)
        self._changes.close()

    def _news_arrived(self) -> None:
        """The socket stays readable until poll() reads it: quiet until then."""
        if self._notifier is not None:
            self._notifier.setEnabled(False)
        if not self.news_timer.isActive():
            self.news_timer.start()

    def poll(self) -> bool:
        """Note our own writes; refresh the views when another process or person wrote."""
        if db.obj is None or db.is_closed():  # being restored, or outlived its database
            return False
        try:
            check = self._changes.check()
        except Exception as exc:  # a lost server connection: say so, keep the window
            self.window.statusBar().showMessage(
                self.tr("Cannot reach the database server: %s") % str(exc).splitlines()[0])
            return False
        finally:
            if self._notifier is not None:
                self._notifier.setEnabled(True)
        if check.own_writes:
            self.dirty = True
        if not check.others_wrote:
            return False
        self.dirty = True
        self.window.refresh_all()
        self.changed_underneath.emit()
        return True

    # -- backups --------------------------------------------------------------------------
    def auto_backup(self) -> bool:
        """Every 30 minutes, while there were changes: back up off the UI thread."""
        self.poll()
        if self.on_server or not self.dirty or self._backup_running:
            return False
        self.dirty = False
        self._backup_running = True
        QThreadPool.globalInstance().start(self._backup_in_background)
        return True

    def _backup_in_background(self) -> None:
        try:
            path = take_backup(self.db_path, "auto")  # its own connection
        except (BackupError, OSError) as exc:
            self.backup_finished.emit("", str(exc))
        else:
            self.backup_finished.emit(str(path), "")

    def _backup_finished(self, path: str, error: str) -> None:
        self._backup_running = False
        if error:
            self.dirty = True  # try again next time
            self.window.statusBar().showMessage(self.tr("Automatic backup failed: %s") % error)

    def back_up_now(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            path = take_backup(self.db_path, "manual", connection=db.connection())
        except (BackupError, OSError) as exc:
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.warning(self.window, self.tr("Back up"),
                                self.tr("The backup failed: %s") % exc)
            return
        QGuiApplication.restoreOverrideCursor()
        self.poll()
        self.dirty = False
        self.window.statusBar().showMessage(self.tr("Backed up to %s") % path, 10_000)

    def backup_on_quit(self) -> None:
        QThreadPool.globalInstance().waitForDone(30_000)
        if self.on_server or db.obj is None or db.is_closed():
            return
        self.poll()
        if not self.dirty:
            return
        try:
            # Fold the WAL into the file first, so closing writes nothing after the backup
            # and the next start sees an unchanged file (and takes no needless copy).
            db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            take_backup(self.db_path, "quit", connection=db.connection())
            self.dirty = False
        except (BackupError, OSError) as exc:
            print(f"warning: no backup at quit: {exc}", file=sys.stderr)

    # -- restore --------------------------------------------------------------------------
    def restore_from_backup(self) -> None:
        if self.on_server:
            QMessageBox.information(self.window, self.tr("Restore from backup"), self.tr(
                "This database is on a PostgreSQL server, shared with everyone who works on "
                "it. Its administrator restores a dump (File ▸ Back up now writes one into "
                "%s) into an empty database with pg_restore.") % server_backup_dir())
            return
        dialog = RestoreDialog(self.db_path, self.window)
        if dialog.exec() and dialog.chosen is not None:
            self.restore(dialog.chosen)

    def restore(self, backup: BackupInfo) -> bool:
        """Close the database, put the backup in its place (keeping the current file as a
        backup), reopen and refresh every view. Not while an import or export runs: it would
        be lost, or would write into the restored file."""
        if self.window.import_export.busy:
            QMessageBox.information(
                self.window, self.tr("Restore from backup"),
                self.tr("An import or export is running. Let it finish, or cancel it, then "
                        "restore the backup."))
            return False
        self.poll_timer.stop()
        self.news_timer.stop()
        QThreadPool.globalInstance().waitForDone(30_000)
        error = ""
        close_database()
        try:
            restore_backup(backup.path, self.db_path)
        except (BackupError, OSError) as exc:
            error = str(exc)
        try:
            open_database(self.db_path)
        except (DatabaseOpenError, MigrationError) as exc:
            error = error or str(exc)
        self._baseline()
        self.dirty = False
        self.window.refresh_all()
        self.poll_timer.start()
        if error:
            QMessageBox.warning(self.window, self.tr("Restore from backup"),
                                self.tr("The backup was not restored: %s") % error)
            return False
        when = local_text(backup.taken_at)
        self.window.statusBar().showMessage(
            self.tr("Restored the backup of %s; the database as it was is kept as a backup.")
            % when, 15_000)
        return True

    # -- once after start -----------------------------------------------------------------
    def after_start(self) -> None:
        """Called once the window is shown at start: network warning, background check and
        start-up backup, drafts left by a crash."""
        QTimer.singleShot(0, self._after_start)

    def _after_start(self) -> None:
        self.warn_network_drive()
        self.start_background_check()
        offer_pending_drafts(self.window)

    def start_background_check(self) -> None:
        if self.on_server:  # the server checks its own pages; `check` does the rest
            self.start_done = True
            return
        before = CHECKED_BEFORE_OPEN.get(self.db_path)
        self.start_done = False
        QThreadPool.globalInstance().start(lambda: self._start_job(before))

    def _start_job(self, checked_before: str | None) -> None:
        problems: list[str] = []
        try:
            problems = quick_check(self.db_path) if checked_before is None else []
            if not problems and checked_before != "damaged":
                backup_if_changed(self.db_path, "start")  # its own connection
        except (BackupError, OSError) as exc:  # a full disk must not keep the person out
            print(f"warning: no start-up backup: {exc}", file=sys.stderr)
        self.start_checked.emit(problems)

    def _start_checked(self, problems: list[str]) -> None:
        self.start_done = True
        if not problems:
            return
        good = newest_good_backup(self.db_path)
        choice = ask_about_damage(self.db_path, problems[0], good, self.window)
        if choice == "restore" and good is not None:
            self.restore(good)
        elif choice == "quit":
            self.window.close()

    def warn_network_drive(self) -> bool:
        """Explain the network drive once per database file (the status bar keeps saying it)."""
        if self.network_kind is None:
            return False
        settings = ui_settings()
        key = "warned-network/" + self.db_path.replace("/", "|").replace("\\", "|")
        if settings.value(key):
            return False
        settings.setValue(key, datetime.now().isoformat(timespec="seconds"))
        QMessageBox.warning(self.window, self.tr("Database on a network drive"), self.tr(
            "%s is on a network drive (%s). CallDesk works there in a safer but slower mode "
            "(no write-ahead log). Only one computer may have it open at a time; for speed and "
            "safety keep the database on this computer and back it up to the network drive "
            "instead.") % (self.db_path, self.network_kind))
        return True
