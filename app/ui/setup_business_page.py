"""First start, step 2: the business name, address, tax number and logo for the letterhead."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWizardPage

from app.services.first_start import BusinessDetails
from app.ui.logo_picker import LogoPicker


class SetupBusinessPage(QWizardPage):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your business"))
        self.setSubTitle(self.tr("Printed at the top of every quote. Settings ▸ Business "
                                 "changes it later."))
        self.name = QLineEdit()
        self.name.setObjectName("setupBusinessName")
        self.address = QPlainTextEdit()
        self.address.setObjectName("setupAddress")
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(72)
        self.tax_id = QLineEdit()
        self.tax_id.setObjectName("setupTaxId")
        self.tax_label = QLabel(self.tr("Tax ID"))
        self.tax_label.setBuddy(self.tax_id)
        self.logo_picker = LogoPicker(QSize(150, 56))
        form = QFormLayout(self)
        form.addRow(self.tr("Business &name"), self.name)
        form.addRow(self.tr("&Address"), self.address)
        form.addRow(self.tax_label, self.tax_id)
        form.addRow(self.tr("Logo"), self.logo_picker)

    def set_tax_label(self, label: str) -> None:
        names = {"GSTIN": self.tr("&GSTIN"), "Tax ID": self.tr("&Tax ID")}
        self.tax_label.setText(names.get(label, label))
        self.tax_id.setPlaceholderText("27ABCDE1234F1Z5" if label == "GSTIN" else "")

    def details(self) -> BusinessDetails:
        return BusinessDetails(self.name.text(), self.address.toPlainText(), self.tax_id.text(),
                               self.logo_picker.logo)
