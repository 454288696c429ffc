"""First start, step 2: the business name, address, tax number and logo for the letterhead."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWizardPage,
)

from app.services.business import read_logo_file
from app.services.errors import ValidationError
from app.services.first_start import BusinessDetails
from app.ui.labelled_rows_editor import ERROR_STYLE


class SetupBusinessPage(QWizardPage):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your business"))
        self.setSubTitle(self.tr("Printed at the top of every quote. Settings ▸ Business "
                                 "changes it later."))
        self.logo: bytes | None = None
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
        self.preview = QLabel(self.tr("No logo"))
        self.preview.setFixedSize(150, 56)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        choose = QPushButton(self.tr("C&hoose logo…"))
        choose.clicked.connect(self.choose_logo)
        remove = QPushButton(self.tr("Remove logo"))
        remove.clicked.connect(lambda: self.set_logo(None))
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.preview)
        logo_row.addWidget(choose)
        logo_row.addWidget(remove)
        logo_row.addStretch(1)
        self.error = QLabel()
        self.error.setObjectName("setupLogoError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        form = QFormLayout(self)
        form.addRow(self.tr("Business &name"), self.name)
        form.addRow(self.tr("&Address"), self.address)
        form.addRow(self.tax_label, self.tax_id)
        form.addRow(self.tr("Logo"), logo_row)
        form.addRow("", self.error)

    def set_tax_label(self, label: str) -> None:
        names = {"GSTIN": self.tr("&GSTIN"), "Tax ID": self.tr("&Tax ID")}
        self.tax_label.setText(names.get(label, label))
        self.tax_id.setPlaceholderText("27ABCDE1234F1Z5" if label == "GSTIN" else "")

    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a logo"), "",
                                              self.tr("Images (*.png *.jpg *.jpeg *.gif)"))
        if path:
            self.load_logo_file(path)

    def load_logo_file(self, path: str) -> bool:
        """Show the logo from *path*, or say next to it why it cannot be used."""
        try:
            data = read_logo_file(path)
        except ValidationError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return False
        self.set_logo(data)
        return True

    def set_logo(self, data: bytes | None) -> None:
        self.error.hide()
        self.logo = data
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.preview.setPixmap(pixmap.scaled(self.preview.size(),
                                                 Qt.AspectRatioMode.KeepAspectRatio,
                                                 Qt.TransformationMode.SmoothTransformation))
        else:
            self.preview.setText(self.tr("No logo"))

    def details(self) -> BusinessDetails:
        return BusinessDetails(self.name.text(), self.address.toPlainText(), self.tax_id.text(),
                               self.logo)
