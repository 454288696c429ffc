"""Render the main window on every tab, and the main dialogs, to PNG files (offscreen)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from app.ui.main_window import MainWindow

WIDTH, HEIGHT = 1280, 800


def _contact_dialog(window: MainWindow) -> QWidget:
    from app.services.contacts import get_contact
    from app.ui.contact_dialog import ContactDialog

    contact_id = window.contacts.selected_contact_id()
    contact = get_contact(contact_id) if contact_id is not None else None
    return ContactDialog(window.ctx, contact, window)


def _settings_dialog(window: MainWindow) -> QWidget:
    from app.ui.settings_dialog import SettingsDialog

    return SettingsDialog(window)


def _restore_dialog(window: MainWindow) -> QWidget:
    from app.db.backup import list_backups, take_backup
    from app.db.connection import db
    from app.ui.restore_dialog import RestoreDialog

    if not list_backups(window.ctx.db_path):
        take_backup(window.ctx.db_path, "manual", connection=db.connection())
    return RestoreDialog(window.ctx.db_path, window)


# name -> factory; each builds a dialog on top of the window for its picture.
DIALOGS: dict[str, Callable[[MainWindow], QWidget]] = {
    "contact-dialog": _contact_dialog,
    "settings-dialog": _settings_dialog,
    "restore-dialog": _restore_dialog,
}


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def render_all(window: MainWindow, out_dir: Path) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    window.resize(WIDTH, HEIGHT)
    window.show()
    window.contacts.table.selectRow(0)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        _settle()
        name = window.tabs.tabText(index).replace("&", "").lower()
        path = out_dir / f"tab-{name}.png"
        window.grab().save(str(path))
        written.append(path)
    window.tabs.setCurrentIndex(0)
    for name, factory in DIALOGS.items():
        dialog = factory(window)
        dialog.show()
        _settle()
        path = out_dir / f"{name}.png"
        dialog.grab().save(str(path))
        written.append(path)
        dialog.hide()
        dialog.deleteLater()
    return written
