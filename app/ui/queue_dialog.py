"""Build or change a saved call queue: a name and a filter."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

from app.db.models import CONTACT_STATUSES
from app.services.call_queue import save_queue
from app.services.call_types import QueueFilter, SavedQueueInfo
from app.services.contact_types import split_tags
from app.services.errors import ValidationError
from app.ui.labelled_rows_editor import ERROR_STYLE


class QueueDialog(QDialog):
    def __init__(self, queue: SavedQueueInfo | None = None, parent=None) -> None:
        super().__init__(parent)
        self._queue_id = queue.id if queue else None
        self.saved: SavedQueueInfo | None = None
        self.setWindowTitle(self.tr("Edit call queue") if queue else self.tr("New call queue"))
        f = queue.filter if queue else QueueFilter(statuses=["lead"])
        self._upsell = (f.bought_product_id, f.lacks_product_id)  # kept: set by the upsell list
        self._listed = list(f.contact_ids)  # kept: set from a report's drill-down
        self.name = QLineEdit(queue.name if queue else "")
        self.name.setObjectName("queueName")
        self.statuses: dict[str, QCheckBox] = {}
        status_row = QHBoxLayout()
        labels = (self.tr("&Leads"), self.tr("&Prospects"), self.tr("C&ustomers"),
                  self.tr("&Inactive"))
        for code, label in zip(CONTACT_STATUSES, labels, strict=True):
            box = QCheckBox(label)
            box.setChecked(code in f.statuses)
            self.statuses[code] = box
            status_row.addWidget(box)
        self.tags = QLineEdit(", ".join(f.tags))
        self.tags.setPlaceholderText(self.tr("All of these tags, e.g. hot, wholesale"))
        self.source = QLineEdit(f.source)
        self.city = QLineEdit(f.city)
        self.not_called = QSpinBox()
        self.not_called.setRange(0, 3650)
        self.not_called.setSpecialValueText(self.tr("any time"))
        self.not_called.setSuffix(self.tr(" days"))
        self.not_called.setValue(f.not_called_days)
        self.never_called = QCheckBox(self.tr("Only contacts &never called"))
        self.never_called.setChecked(f.never_called)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        hint = QLabel(self.tr(
            "Do-not-call contacts and anyone called in the last hour are always skipped. Leads "
            "for whom it is before 9:00 or after 20:00 are held back."))
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("Status (none: any)"), status_row)
        form.addRow(self.tr("&Tags"), self.tags)
        form.addRow(self.tr("&Source"), self.source)
        form.addRow(self.tr("&City"), self.city)
        form.addRow(self.tr("Not called in"), self.not_called)
        form.addRow("", self.never_called)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def current_filter(self) -> QueueFilter:
        return QueueFilter(
            statuses=[code for code, box in self.statuses.items() if box.isChecked()],
            tags=split_tags(self.tags.text()), source=self.source.text(), city=self.city.text(),
            not_called_days=self.not_called.value(), never_called=self.never_called.isChecked(),
            bought_product_id=self._upsell[0], lacks_product_id=self._upsell[1],
            contact_ids=self._listed,
        )

    def save(self) -> None:
        try:
            self.saved = save_queue(self.name.text(), self.current_filter(), self._queue_id)
        except ValidationError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.accept()
