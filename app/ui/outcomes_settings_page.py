"""Settings > Call outcomes: rename, reorder (keys 1-9 follow the order), add, deactivate."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.db.models import CONTACT_STATUSES
from app.services.outcomes import (
    add_outcome,
    delete_outcome,
    list_outcomes,
    reorder_outcomes,
    update_outcome,
)
from app.ui.outcome_names import outcome_name
from app.ui.settings_page import SettingsPage
from app.ui.status_names import status_name

COL_LABEL, COL_STATUS, COL_REACHED, COL_ACTIVE = range(4)
CODE_ROLE = Qt.ItemDataRole.UserRole
STORED_ROLE = Qt.ItemDataRole.UserRole + 1  # the label in the database, shown translated


class OutcomesSettingsPage(SettingsPage):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._deleted: list[str] = []
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("outcomeTable")
        self.table.setHorizontalHeaderLabels([self.tr("Outcome"), self.tr("Sets status"),
                                              self.tr("Reached"), self.tr("Offered")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setSectionResizeMode(COL_LABEL,
                                                           QHeaderView.ResizeMode.Stretch)
        # Wide enough for the longest choice, "(unchanged)", to show whole.
        self.table.setColumnWidth(COL_STATUS, self._status_combo(None).sizeHint().width() + 4)
        for column in (COL_REACHED, COL_ACTIVE):
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents)
        add = QPushButton(self.tr("&Add"))
        up = QPushButton(self.tr("Move &up"))
        down = QPushButton(self.tr("Move do&wn"))
        remove = QPushButton(self.tr("&Remove unused"))
        add.clicked.connect(self.add_row)
        up.clicked.connect(lambda: self.move_row(-1))
        down.clicked.connect(lambda: self.move_row(1))
        remove.clicked.connect(self.remove_row)
        buttons = QHBoxLayout()
        for button in (add, up, down, remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        hint = QLabel(self.tr(
            "In call mode, keys 1–9 pick the first nine offered outcomes in this order. "
            "An outcome that sets a status moves the contact up (lead → prospect → customer); "
            "customers are never moved back. \"Reached\" means the call got through to the "
            "person: reports count those calls as connects. Outcomes used by calls can be "
            "switched off, not removed."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(hint)

    def title(self) -> str:
        return self.tr("Call outcomes")

    def _status_combo(self, status: str | None) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("(unchanged)"), "")
        for code in CONTACT_STATUSES:
            combo.addItem(status_name(code), code)
        combo.setCurrentIndex(max(0, combo.findData(status or "")))
        return combo

    @staticmethod
    def _check(on: bool) -> QTableWidgetItem:
        check = QTableWidgetItem()
        check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
                       | Qt.ItemFlag.ItemIsSelectable)
        check.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        return check

    def _append(self, code: str, label: str, status: str | None, active: bool,
                reached: bool = False) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        item = QTableWidgetItem(outcome_name(label))
        item.setData(CODE_ROLE, code)
        item.setData(STORED_ROLE, label)
        self.table.setItem(row, COL_LABEL, item)
        self.table.setCellWidget(row, COL_STATUS, self._status_combo(status))
        self.table.setItem(row, COL_REACHED, self._check(reached))
        self.table.setItem(row, COL_ACTIVE, self._check(active))

    def _checked(self, row: int, column: int) -> bool:
        item = self.table.item(row, column)
        return item is not None and item.checkState() == Qt.CheckState.Checked

    def _row(self, row: int) -> tuple[str, str, str | None, bool, bool]:
        label_item = self.table.item(row, COL_LABEL)
        combo = self.table.cellWidget(row, COL_STATUS)
        status = combo.currentData() if isinstance(combo, QComboBox) else ""
        code = str(label_item.data(CODE_ROLE) or "") if label_item is not None else ""
        label = label_item.text() if label_item is not None else ""
        stored = str(label_item.data(STORED_ROLE) or "") if label_item is not None else ""
        if label == outcome_name(stored):  # not renamed: the stored label stays
            label = stored
        return (code, label, status or None, self._checked(row, COL_ACTIVE),
                self._checked(row, COL_REACHED))

    def load(self) -> None:
        self.table.setRowCount(0)
        self._deleted = []
        for outcome in list_outcomes(include_inactive=True):
            self._append(outcome.code, outcome.label, outcome.sets_status, outcome.active,
                         outcome.reached)

    def add_row(self) -> None:
        self._append("", self.tr("New outcome"), None, True)
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, COL_LABEL)
        item = self.table.item(row, COL_LABEL)
        if item is not None:
            self.table.editItem(item)

    def move_row(self, offset: int) -> None:
        row = self.table.currentRow()
        target = row + offset
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        rows = [self._row(r) for r in range(self.table.rowCount())]
        rows.insert(target, rows.pop(row))
        self.table.setRowCount(0)
        for values in rows:
            self._append(*values)
        self.table.setCurrentCell(target, COL_LABEL)

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        code = self._row(row)[0]
        if code:
            self._deleted.append(code)
        self.table.removeRow(row)

    def save(self) -> None:
        """Runs inside the Settings dialog's transaction: a refusal undoes every change."""
        for code in self._deleted:
            delete_outcome(code)
        order: list[str] = []
        for row in range(self.table.rowCount()):
            code, label, status, active, reached = self._row(row)
            if code:
                update_outcome(code, label, status, active, reached)
            else:
                code = add_outcome(label, status, reached).code
                if not active:
                    update_outcome(code, label, status, False, reached)
            order.append(code)
        reorder_outcomes(order)
