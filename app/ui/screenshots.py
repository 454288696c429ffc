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


_MAPPING_SAMPLE = (
    "Name;Firma;Telefon;E-Mail;Stadt;Status;Geburtstag\r\n"
    "Anna Weber;Weber & Söhne;030 12345678;anna@weber.example;Berlin;Lead;1980-02-01\r\n"
    "Marco Rossi;Rossi S.r.l.;+39 06 1234 5678;marco@rossi.example;Roma;Kunde;\r\n"
    "राजेश कुमार;कुमार इलेक्ट्रिकल्स;098111 22334;;दिल्ली;Interessent;\r\n"
)


def _import_mapping(window: MainWindow) -> QWidget:
    import tempfile

    from app.ui.import_dialog import ImportDialog

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "kontakte.csv"
        path.write_text(_MAPPING_SAMPLE, encoding="utf-8-sig", newline="")
        return ImportDialog(window.ctx, window, str(path))


# name -> factory; each builds a dialog on top of the window for its picture.
DIALOGS: dict[str, Callable[[MainWindow], QWidget]] = {
    "contact-dialog": _contact_dialog,
    "settings-dialog": _settings_dialog,
    "import-mapping": _import_mapping,
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
