"""Help ▸ CallDesk guide (F1): a short guide built into the app, so it works offline. The key
table is read from the menus, like the shortcuts list, so it always matches the keys."""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
)

from app.db.backup import backup_dir
from app.db.backup_postgres import server_backup_dir
from app.db.postgres import is_postgres_url, redacted
from app.ui.shortcuts_dialog import ShortcutsDialog, menu_shortcuts

# The keys a newcomer needs first; their actions' names come from the menus.
FIRST_KEYS = ("Ctrl+N", "Ctrl+F", "Ctrl+L", "Ctrl+I", "Ctrl+J", "Ctrl+M", "Ctrl+Shift+B",
              "Ctrl+Shift+Q", "Ctrl+Shift+I", "Ctrl+Alt+B", "Ctrl+,", "Shift+F1")


class HelpDialog(QDialog):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("CallDesk guide"))
        self.resize(720, 680)
        self._window = window
        self.browser = QTextBrowser()
        self.browser.setObjectName("helpGuide")
        self.browser.setOpenExternalLinks(False)
        db_path = str(getattr(getattr(window, "ctx", None), "db_path", ""))
        self.browser.setHtml(self.guide_html(menu_shortcuts(window), db_path))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        all_keys = QPushButton(self.tr("All keyboard shortcuts…"))
        all_keys.setObjectName("allShortcuts")
        all_keys.clicked.connect(self.show_all_keys)
        buttons.addButton(all_keys, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)

    def show_all_keys(self) -> None:
        ShortcutsDialog(self._window).exec()

    def guide_html(self, keys: list[tuple[str, str, str]], db_path: str) -> str:
        by_key = {key: action for _menu, action, key in reversed(keys)}
        native = [QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText)
                  for k in FIRST_KEYS]
        rows = "".join(f"<tr><td><b>{escape(key)}</b></td><td>{escape(by_key[key])}</td>"
                       "</tr>" for key in native if key in by_key)
        backups = str(backup_dir(db_path)) if db_path and not is_postgres_url(db_path) else ""
        parts = [
            "<h2>" + self.tr("CallDesk guide") + "</h2>",
            "<p>" + self.tr("Everything works from the keyboard. The keys you need first "
                            "(Shift+F1 lists every key):") + "</p>",
            f"<table cellpadding='3'>{rows}</table>",
            "<h3>" + self.tr("A call, from start to finish") + "</h3><ol>",
            "<li>" + self.tr("Find the contact: Ctrl+F, type part of a name, company or "
                             "number, Enter.") + "</li>",
            "<li>" + self.tr("Ctrl+L opens call mode and dials through your phone or "
                             "softphone; the timer runs while you talk.") + "</li>",
            "<li>" + self.tr("End the call, pick the outcome with keys 1–9 and write a "
                             "note.") + "</li>",
            "<li>" + self.tr("Choose the next step: a follow-up (it appears under Due on "
                             "the Calls tab), an appointment for a rep, a quote, or none "
                             "with a reason. Saving stores it all at once.") + "</li>",
            "<li>" + self.tr("After the call, Ctrl+M writes them an email from a template "
                             "(set up your mailbox in Settings ▸ Mail first); Ctrl+Alt+M "
                             "emails the selected quote with its PDF.") + "</li>",
            "<li>" + self.tr("Working a list: Ctrl+J takes the next lead of a call queue. "
                             "Someone calls you: Ctrl+I finds them by their number.")
            + "</li></ol>",
        ]
        if is_postgres_url(db_path):
            return "".join(parts + self._server_html(db_path))
        parts += [
            "<h3>" + self.tr("Where your data lives") + "</h3>",
            "<p>" + self.tr("Everything is in one file on this computer; nothing is sent "
                            "anywhere but the emails you send through your own mailbox:")
            + f"<br><code>{escape(db_path)}</code></p>",
            "<p>" + self.tr("To move to another computer, quit CallDesk, copy this file and "
                            "open it there (an older file is upgraded after a backup).")
            + "</p>",
            "<h3>" + self.tr("Backups") + "</h3>",
            "<p>" + self.tr("CallDesk takes a backup when it starts, every 30 minutes while "
                            "you make changes and when it quits, into:")
            + f"<br><code>{escape(backups)}</code></p>",
            "<p>" + self.tr("It keeps the last 10, one a day for two weeks and one a month. "
                            "File ▸ Back up now (Ctrl+Alt+B) takes one by hand; File ▸ "
                            "Restore from backup… goes back to one, after keeping the "
                            "current file as a backup too. Copy the backups folder to a USB "
                            "stick or another disk now and then.") + "</p>",
        ]
        return "".join(parts)

    def _server_html(self, url: str) -> list[str]:
        return [
            "<h3>" + self.tr("Where your data lives") + "</h3>",
            "<p>" + self.tr("Everything is in a database on a PostgreSQL server, shared with "
                            "everyone who works on it:")
            + f"<br><code>{escape(redacted(url))}</code></p>",
            "<h3>" + self.tr("Backups") + "</h3>",
            "<p>" + self.tr("A server database is not backed up on a schedule by this window. "
                            "File ▸ Back up now (Ctrl+Alt+B) writes a dump with pg_dump "
                            "into:") + f"<br><code>{escape(str(server_backup_dir()))}</code>"
            + "</p>",
            "<p>" + self.tr("The server's administrator restores a dump into an empty "
                            "database with pg_restore.") + "</p>",
        ]
