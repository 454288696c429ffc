"""The calls, appointments, quotes or contacts behind one report figure. Enter or a
double-click opens one in its own tab or editor."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from app.db.report_drill import DRILL_LIMIT, DrillRow
from app.ui.local_time import minute_text

_LINKS = {"call": "calldesk://calls/{contact}", "appointment": "calldesk://appointment/{id}",
          "quote": "calldesk://quote/{id}", "contact": "calldesk://contact/{contact}"}


class DrillRowsModel(QAbstractTableModel):
    """The rows as a table, each cell formatted when it is shown (a list opens at once)."""

    def __init__(self, rows: list[DrillRow], parent=None) -> None:
        super().__init__(parent)
        self.rows = rows
        self.headers = [QCoreApplication.translate("DrillDownDialog", "When"),
                        QCoreApplication.translate("DrillDownDialog", "Contact"),
                        QCoreApplication.translate("DrillDownDialog", "Detail")]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()  # noqa: B008
                 ) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()  # noqa: B008
                    ) -> int:
        return 0 if parent.isValid() else 3

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        row = self.rows[index.row()]
        if index.column() == 0:
            return minute_text(row.at) if row.at else ""
        return row.name if index.column() == 1 else row.detail

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None


class DrillDownDialog(QDialog):
    link_activated = Signal(QUrl)

    def __init__(self, title: str, rows: list[DrillRow], parent=None,
                 queue_name: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.rows = rows
        self.queue_name = queue_name or title
        self.queue_id: int | None = None
        shown = len(rows)
        self.count = QLabel(self.tr("%1 rows").replace("%1", f"{shown:,}") if shown < DRILL_LIMIT
                            else self.tr("The latest %1 rows").replace("%1", f"{shown:,}"))
        self.table = QTableView()
        self.table.setObjectName("drillTable")
        self.table.setModel(DrillRowsModel(rows, self))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 130)
        self.table.setColumnWidth(1, 200)
        self.table.activated.connect(lambda index: self.open_row(index.row()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.queue_button = QPushButton(self.tr("Make call &queue"))
        self.queue_button.setObjectName("drillQueue")
        self.queue_button.setToolTip(self.tr("Call these contacts one by one on the Calls tab"))
        self.queue_button.setEnabled(bool(rows))
        self.queue_button.clicked.connect(self.make_queue)
        buttons.addButton(self.queue_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(640, 480)
        if rows:
            self.table.selectRow(0)

    def open_row(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            r = self.rows[row]
            self.link_activated.emit(QUrl(_LINKS[r.kind].format(id=r.id, contact=r.contact_id)))

    def make_queue(self) -> None:
        """Save (or renew) a call queue of the contacts listed and start it on the Calls tab."""
        from app.services.call_queue import NAME_LIMIT, list_queues, save_queue
        from app.services.call_types import QueueFilter
        from app.services.errors import ValidationError

        name = " ".join(self.queue_name.split())[:NAME_LIMIT]
        existing = next((q.id for q in list_queues() if q.name == name), None)
        ids = list(dict.fromkeys(r.contact_id for r in self.rows))
        try:
            saved = save_queue(name, QueueFilter(contact_ids=ids), existing)
        except ValidationError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        self.queue_id = saved.id
        self.link_activated.emit(QUrl(f"calldesk://queue/{saved.id}"))
        self.accept()
