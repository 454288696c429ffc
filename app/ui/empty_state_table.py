"""A table view that says why it is empty instead of showing a blank white box."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QTableView

MARGIN = 24


class EmptyStateTable(QTableView):
    """``empty_text`` returns the message for the moment (e.g. "no calls yet" or "nothing
    matches these filters"); it is asked only while the model has no rows."""

    def __init__(self, empty_text: Callable[[], str], parent=None) -> None:
        super().__init__(parent)
        self._empty_text = empty_text

    def current_empty_text(self) -> str:
        model = self.model()
        if model is None or model.rowCount() > 0:
            return ""
        return self._empty_text()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        text = self.current_empty_text()
        if not text:
            return
        painter = QPainter(self.viewport())
        color = self.palette().color(QPalette.ColorRole.Text)
        color.setAlpha(150)  # quieter than data, still readable
        painter.setPen(color)
        area = self.viewport().rect().adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        painter.drawText(area, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                                   | Qt.TextFlag.TextWordWrap), text)
        painter.end()
