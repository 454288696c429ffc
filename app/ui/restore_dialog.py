"""File > Restore from backup…: the backups with their dates and contact counts."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from app.db.backup import BackupInfo, backup_contact_count, backup_dir, list_backups
from app.ui.local_time import local_text

COL_DATE, COL_KIND, COL_CONTACTS, COL_SIZE = range(4)


class RestoreDialog(QDialog):
    def __init__(self, db_path: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(640, 420)
        self.chosen: BackupInfo | None = None
        self._backups = list_backups(db_path)
        intro = QLabel(self.tr(
            "Choose the backup to go back to. The database as it is now is kept as a backup "
            "first, so a restore can itself be undone.\nBackups are in %s"
        ) % backup_dir(db_path))
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.list = QTreeWidget()
        self.list.setObjectName("backupList")
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Taken"), self.tr("Kind"), self.tr("Contacts"),
                                   self.tr("Size")])
        self.list.setColumnWidth(COL_DATE, 240)
        locale = QLocale()
        for backup in self._backups:
            count = backup_contact_count(backup.path)
            item = QTreeWidgetItem([
                local_text(backup.taken_at),
                self._kind_label(backup.reason),
                locale.toString(count) if count is not None else self.tr("unreadable"),
                locale.formattedDataSize(backup.size),
            ])
            for column in (COL_CONTACTS, COL_SIZE):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
            self.list.addTopLevelItem(item)
        first = self.list.topLevelItem(0)
        if first is not None:
            self.list.setCurrentItem(first)
        self.empty = QLabel(self.tr("There are no backups yet. CallDesk makes one when it "
                                    "starts, every 30 minutes while you work, and when it quits."))
        self.empty.setWordWrap(True)
        self.empty.setVisible(not self._backups)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(self.tr("&Restore…"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(bool(self._backups))
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(lambda *_: self.confirm())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)

    def _kind_label(self, reason: str) -> str:
        labels = {
            "start": self.tr("at start"), "auto": self.tr("automatic"), "quit": self.tr("at quit"),
            "manual": self.tr("by hand"), "before-restore": self.tr("before a restore"),
        }
        if reason.startswith("before-upgrade"):
            return self.tr("before an upgrade")
        return labels.get(reason, reason)

    def selected(self) -> BackupInfo | None:
        item = self.list.currentItem()
        row = -1 if item is None else self.list.indexOfTopLevelItem(item)
        return self._backups[row] if 0 <= row < len(self._backups) else None

    def confirm(self) -> None:
        backup = self.selected()
        item = self.list.currentItem()
        if backup is None or item is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Restore backup?"),
            self.tr("Replace the database with the backup taken %s (%s contacts)?\n\n"
                    "Changes made since then are not lost: the current database is kept as a "
                    "backup first.") % (item.text(COL_DATE), item.text(COL_CONTACTS)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.chosen = backup
            self.accept()

