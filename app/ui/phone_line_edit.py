"""A line edit that formats a phone number as it is typed (AsYouTypeFormatter)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from app.services.phones import AsYouType


class PhoneLineEdit(QLineEdit):
    def __init__(self, region: str, parent=None) -> None:
        super().__init__(parent)
        self._formatter = AsYouType(region)
        self.setPlaceholderText(self.tr("Number, in any format"))
        self.textEdited.connect(self._reformat)

    def set_region(self, region: str) -> None:
        """Format as numbers are written in *region* (the contact's country)."""
        self._formatter = AsYouType(region)

    def _reformat(self, text: str) -> None:
        # Only reformat while typing at the end, and only plain numbers: text with letters
        # ("ext. 12") or a cursor in the middle is left exactly as typed.
        if self.cursorPosition() != len(text) or any(ch.isalpha() for ch in text):
            return
        formatted = self._formatter.format(text)
        if formatted and formatted != text:
            self.setText(formatted)
