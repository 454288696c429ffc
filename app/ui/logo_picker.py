"""The letterhead logo: a preview with Choose and Remove, and the reason a file is refused."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.services.business import read_logo_file
from app.services.errors import ValidationError
from app.ui.file_dialogs import open_file_name
from app.ui.labelled_rows_editor import ERROR_STYLE


class LogoPicker(QWidget):
    def __init__(self, preview_size: QSize, parent=None) -> None:
        super().__init__(parent)
        self.logo: bytes | None = None
        self.preview = QLabel()
        self.preview.setFixedSize(preview_size)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        choose = QPushButton(self.tr("C&hoose logo…"))
        choose.clicked.connect(self.choose_logo)
        remove = QPushButton(self.tr("Remove logo"))
        remove.clicked.connect(lambda: self.set_logo(None))
        self.error = QLabel()
        self.error.setObjectName("logoError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.preview)
        row.addWidget(choose)
        row.addWidget(remove)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.error)
        self.set_logo(None)

    def choose_logo(self) -> None:
        path = open_file_name(self, "logo", self.tr("Choose a logo"),
                              self.tr("Images (*.png *.jpg *.jpeg *.gif)"))
        if path:
            self.load_logo_file(path)

    def load_logo_file(self, path: str) -> bool:
        """Show the logo from *path*, or say below it why it cannot be used (the logo held
        before stays)."""
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
