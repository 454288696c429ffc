"""Manage field reps: contact details, calendar colour, working week, lengths and buffer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from app.services.errors import NotFoundError, ValidationError
from app.services.reps import (
    RepInput,
    create_rep,
    delete_rep,
    get_rep,
    list_reps,
    office_hours,
    update_rep,
)
from app.services.scheduling import (
    WEEKDAYS,
    all_zone_names,
    hours_text,
    machine_zone_name,
    parse_hours_text,
)
from app.ui.record_form_dialog import RecordFormDialog


class RepsDialog(RecordFormDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("repsDialog")
        self.setWindowTitle(self.tr("Reps"))
        self.rep_id: int | None = None
        self.changed = False
        self.reps = QListWidget()
        self.reps.setObjectName("repsList")
        self.reps.currentItemChanged.connect(self._picked)
        new_button = QPushButton(self.tr("&New rep"))
        new_button.clicked.connect(self.new_rep)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.clicked.connect(self.delete)
        left = QVBoxLayout()
        left.addWidget(self.reps, 1)
        left.addWidget(new_button)
        left.addWidget(self.delete_button)

        self.name = QLineEdit()
        self.name.setObjectName("repName")
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.territory = QLineEdit()
        self.color = QLineEdit()
        self.color.setMaximumWidth(100)
        self.swatch = QPushButton(self.tr("Pick…"))
        self.swatch.clicked.connect(self._pick_color)
        self.color.textChanged.connect(self._show_color)
        color_row = QHBoxLayout()
        color_row.addWidget(self.color)
        color_row.addWidget(self.swatch)
        color_row.addStretch(1)
        self.zone = QComboBox()
        self.zone.setEditable(True)
        machine = machine_zone_name() or self.tr("unknown")
        self.zone.addItem(self.tr("This computer's zone (%1)").replace("%1", machine), "")
        for name in all_zone_names():
            self.zone.addItem(name, name)
        self.days: dict[str, QLineEdit] = {}
        self.length = QSpinBox(minimum=5, maximum=720, singleStep=15, suffix=self.tr(" min"))
        self.buffer = QSpinBox(minimum=0, maximum=240, singleStep=5, suffix=self.tr(" min"))
        self.active = QCheckBox(self.tr("Active (can be booked)"))
        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Phone"), self.phone)
        form.addRow(self.tr("&Email"), self.email)
        form.addRow(self.tr("&Territory"), self.territory)
        color_label = QLabel(self.tr("&Colour"))
        color_label.setBuddy(self.color)
        form.addRow(color_label, color_row)
        form.addRow(self.tr("Time &zone"), self.zone)
        day_names = (self.tr("Monday"), self.tr("Tuesday"), self.tr("Wednesday"),
                     self.tr("Thursday"), self.tr("Friday"), self.tr("Saturday"),
                     self.tr("Sunday"))
        for key, label in zip(WEEKDAYS, day_names, strict=True):
            edit = QLineEdit(placeholderText=self.tr("day off, or e.g. 09:00-13:00, 14:00-18:00"))
            edit.setObjectName(f"repHours_{key}")
            self.days[key] = edit
            form.addRow(label, edit)
        form.addRow(self.tr("Default &length"), self.length)
        form.addRow(self.tr("Travel &buffer"), self.buffer)
        form.addRow("", self.active)
        self.message = QLabel()
        self.message.setObjectName("repsMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b42318; font-weight: bold;")
        save = QPushButton(self.tr("&Save rep"))
        save.setObjectName("repSave")
        save.setDefault(True)
        save.clicked.connect(self.save)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.message)
        right.addWidget(save, 0, Qt.AlignmentFlag.AlignRight)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 2)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(close)
        self.resize(760, 620)
        self._reload_list()
        if self.reps.count():
            self.reps.setCurrentRow(0)
        else:
            self.new_rep()

    def _reload_list(self, select: int | None = None) -> None:
        self.reps.blockSignals(True)
        self.reps.clear()
        for rep in list_reps():
            inactive = self.tr("inactive")
            item = QListWidgetItem(rep.name if rep.active else f"{rep.name} ({inactive})")
            item.setData(Qt.ItemDataRole.UserRole, rep.id)
            item.setForeground(QColor(rep.color))
            self.reps.addItem(item)
            if rep.id == select:
                self.reps.setCurrentItem(item)
        self.reps.blockSignals(False)

    def _form_state(self) -> tuple[object, ...]:
        """What the form shows, as typed: compared to tell unsaved edits."""
        return (self.name.text(), self.phone.text(), self.email.text(), self.territory.text(),
                self.color.text(), self.zone.currentText(),
                *(edit.text() for edit in self.days.values()), self.length.value(),
                self.buffer.value(), self.active.isChecked())

    def _unsaved_message(self) -> str:
        return self.tr("This rep has unsaved changes. Discard them?")

    def _picked(self, item: QListWidgetItem | None,
                previous: QListWidgetItem | None = None) -> None:
        if item is None:
            return
        if not self._may_leave():  # stay on the rep being edited
            self.reps.blockSignals(True)
            if previous is None:
                self.reps.clearSelection()
            else:
                self.reps.setCurrentItem(previous)
            self.reps.blockSignals(False)
            return
        try:
            rep = get_rep(int(item.data(Qt.ItemDataRole.UserRole)))
        except NotFoundError:
            self._reload_list()
            return
        self.rep_id = rep.id
        self._fill(rep.to_input())

    def _fill(self, data: RepInput) -> None:
        self.message.clear()
        self.name.setText(data.name)
        self.phone.setText(data.phone)
        self.email.setText(data.email)
        self.territory.setText(data.territory)
        self.color.setText(data.color)
        index = self.zone.findData(data.time_zone)
        if index >= 0:
            self.zone.setCurrentIndex(index)
        else:
            self.zone.setEditText(data.time_zone)
        for key, edit in self.days.items():
            edit.setText(hours_text(data.hours.get(key, [])))
        self.length.setValue(data.default_length_min)
        self.buffer.setValue(data.buffer_min)
        self.active.setChecked(data.active)
        self.delete_button.setEnabled(self.rep_id is not None)
        self._shown = self._form_state()

    def new_rep(self) -> None:
        if not self._may_leave():
            return
        self.rep_id = None
        self.reps.clearSelection()
        self._fill(RepInput("", hours=office_hours()))
        self.name.setFocus()

    def _zone_value(self) -> str:
        text = self.zone.currentText().strip()
        index = self.zone.findText(text)
        return str(self.zone.itemData(index) or "") if index >= 0 else text

    def current_input(self) -> RepInput:
        hours = {key: parse_hours_text(key, edit.text()) for key, edit in self.days.items()}
        return RepInput(self.name.text(), self.phone.text(), self.email.text(),
                        self.territory.text(), self.color.text(), hours, self._zone_value(),
                        self.length.value(), self.buffer.value(), self.active.isChecked())

    def save(self) -> None:
        try:
            data = self.current_input()
            if self.rep_id is None:
                self.rep_id = create_rep(data)
            else:
                update_rep(self.rep_id, data)
        except ValidationError as exc:
            self.message.setText(f"{exc.field}: {exc.message}")
            return
        except NotFoundError as exc:
            self.message.setText(str(exc))
            return
        self.changed = True
        self.message.clear()
        self._shown = self._form_state()
        self._reload_list(self.rep_id)

    def delete(self) -> None:
        if self.rep_id is None:
            return
        try:
            delete_rep(self.rep_id)
        except ValidationError as exc:
            self.message.setText(exc.message)
            return
        self.changed = True
        self._reload_list()
        self.new_rep()

    def _pick_color(self) -> None:
        chosen = QColorDialog.getColor(QColor(self.color.text()), self, self.tr("Rep colour"))
        if chosen.isValid():
            self.color.setText(chosen.name())

    def _show_color(self, text: str) -> None:
        color = QColor(text)
        self.swatch.setStyleSheet(
            f"background: {color.name()}; color: white;" if color.isValid() else "")
