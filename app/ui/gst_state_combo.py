"""A choice of Indian state or union territory, shown as '27 Maharashtra', keyed by its GST
state code."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from app.services.gst import STATES


class GstStateCombo(QComboBox):
    def __init__(self, empty_text: str = "", parent=None) -> None:
        super().__init__(parent)
        self.addItem(empty_text, "")
        for code, name in STATES.items():
            self.addItem(f"{code} {name}", code)
        self.setMaxVisibleItems(20)

    def state(self) -> str:
        return str(self.currentData() or "")

    def set_state(self, code: str) -> None:
        self.setCurrentIndex(max(0, self.findData(code)))
