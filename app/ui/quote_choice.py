"""The mapping step's question about a CSV quote that never closes: read it as text, or
refuse the file. Shown only when the file has such a quote."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QLabel, QRadioButton, QVBoxLayout, QWidget

from app.io.csv_quotes import LooseQuote
from app.ui.labelled_rows_editor import ERROR_STYLE


class QuoteChoice(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importQuoteChoice")
        self.message = QLabel()
        self.message.setObjectName("importQuoteMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.as_text = QRadioButton(self.tr("&Treat the quote as text (the lines after it are "
                                            "read as rows of their own)"))
        self.as_text.setObjectName("importQuoteAsText")
        self.refuse = QRadioButton(self.tr("Re&fuse the file (nothing is imported)"))
        self.refuse.setObjectName("importQuoteRefuse")
        self.group = QButtonGroup(self)
        self.group.addButton(self.as_text)
        self.group.addButton(self.refuse)
        self.group.buttonToggled.connect(lambda *_: self.changed.emit())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message)
        layout.addWidget(self.as_text)
        layout.addWidget(self.refuse)
        self.loose: LooseQuote | None = None
        self.hide()

    def ask(self, loose: LooseQuote | None) -> None:
        """Show the question for *loose* (nothing chosen yet), or hide it for None."""
        self.loose = loose
        self.group.setExclusive(False)  # lets both be unchecked again
        self.as_text.setChecked(False)
        self.refuse.setChecked(False)
        self.group.setExclusive(True)
        if loose is None:
            self.hide()
            return
        where = (self.tr("Row %1 (line %2)").replace("%2", str(loose.line))
                 if loose.line != loose.row else self.tr("Row %1")).replace("%1", str(loose.row))
        reach = (self.tr("to the end of the file (line %1)") if loose.to_end
                 else self.tr("to line %1")).replace("%1", str(loose.last_line))
        text = self.tr("%1 has a quote that never closes: its field runs on %2").replace(
            "%1", where).replace("%2", reach)
        if loose.takes_rows:
            text += self.tr(" and takes in what look like rows of their own")
        self.message.setText(text + self.tr(". How should it be read?"))
        self.show()

    @property
    def pending(self) -> bool:
        """A quote was found and nothing is chosen yet."""
        return self.loose is not None and self.group.checkedButton() is None

    @property
    def refused(self) -> bool:
        return self.loose is not None and self.refuse.isChecked()

    @property
    def lenient(self) -> bool:
        return self.loose is not None and self.as_text.isChecked()
