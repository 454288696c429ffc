"""Before the database is opened: a quick integrity check, then a backup of the file as it is
(before any upgrade). Damage found offers to restore the newest good backup."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.db.backup import (
    BackupError,
    backup_contact_count,
    backup_if_changed,
    newest_good_backup,
    restore_backup,
)
from app.db.integrity import quick_check
from app.ui.local_time import local_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("StartupChecks", text)


def check_and_back_up(db_path: str, parent: QWidget | None = None) -> bool:
    """True to go on opening the database, False to quit."""
    from pathlib import Path

    if not Path(db_path).is_file():
        return True  # a new database: nothing to check or keep yet
    problems = quick_check(db_path)
    if not problems:
        try:
            backup_if_changed(db_path, "start")
        except (BackupError, OSError) as exc:  # a full disk must not keep the person out
            print(f"warning: no start-up backup: {exc}", file=sys.stderr)
        return True
    return _offer_restore(db_path, problems[0], parent)


def _offer_restore(db_path: str, problem: str, parent: QWidget | None) -> bool:
    print(f"error: the database failed its integrity check: {problem}", file=sys.stderr)
    good = newest_good_backup(db_path)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle("CallDesk")
    box.setText(_tr("The database file is damaged:\n%s\n\n%s") % (db_path, problem))
    restore = None
    if good is not None:
        when = local_text(good.taken_at, long=True)
        count = backup_contact_count(good.path)
        box.setInformativeText(_tr(
            "Restore the newest good backup, taken %s with %s contacts? The damaged file is "
            "kept next to it.") % (when, count if count is not None else "?"))
        restore = box.addButton(_tr("Restore backup"), QMessageBox.ButtonRole.AcceptRole)
    else:
        box.setInformativeText(_tr("There is no good backup to restore. You can open the file "
                                   "anyway and export what can be read, or quit."))
    open_anyway = box.addButton(_tr("Open anyway"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(_tr("Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore or open_anyway)
    box.exec()
    clicked = box.clickedButton()
    if restore is not None and clicked is restore and good is not None:
        try:
            restore_backup(good.path, db_path)
        except (BackupError, OSError) as exc:
            QMessageBox.critical(parent, "CallDesk", _tr("The restore failed: %s") % exc)
            return False
        return True
    return clicked is open_anyway
