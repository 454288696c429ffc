"""A tab page that builds its real content the first time it is needed, so the window paints
before the Calls, Appointments and Quotes modules are even imported."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyTab(QWidget):
    def __init__(self, build: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build = build
        self._content: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def is_built(self) -> bool:
        return self._content is not None

    def content(self) -> QWidget:
        if self._content is None:
            content = self._build()
            self._content = content
            self._layout.addWidget(content)
            self.setFocusProxy(content)
            if self.isVisible():
                content.show()  # now, not on the layout's next turn: the user is looking
        return self._content

    def showEvent(self, event) -> None:
        self.content()
        super().showEvent(event)
