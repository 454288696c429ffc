"""One part of the Today view: a title and a short list whose items open their record."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

LINK_ROLE = Qt.ItemDataRole.UserRole
WARN_COLOR = QColor("#b45309")  # overdue, expired: readable on light and dark backgrounds


class TodaySection(QWidget):
    """Enter or a double-click on an item asks the window to open its calldesk:// link."""

    link_activated = Signal(QUrl)

    def __init__(self, name: str, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._empty_text = empty_text
        self.title = QLabel()
        self.title.setObjectName(f"{name}Title")
        self.list = QListWidget()
        self.list.setObjectName(f"{name}List")
        self.list.setUniformItemSizes(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.itemActivated.connect(self._activated)
        self.title.setBuddy(self.list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)

    def set_title(self, text: str) -> None:
        self.title.setText(f"<b>{text}</b>")

    def clear(self) -> None:
        self.list.clear()

    def add(self, text: str, link: str = "", warn: bool = False, heading: bool = False,
            tip: str = "") -> QListWidgetItem:
        item = QListWidgetItem(text, self.list)
        if link:
            item.setData(LINK_ROLE, link)
        if warn:
            item.setForeground(QBrush(WARN_COLOR))
        if heading:  # a group title (a rep's name): not an item to open
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        if tip:
            item.setToolTip(tip)
        return item

    def finish(self) -> None:
        """Say so when there is nothing; put the cursor on the first item that opens."""
        if self.list.count() == 0:
            item = QListWidgetItem(self._empty_text, self.list)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            return
        for row in range(self.list.count()):
            if self.list.item(row).data(LINK_ROLE):
                self.list.setCurrentRow(row)
                break

    def links(self) -> list[str]:
        return [str(self.list.item(r).data(LINK_ROLE)) for r in range(self.list.count())
                if self.list.item(r).data(LINK_ROLE)]

    def _activated(self, item: QListWidgetItem) -> None:
        link = item.data(LINK_ROLE)
        if link:
            self.link_activated.emit(QUrl(str(link)))
