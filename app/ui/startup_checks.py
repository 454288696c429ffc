"""Start-up integrity check. Damage found offers to restore the newest good backup.

Files up to SYNC_CHECK_BYTES are checked before they are opened (well under a second). Bigger
ones (a million contacts is about 1 GB, a check of several seconds) are checked right after the
window appears, in the background, together with the start-up backup (see DataSafety), so the
window still opens at once. An upgrade of the schema always copies the file first.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.db.backup import BackupError, BackupInfo, backup_contact_count, restore_backup
from app.db.integrity import quick_check
from app.ui.local_time import local_text

SYNC_CHECK_BYTES = 256 * 1024 * 1024
# Result of the check before opening, per path, this session: "ok", or "damaged" when the
# person chose to open a damaged file anyway (no start-up backup then: it would only push good
# backups out of the rotation).
CHECKED_BEFORE_OPEN: dict[str, str] = {}


def _tr(text: str) -> str:
    return QCoreApplication.translate("StartupChecks", text)


def check_at_start(db_path: str, parent: QWidget | None = None, ask: bool = True) -> bool:
    """True to go on opening the database, False to quit. With *ask* False (nobody could
    answer a dialog) damage is reported on stderr and the start is refused."""
    path = Path(db_path)
    if not path.is_file():
        return True  # a new database: nothing to check yet
    if path.stat().st_size > SYNC_CHECK_BYTES:
        return True  # checked in the background once the window is up
    problems = quick_check(db_path)
    if not problems:
        CHECKED_BEFORE_OPEN[str(db_path)] = "ok"
        return True
    from app.db.backup import newest_good_backup

    if not ask:
        print(f"error: {db_path} failed its integrity check: {problems[0]}", file=sys.stderr)
        return False
    choice = ask_about_damage(db_path, problems[0], newest_good_backup(db_path), parent)
    if choice == "restore":
        good = newest_good_backup(db_path)
        try:
            if good is not None:
                restore_backup(good.path, db_path)
        except (BackupError, OSError) as exc:
            QMessageBox.critical(parent, "CallDesk", _tr("The restore failed: %s") % exc)
            return False
        CHECKED_BEFORE_OPEN[str(db_path)] = "ok"
        return True
    if choice == "open":
        CHECKED_BEFORE_OPEN[str(db_path)] = "damaged"
        return True
    return False


def ask_about_damage(db_path: str, problem: str, good: BackupInfo | None,
                     parent: QWidget | None) -> str:
    """Ask what to do about a damaged file: "restore", "open" or "quit"."""
    print(f"error: the database failed its integrity check: {problem}", file=sys.stderr)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle("CallDesk")
    box.setText(_tr("The database file is damaged:\n%s\n\n%s") % (db_path, problem))
    restore = None
    if good is not None:
        count = backup_contact_count(good.path)
        box.setInformativeText(_tr(
            "Restore the newest good backup, taken %s with %s contacts? The damaged file is "
            "kept beside it.") % (local_text(good.taken_at, long=True),
                                    count if count is not None else "?"))
        restore = box.addButton(_tr("Restore backup"), QMessageBox.ButtonRole.AcceptRole)
    else:
        box.setInformativeText(_tr("There is no good backup to restore. You can open the file "
                                   "anyway and export what can be read, or quit."))
    open_anyway = box.addButton(_tr("Open anyway"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(_tr("Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore or open_anyway)
    box.exec()
    clicked = box.clickedButton()
    if restore is not None and clicked is restore:
        return "restore"
    return "open" if clicked is open_anyway else "quit"
