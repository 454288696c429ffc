"""Settings: one tab per page; every page is saved together, or none is."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTabWidget, QVBoxLayout

from app.db.connection import db
from app.services.errors import ValidationError
from app.ui.business_settings_page import BusinessSettingsPage
from app.ui.general_settings_page import GeneralSettingsPage
from app.ui.labelled_rows_editor import ERROR_STYLE
from app.ui.mail_settings_page import MailSettingsPage
from app.ui.outcomes_settings_page import OutcomesSettingsPage
from app.ui.settings_page import SettingsPage

PAGE_TYPES: list[type[SettingsPage]] = [
    GeneralSettingsPage, OutcomesSettingsPage, BusinessSettingsPage, MailSettingsPage,
]


class SettingsDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.resize(560, 420)
        self.tabs = QTabWidget()
        self.pages = [page_type() for page_type in PAGE_TYPES]
        for page in self.pages:
            page.load()
            self.tabs.addTab(page, page.title())
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> None:
        try:
            with db.atomic():
                for page in self.pages:
                    page.save()
        except ValidationError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.accept()
