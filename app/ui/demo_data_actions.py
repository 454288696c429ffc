"""Demo data in the window: a status bar mark while it is there, and File ▸ Remove demo data."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QMessageBox

from app.seed.demo_set import has_demo, remove_demo
from app.services.errors import ValidationError


class DemoDataActions(QObject):
    def __init__(self, window: QMainWindow, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.label = QLabel(self.tr("Demo data: File ▸ Remove demo data takes it out"))
        self.label.setObjectName("demoDataMark")
        self.label.setStyleSheet("color: #b45309; font-weight: bold;")
        window.statusBar().addPermanentWidget(self.label)
        self.action = QAction(self.tr("Remove &demo data…"), window)
        self.action.triggered.connect(self.remove)
        menu.addAction(self.action)
        self.update()

    def update(self) -> None:
        present = has_demo()
        self.label.setVisible(present)
        self.action.setEnabled(present)

    def remove(self, _checked: bool = False, *, ask: bool = True) -> bool:
        if ask and QMessageBox.question(
            self.window, self.tr("Remove demo data"),
            self.tr("Remove the demo contacts with their calls, appointments and quotes, and "
                    "the demo reps and products? What you added yourself stays.")
        ) != QMessageBox.StandardButton.Yes:
            return False
        try:
            removed = remove_demo()
        except ValidationError as exc:
            QMessageBox.warning(self.window, self.tr("Remove demo data"), str(exc))
            return False
        self.update()
        self.window.refresh_all()  # type: ignore[attr-defined]
        self.window.statusBar().showMessage(self.tr("Removed %1 demo contacts.").replace(
            "%1", f"{removed.contacts:,}"), 8000)
        return True
