"""The interface of one page of the Settings dialog (declarative load/save, as in Picard)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


class SettingsPage(QWidget):
    """A page reads its values in ``load()`` and writes them in ``save()``; ``save`` raises
    ``ValidationError`` naming the field when a value cannot be stored."""

    def title(self) -> str:
        raise NotImplementedError

    def load(self) -> None:
        raise NotImplementedError

    def save(self) -> None:
        raise NotImplementedError
