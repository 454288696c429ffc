"""First start, step 3: the owner's own name."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit, QWizardPage


class SetupOwnerPage(QWizardPage):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Who are you?"))
        self.setSubTitle(self.tr("Your name, as the owner of this CallDesk. Settings ▸ General "
                                 "changes it later."))
        self.name = QLineEdit()
        self.name.setObjectName("setupOwnerName")
        form = QFormLayout(self)
        form.addRow(self.tr("Your &name"), self.name)
