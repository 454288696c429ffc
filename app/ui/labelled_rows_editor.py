"""An editable list of (label, value) rows with an inline error line each: phones, emails."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

ERROR_STYLE = "color: #b91c1c;"
WARNING_STYLE = "color: #b45309;"


class _Row(QWidget):
    def __init__(self, labels: list[str], editor: QLineEdit, on_remove, parent=None) -> None:
        super().__init__(parent)
        self.label = QComboBox()
        self.label.setEditable(True)
        self.label.addItems(labels)
        self.label.setMaximumWidth(110)
        self.editor = editor
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.clicked.connect(lambda: on_remove(self))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.label)
        line.addWidget(self.editor, 1)
        line.addWidget(self.remove)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addLayout(line)
        box.addWidget(self.message)

    def show_message(self, text: str, style: str = ERROR_STYLE) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(style)
        self.message.setVisible(bool(text))


class LabelledRowsEditor(QWidget):
    rows_changed = Signal()  # a row was added or removed: the owner renews its tab order

    def __init__(self, labels: list[str], make_editor: Callable[[], QLineEdit], add_text: str,
                 parent=None) -> None:
        super().__init__(parent)
        self._labels = labels
        self._make_editor = make_editor
        self.rows: list[_Row] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(add_text)
        self.add_button.clicked.connect(lambda: self.add_row().editor.setFocus())
        self._layout.addWidget(self.add_button)
        # Focus (a label's Alt+key, a click on the box) goes to the first row's number.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFocusProxy(self.add_button)

    def add_row(self, value: str = "", label: str = "") -> _Row:
        row = _Row(self._labels, self._make_editor(), self._remove_row)
        if label:
            row.label.setCurrentText(label)
        row.editor.setText(value)
        self._layout.insertWidget(len(self.rows), row)
        self.rows.append(row)
        self._update_focus_proxy()
        self.rows_changed.emit()
        return row

    def _remove_row(self, row: _Row) -> None:
        self.rows.remove(row)
        row.hide()
        row.deleteLater()
        self._update_focus_proxy()
        self.rows_changed.emit()

    def _update_focus_proxy(self) -> None:
        self.setFocusProxy(self.rows[0].editor if self.rows else self.add_button)

    def focus_chain(self) -> list[QWidget]:
        """Tab order inside the editor: each row's value, its label, its Remove; then Add."""
        chain: list[QWidget] = []
        for row in self.rows:
            chain += [row.editor, row.label, row.remove]
        return chain + [self.add_button]

    def clear_rows(self) -> None:
        for row in list(self.rows):
            self._remove_row(row)

    def values(self) -> list[tuple[str, str]]:
        """(value, label) per row, in order, blanks included so row numbers stay stable."""
        return [(r.editor.text(), r.label.currentText()) for r in self.rows]

    def clear_messages(self) -> None:
        for row in self.rows:
            row.show_message("")
